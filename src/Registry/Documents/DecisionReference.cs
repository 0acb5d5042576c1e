namespace Registry.Documents;

/// <summary>
/// The decision that authorises a step: deciding body, meeting date and agenda point ("punkt", as the minutes number
/// them), with the meeting date's precision when the minutes do not give the day.
/// </summary>
public sealed record DecisionReference(string Body, LocalDate MeetingDate, string? AgendaItem = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DatePrecision? MeetingDatePrecision = null)
{
    public override string ToString() =>
        $"{Body} {DatePrecisions.Show(MeetingDate, MeetingDatePrecision)}" + (AgendaItem is null ? "" : $" punkt {AgendaItem}");
}
