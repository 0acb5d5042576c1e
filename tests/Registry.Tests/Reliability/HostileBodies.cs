namespace Registry.Tests.Reliability;

/// <summary>Generates request bodies that a careless or hostile client might send: broken JSON, wrong types, absurd values.</summary>
public static partial class HostileBodies
{
    private static readonly string[] Fields =
    [
        "title", "kind", "ownerBodies", "parentId", "officialTextUrl", "sentOn", "responseDeadline", "recipients",
        "newDeadline", "recipient", "stance", "respondedOn", "closedOn", "outcome", "decision", "party", "decidedOn",
        "validFrom", "validTo", "noticePeriodMonths", "newValidTo", "withEditorialChanges", "summary", "draftedOn",
        "givenOn", "kind", "dueOn", "followUpKey", "completedOn", "withdrawnOn", "supersededById", "supersededOn",
    ];

    private static readonly object?[] Values =
    [
        null, "", " ", "null", "2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31", "-0001-01-01", "31/12/2026",
        "2026-12-31T25:61:00Z", 2026, -1, 0, int.MaxValue, long.MinValue, 1e308, true, false, "true",
        "'; drop table registry.mt_events; --", "<script>alert(1)</script>", "${jndi:ldap://x}", "../../etc/passwd",
        "\u0000", "\uFFFF", "Åäö 🎉", new string('x', 100_000), Guid.Empty, "not-a-guid", new object[] { }, new[] { 1, 2 },
        new { body = (string?)null, meetingDate = "igår" }, new { body = "VVG" }, new { meetingDate = "2026-01-01" },
        new[] { "", "Göteborg", "Göteborg", "Atlantis" }, new Dictionary<string, object?> { ["$type"] = "System.IO.File" },
        // Issue 13, point 3: out-of-range years, control and invisible characters, incompressible long text, huge lists.
        "0000-01-01", "2200-01-01", "1899-12-31", "Avtal\u0000", "Avtal\u202Eexe.fdp", "Av\u200Btal",
        OutOfBoundsInputs.Incompressible(new Random(13), 3_000), Enumerable.Range(0, 100_000).Select(i => $"Organ {i}").ToArray(),
    ];

    private static readonly string[] BrokenJson =
    [
        "", " ", "{", "}", "[", "[]", "null", "0", "\"text\"", "{\"title\":", "{\"title\": \"a\",}", "{'title': 'a'}",
        "{\"title\": \"a\" \"kind\": \"b\"}", "{\"a\":" + new string('[', 5000) + new string(']', 5000) + "}",
        new string('{', 100) + new string('}', 100), "\uFEFF{}", "{\"title\": \"\\ud800\"}", "{\"newValidTo\": 2026-12-31}",
        "{\"decision\": {\"meetingDate\": {\"$date\": 1}}}", "<xml/>", "title=a&kind=b",
    ];

    public static IEnumerable<string> Generate(int seed)
    {
        foreach (var json in BrokenJson) yield return json;
        foreach (var field in Fields.Distinct())
            foreach (var value in Values.Where((_, i) => i % 4 == field.Length % 4))
                yield return JsonSerializer.Serialize(new Dictionary<string, object?> { [field] = value });

        var random = new Random(seed);
        for (var i = 0; i < 20; i++)
        {
            var body = new Dictionary<string, object?>();
            for (var f = random.Next(1, 8); f > 0; f--)
                body[Fields[random.Next(Fields.Length)]] = Values[random.Next(Values.Length)];
            yield return JsonSerializer.Serialize(body);
        }
    }

    public static bool LooksLikeStackTrace(string text) => StackFrame().IsMatch(text) || text.Contains("Exception:");

    [GeneratedRegex(@"\bat [\w.`<>]+\(.*\) in |\bat [\w.`<>]+\.[\w<>]+\(")]
    private static partial Regex StackFrame();
}
