namespace Registry.Tests.Reliability;

/// <summary>Where a hostile value is sent: a new draft, or a step on a document in the state the step needs.</summary>
public enum Target { Draft, Guideline, Agreement }

/// <summary>A well-formed request with one value out of bounds, and the field the 400 must name.</summary>
public sealed record OutOfBoundsInput(string Description, Target Target, string Step, object Body, string Field);

/// <summary>
/// The four causes of server errors in issue 13, point 3, as well-formed requests that reach the rules: dates far
/// out (9999-12-31 with a notice period, an extension or notice), years 0 and negative, control characters (NUL),
/// and text or lists so long they broke an index or every page; plus the invisible characters of point 9.
/// </summary>
public static class OutOfBoundsInputs
{
    public const string Far = "9999-12-31";

    public static IEnumerable<OutOfBoundsInput> Generate(int seed)
    {
        var random = new Random(seed);
        object Draft(string title = "Gränsfall", object? owners = null, string? draftedOn = null) =>
            new { title, kind = "avtal", ownerBodies = owners ?? new[] { "VVG" }, draftedOn };

        // 1. Date arithmetic beyond NodaTime's range.
        yield return new("slutdatum 9999-12-31 med uppsägningstid", Target.Draft, "enter-into-force",
            new { validFrom = "2020-01-01", validTo = Far, noticePeriodMonths = 12 }, "validTo");
        yield return new("förlängning till 9999-12-31", Target.Guideline, "extend",
            new { newValidTo = Far, decision = new { body = "VVG", meetingDate = "2023-06-01" } }, "newValidTo");
        yield return new("uppsägning 9999-12-31", Target.Agreement, "give-notice", new { party = "VGR", givenOn = Far }, "givenOn");
        yield return new("beslut 9999-12-31", Target.Agreement, "change-notice-period",
            new { noticePeriodMonths = 6, decision = new { body = "SRO", meetingDate = Far } }, "decision.meetingDate");
        yield return new("uppföljning 9999-12-31", Target.Guideline, "schedule-follow-up",
            new { kind = "uppfoljning", dueOn = Far }, "dueOn");
        yield return new("remissvar 9999-12-31", Target.Draft, "send-remiss",
            new { sentOn = "2021-10-01", responseDeadline = Far }, "responseDeadline");

        // 2. Years 0, negative, and just outside 1900–2199.
        foreach (var date in new[] { "0000-01-01", "-0001-01-01", "0001-01-01", "1899-12-31", "2200-01-01" })
        {
            yield return new($"utkast daterat {date}", Target.Draft, "draft", Draft(draftedOn: date), "draftedOn");
            yield return new($"ikraftträdande {date}", Target.Draft, "enter-into-force", new { validFrom = date }, "validFrom");
        }

        // 3. Control and invisible characters in text.
        foreach (var (name, c) in new[] { ("NUL", "\u0000"), ("BEL", "\u0007"), ("ESC", "\u001B"), ("radbrytning", "\n"),
                     ("RLO", "\u202E"), ("LRI", "\u2066"), ("nollbredd", "\u200B"), ("ZWJ", "\u200D"), ("BOM", "\uFEFF") })
        {
            yield return new($"{name} i titeln", Target.Draft, "draft", Draft(title: $"Riktlinje{c}fdp.exe"), "title");
            if (c != "\n")
                yield return new($"{name} i beslutande organ", Target.Guideline, "extend",
                    new { newValidTo = "2026-12-31", decision = new { body = $"VV{c}G", meetingDate = "2023-06-01" } }, "decision.body");
        }
        yield return new("NUL i ägande organ", Target.Draft, "draft", Draft(owners: new[] { "VVG", "S\u0000RO" }), "ownerBodies");
        yield return new("NUL i anteckning", Target.Guideline, "extend",
            new { newValidTo = "2026-12-31", decision = new { body = "VVG", meetingDate = "2023-06-01" }, note = "a\u0000b" }, "note");

        // 4. Lengths and list sizes: incompressible titles past the index's 2.7 kB, and huge lists.
        yield return new("titel på 3 000 slumptecken", Target.Draft, "draft", Draft(title: Incompressible(random, 3_000)), "title");
        yield return new("titel på 301 tecken", Target.Draft, "draft", Draft(title: new string('å', 301)), "title");
        yield return new("anteckning på 4 001 tecken", Target.Guideline, "extend",
            new { newValidTo = "2026-12-31", decision = new { body = "VVG", meetingDate = "2023-06-01" }, note = new string('x', 4_001) }, "note");
        yield return new("100 000 ägande organ", Target.Draft, "draft",
            Draft(owners: Enumerable.Range(0, 100_000).Select(i => $"Organ {i}").ToArray()), "ownerBodies");
        yield return new("101 ägande organ", Target.Draft, "draft", Draft(owners: Enumerable.Range(0, 101).Select(i => $"Organ {i}").ToArray()), "ownerBodies");
        yield return new("201 remissmottagare", Target.Draft, "send-remiss",
            new { sentOn = "2021-10-01", responseDeadline = "2021-12-31", recipients = Enumerable.Range(0, 201).Select(i => $"Mottagare {i}").ToArray() },
            "recipients");
    }

    /// <summary>Text that PostgreSQL cannot compress: random letters from the whole Basic Multilingual Plane's scripts.</summary>
    public static string Incompressible(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => (char)random.Next(0x4E00, 0x9FFF)).ToArray());
}
