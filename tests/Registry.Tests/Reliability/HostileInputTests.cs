namespace Registry.Tests.Reliability;

/// <summary>
/// A generated barrage of malformed and hostile command bodies against every lifecycle step: each must be
/// answered as a client error in ProblemDetails form, never a 500, never a stack trace.
/// </summary>
public sealed class HostileInputTests(RegistryApp app) : ApiTests(app)
{
    [Fact]
    public async Task Malformed_and_hostile_command_bodies_never_cause_a_server_error()
    {
        var target = await Api.Draft();
        await Api.Ok(target, "enter-into-force", new { validFrom = "2020-01-01", validTo = "2030-12-31", noticePeriodMonths = (int?)null });
        var paths = LifecycleSteps.All.Select(step => $"/api/documents/{target}/{step.Name}")
            .Prepend("/api/documents").ToList();
        var bodies = HostileBodies.Generate(seed: 20261123).ToList();
        // Every body goes to a quarter of the steps, in rotation, so each step sees every kind of input.
        var requests = bodies.SelectMany((body, b) => paths.Where((_, p) => (b + p) % 4 == 0).Select(path => (path, body)));

        var failures = new List<string>();
        var answered = 0;
        foreach (var (path, body) in requests)
        {
            using var response = await Api.Http.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"),
                TestContext.Current.CancellationToken);
            answered++;
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var status = (int)response.StatusCode;
            if (status >= 500 || HostileBodies.LooksLikeStackTrace(text)) failures.Add($"{status} {path} {Shorten(body)} -> {Shorten(text)}");
            else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                failures.Add($"{status} without ProblemDetails: {path} {Shorten(body)}");
        }

        Figures.Print("hostile-bodies", $"{answered} hostile requests, {failures.Count} server errors or leaks.");
        Assert.True(answered >= 1000, $"Only {answered} requests were generated.");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public async Task Malformed_and_hostile_OData_queries_are_answered_with_an_OData_error_never_a_server_error()
    {
        await Api.InForce();
        var queries = HostileODataQueries.Generate(seed: 20261123).ToList();

        var failures = new List<string>();
        var outcomes = new Dictionary<int, int>();
        foreach (var query in queries)
        {
            using var response = await Api.Http.GetAsync(query, TestContext.Current.CancellationToken);
            var status = (int)response.StatusCode;
            outcomes[status] = outcomes.GetValueOrDefault(status) + 1;
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            if (status >= 500 || HostileBodies.LooksLikeStackTrace(text)) failures.Add($"{status} {query} -> {Shorten(text)}");
            else if (status == 400 && !text.Contains("\"error\""))
                failures.Add($"400 without an OData error body: {query} -> {Shorten(text)}");
        }

        Figures.Print("hostile-odata", $"{queries.Count} hostile OData queries: " +
            string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key}: {o.Value}")));
        Assert.True(queries.Count >= 1000, $"Only {queries.Count} queries were generated.");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(25)));
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
