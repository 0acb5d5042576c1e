namespace Registry.Contacts;

/// <summary>A person is no longer responsible for the document (the history keeps that they were).</summary>
public sealed record RemoveResponsibleContact(string Email, string? Reason = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("remove-responsible-contact", typeof(RemoveResponsibleContact),
        "Ta bort ansvarig person", "Personen är inte längre ansvarig.")
    {
        Refusal = d => Rule.RefuseIf(d.ResponsibleContacts.Count == 0, "Dokumentet har ingen ansvarig person.", "email"),
        Inputs = new Dictionary<string, StepInput> { ["email"] = new("Ansvarig person") },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var email = Rule.RequireText(Email, "email", "E-postadress");
        var contact = document.ResponsibleContacts.FirstOrDefault(c => c.Email.Equals(email, StringComparison.OrdinalIgnoreCase));
        Rule.Require(contact is not null, $"{email} är inte ansvarig för dokumentet.", "email");
        yield return new ResponsibleContactRemoved(document.Id, contact!.Email, Reason?.Trim(), context.Recorded);
    }
}

public sealed record ResponsibleContactRemoved(Guid DocumentId, string Email, string? Reason, Recorded Recorded) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.ResponsibleContacts.RemoveAll(c => c.Email == Email);
        document.Touch(Recorded);
    }

    public EventDescription Describe() => new("Ansvarig person borttagen", EventDescription.Join(Email, Reason));
}
