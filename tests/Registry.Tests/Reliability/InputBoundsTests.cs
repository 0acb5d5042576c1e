namespace Registry.Tests.Reliability;

/// <summary>
/// One set of input bounds for every command (issue 13, point 3): each out-of-bounds value is a 400 naming its
/// field and nothing is recorded; never a 500.
/// </summary>
public sealed class InputBoundsTests(RegistryApp app) : ApiTests(app)
{
    [Fact]
    public async Task Every_out_of_bounds_input_is_a_400_naming_its_field_and_nothing_is_recorded()
    {
        var failures = new List<string>();
        var cases = OutOfBoundsInputs.Generate(seed: 20261202).ToList();
        foreach (var input in cases)
        {
            var failure = await Check(input);
            if (failure is not null) failures.Add($"{input.Description}: {failure}");
        }
        Figures.Print("input-bounds", $"{cases.Count} out-of-bounds requests, {failures.Count} not answered as 400 for their field.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<string?> Check(OutOfBoundsInput input)
    {
        Guid? id = input.Target switch
        {
            Target.Draft when input.Step == "draft" => null,
            Target.Draft => await Api.Draft(kind: "avtal"),
            Target.Guideline => await Api.InForce("2020-01-01", "2023-12-31"),
            _ => await Api.InForce("2020-01-01", "2030-12-31", kind: "avtal", noticePeriodMonths: 12),
        };
        var before = id is { } existing ? (await Api.History(existing)).Count : 0;
        var path = id is { } target ? $"/api/documents/{target}/{input.Step}" : "/api/documents";
        using var response = await Api.Http.PostAsync(path, ApiClient.Content(input.Body), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (response.StatusCode != HttpStatusCode.BadRequest) return $"{(int)response.StatusCode} {Shorten(text)}";
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return "no ProblemDetails";
        var problem = JsonNode.Parse(text)!.AsObject();
        if (problem["errors"]?[input.Field] is null) return $"errors does not name {input.Field}: {Shorten(text)}";
        if (id is { } after && (await Api.History(after)).Count != before) return "something was recorded";
        return null;
    }

    [Fact]
    public async Task Values_at_the_bounds_are_accepted()
    {
        var title = OutOfBoundsInputs.Incompressible(new Random(7), InputBounds.MaxTitleLength);
        var id = await Api.Draft(title: title, kind: "avtal",
            extra: new { ownerBodies = Enumerable.Range(0, InputBounds.MaxOwnerBodies).Select(i => $"Organ {i}").ToArray(), draftedOn = "1900-01-01" });
        await Api.Ok(id, "enter-into-force", new { validFrom = "1900-01-01", validTo = "2199-12-31", noticePeriodMonths = 120 });
        var state = await Api.State(id);
        Assert.Equal(title, state.Text("title"));
        Assert.Equal("2189-12-31", state.Text("noticeDeadline"));

        var guideline = await Api.InForce("2020-01-01", "2023-12-31");
        await Api.Ok(guideline, "extend", new
        {
            newValidTo = "2199-12-31",
            decision = Decisions.Vvg("2023-06-01"),
            note = "Första raden\nandra raden\tmed tabb " + new string('x', 3_900),
        });
        var documents = await Api.Http.GetFromJsonAsync<JsonArray>("/api/documents", TestContext.Current.CancellationToken);
        Assert.Contains(documents!, d => d!["title"]!.GetValue<string>() == title);
    }

    [Fact]
    public void The_text_of_a_violation_names_the_field_in_Swedish()
    {
        var violation = Assert.Throws<RuleViolation>(() => InputBounds.Check(new Registry.Validity.ExtendDocument(
            new LocalDate(2026, 12, 31), new DecisionReference("VV\u202EG", new LocalDate(2023, 6, 1)))));
        Assert.Equal("decision.body", violation.Field);
        Assert.StartsWith("Fältet decision.body innehåller ett osynligt tecken", violation.Message);

        var far = Assert.Throws<RuleViolation>(() => InputBounds.Check(new Registry.Validity.EnterIntoForce(
            new LocalDate(2020, 1, 1), new LocalDate(9999, 12, 31), 12)));
        Assert.Equal("validTo", far.Field);
        Assert.Equal("Datumet i fältet validTo (9999-12-31) ligger utanför det tillåtna intervallet 1900-01-01–2199-12-31.", far.Message);
    }

    /// <summary>Within the bounds the notice arithmetic has room on both sides (NodaTime covers years -9998..9999).</summary>
    [Fact]
    public void Notice_arithmetic_at_the_bounds_does_not_overflow()
    {
        Assert.Equal(new LocalDate(2209, 12, 31), NoticePeriod.EndsOn(InputBounds.LatestDate, 120));
        Assert.Equal(new LocalDate(1890, 1, 1), NoticePeriod.LastDayToGiveNotice(InputBounds.EarliestDate, 120));
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
