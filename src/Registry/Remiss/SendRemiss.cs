namespace Registry.Remiss;

/// <summary>
/// Send the draft (or a pending revision) on remiss. <see cref="Recipients"/> are huvudmän from the party list (none
/// means VGR and all 49 municipalities); <see cref="OtherRecipients"/> are other bodies named as
/// such ("berörda styrelser, nämnder och förvaltningar"), so a mistyped huvudman is refused instead of becoming a body.
/// </summary>
public sealed record SendRemiss(LocalDate SentOn, LocalDate ResponseDeadline, IReadOnlyList<string>? Recipients = null,
    string? Subject = null, Source? Source = null, string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null,
    IReadOnlyList<string>? OtherRecipients = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("send-remiss", typeof(SendRemiss), "Skicka på remiss", "Remissen är registrerad som skickad.")
    {
        Refusal = d =>
            Rule.RefuseIf(!(d.Status.IsBeforeEntryIntoForce() || d.PendingRevision is not null),
                "Remiss kan bara skickas för ett utkast eller en pågående revidering.")
            ?? Rule.RefuseTerminal(d)
            ?? Rule.RefuseIf(d.OpenConsultation is not null, "Det finns redan en öppen remiss. Stäng den innan en ny skickas."),
        Inputs = new Dictionary<string, StepInput>
        {
            ["sentOn"] = new("Utskicksdatum"),
            ["responseDeadline"] = new("Sista svarsdag"),
            ["recipients"] = new("Mottagare bland huvudmännen", "En huvudman per rad (VGR eller en kommun). Lämna tomt för Västra Götalandsregionen och alla 49 kommuner."),
            ["otherRecipients"] = new("Andra mottagare", "Andra organ än huvudmännen, ett per rad, t.ex. en nämnd, en styrelse eller en förvaltning."),
            ["subject"] = new("Ämne"),
        },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision, ("sentOn", SentOn), ("responseDeadline", ResponseDeadline));
        Rule.Require(ResponseDeadline >= SentOn,
            "Sista svarsdag kan inte ligga före datumet då remissen skickas.", "responseDeadline");
        yield return new RemissSent(document.Id, document.Consultations.Count + 1, document.AdoptionTargetVersion,
            Subject?.Trim(), SentOn, ResponseDeadline, ResolveRecipients(), context.Recorded, given.Source, given.Note, given.Precision);
    }

    private List<string> ResolveRecipients()
    {
        var parties = (Recipients ?? []).Select((r, i) => (Name: r, Index: i)).Where(r => !string.IsNullOrWhiteSpace(r.Name))
            .Select(r => Parties.Find(r.Name) ?? throw new RuleViolation(
                $"\"{r.Name.Trim()}\" är inte en huvudman: ange Västra Götalandsregionen eller en av de 49 kommunerna, " +
                "eller ange organet under andra mottagare.", $"recipients[{r.Index}]"))
            .ToList();
        var others = (OtherRecipients ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).ToList();
        foreach (var other in others)
            Rule.Require(Parties.Find(other) is null,
                $"{other} är en huvudman: ange den bland mottagarna bland huvudmännen.", "otherRecipients");
        // "Kommunerna och regionens berörda styrelser, nämnder och förvaltningar": no huvudman named means all of them.
        return (parties.Count == 0 ? [.. Parties.All] : parties).Concat(others).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}

public sealed record RemissSent(Guid DocumentId, int Number, int TextVersion, string? Subject, LocalDate SentOn,
    LocalDate ResponseDeadline, IReadOnlyList<string> Recipients, Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RemissPackageRef? Package = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.Consultations.Add(new Consultation(Number, TextVersion, Subject, SentOn, ResponseDeadline,
            [.. Recipients], [], null)
        { Package = Package });
        if (document.Status.IsBeforeEntryIntoForce()) document.Status = DocumentStatus.InConsultation;
        document.Touch(Recorded);
    }

    public EventDescription Describe() => new EventDescription("Skickat på remiss", EventDescription.Join(
        $"Remiss {Number} till {Recipients.Count} mottagare, svar senast {EventDescription.Date(ResponseDeadline)}", Subject,
        Package is null ? null : $"i remisspaketet {Package.Name} ({Package.Documents.Count} styrdokument)"), SentOn)
        .From(Source, Note, Precision, "sentOn");
}
