namespace Registry.Remiss;

public sealed record RecordRemissResponse(string Recipient, ResponseStance Stance, LocalDate RespondedOn, Source? Source = null, string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("record-remiss-response", typeof(RecordRemissResponse),
        "Registrera remissvar", "Remissvaret är registrerat.")
    {
        Refusal = ConsultationRules.RefuseWithoutOpenRemiss,
        Inputs = new Dictionary<string, StepInput>
        {
            ["recipient"] = new("Remissinstans"),
            ["stance"] = new("Svar"),
            ["respondedOn"] = new("Svarsdatum"),
        },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision, ("respondedOn", RespondedOn));
        var open = document.OpenConsultation!;
        var name = Rule.RequireText(Recipient, "recipient", "Remissinstans");
        var recipient = open.Recipients.FirstOrDefault(r => r.Equals(Parties.Find(name) ?? name, StringComparison.OrdinalIgnoreCase));
        Rule.Require(recipient is not null, $"\"{name}\" är inte mottagare av remissen.", "recipient");
        Rule.Require(open.Responses.All(r => r.Recipient != recipient),
            $"Remissvar från {recipient} är redan registrerat.", "recipient");
        Rule.Require(RespondedOn >= open.SentOn,
            $"Svarsdatum kan inte ligga före remissens utskicksdatum {open.SentOn:yyyy-MM-dd}.", "respondedOn");
        yield return new RemissResponseRecorded(document.Id, open.Number, recipient!, Stance, RespondedOn, context.Recorded, given.Source, given.Note, given.Precision);
    }
}

public sealed record RemissResponseRecorded(Guid DocumentId, int Number, string Recipient, ResponseStance Stance,
    LocalDate RespondedOn, Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.ReplaceConsultation(Number,
            c => c with { Responses = [.. c.Responses, new ConsultationResponse(Recipient, Stance, RespondedOn)] });
        document.Touch(Recorded);
    }

    public EventDescription Describe() => new EventDescription("Remissvar registrerat",
        $"{Recipient}: {Stance.Label()} ({EventDescription.Date(RespondedOn)})", RespondedOn)
        .From(Source, Note, Precision, "respondedOn");
}
