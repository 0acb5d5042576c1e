namespace Registry.Meetings;

/// <summary>
/// Sizes a meeting may have, so one request cannot hold an unbounded amount of text or work. Issue 13 brings a
/// central bound check for every command; until then a meeting checks its own.
/// </summary>
public static class MeetingBounds
{
    public const int MaxPoints = 200;
    public const int MaxPositionsPerPoint = 100;
    public const int MaxDocumentsPerPosition = 100;
    public const int MaxShortText = 500;
    public const int MaxLongText = 10_000;
    public static readonly LocalDate Earliest = new(1900, 1, 1);
    public static readonly LocalDate Latest = new(2200, 12, 31);

    public static void Check(RecordMeeting command)
    {
        Rule.Require(command.Date >= Earliest && command.Date <= Latest, "Mötesdatumet ligger utanför 1900–2200.", "date");
        Text(command.Body, MaxShortText, "body");
        Text(command.Link, MaxShortText * 4, "link");
        Text(command.Note, MaxLongText, "note");
        Rule.Require(command.Points.Count <= MaxPoints, $"Högst {MaxPoints} punkter per sammanträde.", "points");
        for (var p = 0; p < command.Points.Count; p++)
        {
            var point = command.Points[p];
            if (point is null) continue;
            var at = $"points[{p}]";
            Text(point.Number, 20, at + ".number");
            Text(point.Title, MaxShortText * 2, at + ".title");
            Text(point.Presenter, MaxShortText, at + ".presenter");
            var positions = point.Positions ?? [];
            Rule.Require(positions.Count <= MaxPositionsPerPoint, $"Högst {MaxPositionsPerPoint} ställningstaganden per punkt.", at + ".positions");
            for (var q = 0; q < positions.Count; q++)
            {
                var position = positions[q] ?? throw new RuleViolation("Ställningstagandet saknas.", $"{at}.positions[{q}]");
                Text(position.Wording, MaxLongText, $"{at}.positions[{q}].wording");
                Rule.Require((position.DocumentIds?.Count ?? 0) + (position.NewDocuments?.Count ?? 0) <= MaxDocumentsPerPosition,
                    $"Högst {MaxDocumentsPerPosition} dokument per ställningstagande.", $"{at}.positions[{q}]");
                foreach (var (created, n) in (position.NewDocuments ?? []).Select((d, i) => (d, i)))
                {
                    if (created is null) throw new RuleViolation("Det nya dokumentet saknas.", $"{at}.positions[{q}].newDocuments[{n}]");
                    Text(created.Title, MaxShortText * 2, $"{at}.positions[{q}].newDocuments[{n}].title");
                }
            }
        }
    }

    private static void Text(string? value, int max, string field) =>
        Rule.Require(value is null || value.Length <= max, $"Texten är för lång (högst {max} tecken).", field);
}
