using System.Net.Mail;

namespace Registry.Contacts;

/// <summary>Name a person responsible for the document (förvaltare, kontaktperson…): shown with it and warned about its deadlines.</summary>
public sealed record AddResponsibleContact(string Name, string Email, ContactRole Role = ContactRole.Forvaltare) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("add-responsible-contact", typeof(AddResponsibleContact),
        "Lägg till ansvarig person", "Den ansvariga personen är tillagd.")
    {
        Help = "Ansvariga personer visas på dokumentets sida och får varningarna om dess tidsfrister.",
        Refusal = Rule.RefuseTerminal,
        Inputs = new Dictionary<string, StepInput>
        {
            ["name"] = new("Namn"),
            ["email"] = new("E-postadress"),
            ["role"] = new("Roll"),
        },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var name = Rule.RequireText(Name, "name", "Namn");
        var email = Rule.RequireText(Email, "email", "E-postadress");
        Rule.Require(MailAddress.TryCreate(email, out var address) && address.Address == email && address.DisplayName.Length == 0,
            $"\"{email}\" är ingen e-postadress (namn@exempel.se).", "email");
        Rule.Require(Enum.IsDefined(Role), "Okänd roll.", "role");
        Rule.Require(document.ResponsibleContacts.All(c => !c.Email.Equals(email, StringComparison.OrdinalIgnoreCase)),
            $"{email} är redan ansvarig för dokumentet.", "email");
        yield return new ResponsibleContactAdded(document.Id, new ResponsibleContact(name, email, Role), context.Recorded);
    }
}

public sealed record ResponsibleContactAdded(Guid DocumentId, ResponsibleContact Contact, Recorded Recorded) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.ResponsibleContacts.Add(Contact);
        document.Touch(Recorded);
    }

    public EventDescription Describe() => new("Ansvarig person tillagd", Contact.ToString());
}

/// <summary>A person responsible for a document, by e-mail address (the key: one address, one entry).</summary>
public sealed record ResponsibleContact(string Name, string Email, ContactRole Role)
{
    public override string ToString() => $"{Name} <{Email}>, {Role.Label().ToLowerInvariant()}";
}

public enum ContactRole
{
    Forvaltare,
    Kontaktperson,
    Samordnare,
}

public static class ContactRoles
{
    public static string Label(this ContactRole role) => role switch
    {
        ContactRole.Forvaltare => "Förvaltare",
        ContactRole.Kontaktperson => "Kontaktperson",
        ContactRole.Samordnare => "Samordnare",
        _ => role.ToString(),
    };
}
