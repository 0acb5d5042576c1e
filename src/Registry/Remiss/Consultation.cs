namespace Registry.Remiss;

/// <summary>A remiss round: who was asked, by when, and who has answered.</summary>
public sealed record Consultation(
    int Number,
    int TextVersion,
    string? Subject,
    LocalDate SentOn,
    LocalDate ResponseDeadline,
    List<string> Recipients,
    List<ConsultationResponse> Responses,
    LocalDate? ClosedOn)
{
    public IEnumerable<string> MissingResponders =>
        Recipients.Where(r => Responses.All(x => x.Recipient != r));

    /// <summary>Remiss conferences held during the round (remisskonferens), as dated entries.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public List<RemissConference>? Conferences { get; init; }

    /// <summary>The remiss package this round belongs to, when it was sent over several documents at once (ADR 0035).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public RemissPackageRef? Package { get; init; }
}

public sealed record RemissConference(LocalDate HeldOn, string Description, Registry.Provenance.DatePrecision HeldOnPrecision);

public sealed record ConsultationResponse(string Recipient, ResponseStance Stance, LocalDate RespondedOn);

public enum ResponseStance
{
    Approve,
    ApproveWithComments,
    Reject,
    Abstain,
}

public static class ResponseStances
{
    public static string Label(this ResponseStance stance) => stance switch
    {
        ResponseStance.Approve => "Tillstyrker",
        ResponseStance.ApproveWithComments => "Tillstyrker med synpunkter",
        ResponseStance.Reject => "Avstyrker",
        ResponseStance.Abstain => "Avstår",
        _ => stance.ToString(),
    };
}

internal static class ConsultationRules
{
    public static RuleViolation? RefuseWithoutOpenRemiss(Styrdokument document) =>
        Rule.RefuseTerminal(document)
        ?? Rule.RefuseIf(document.OpenConsultation is null, "Det finns ingen öppen remiss för dokumentet.");
}
