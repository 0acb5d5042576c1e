using NodaTime;

namespace Registry.Documents;

/// <summary>The decision that authorises a step: deciding body, meeting date and agenda item (paragraf).</summary>
public sealed record DecisionReference(string Body, LocalDate MeetingDate, string? AgendaItem = null)
{
    public override string ToString() =>
        AgendaItem is null ? $"{Body} {MeetingDate:yyyy-MM-dd}" : $"{Body} {MeetingDate:yyyy-MM-dd} § {AgendaItem}";
}
