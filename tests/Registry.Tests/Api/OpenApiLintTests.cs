using System.Diagnostics;
using System.Text.Json;

namespace Registry.Tests.Api;

/// <summary>
/// The OpenAPI document passes Redocly's recommended rules with no error (ADR 0030). The linter is the pinned
/// tools/openapi-lint install that .ci/prepare-machine makes; without it the test fails, it is never skipped.
/// </summary>
public sealed class OpenApiLintTests(RegistryApp app)
{
    private static readonly string Lint = RepositoryRoot.Combine("tools", "openapi-lint");

    [Fact]
    public async Task The_document_has_no_error_under_the_recommended_rules()
    {
        var (exitCode, report) = await LintAsync(await app.AnonymousApi().Http.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        Assert.True(report["totals"]!["errors"]!.GetValue<int>() == 0, $"The OpenAPI document has lint errors:\n{Problems(report)}");
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task The_linter_finds_what_the_issue_found_in_the_old_document()
    {
        // The faults issue 19 reported: no security anywhere, a server URL with a trailing slash.
        var document = JsonNode.Parse(await app.AnonymousApi().Http.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;
        foreach (var operation in document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()))
            operation.Value!.AsObject().Remove("security");
        document["servers"]![0]!["url"] = "http://localhost:5080/";
        var (exitCode, report) = await LintAsync(document.ToJsonString());
        var rules = report["problems"]!.AsArray().Where(p => p!["severity"]!.GetValue<string>() == "error")
            .Select(p => p!["ruleId"]!.GetValue<string>()).ToList();
        Assert.Contains("security-defined", rules);
        Assert.Contains("no-server-trailing-slash", rules);
        Assert.NotEqual(0, exitCode);
    }

    private static async Task<(int ExitCode, JsonNode Report)> LintAsync(string openApi)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var document = Path.Combine(Path.GetTempPath(), $"openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, openApi, cancellation);
        try
        {
            var (exitCode, output) = await Run(document, cancellation);
            var report = JsonNode.Parse(output)!;
            TestContext.Current.TestOutputHelper?.WriteLine($"Redocly: {report["totals"]!.ToJsonString()}\n{Problems(report)}");
            return (exitCode, report);
        }
        finally
        {
            File.Delete(document);
        }
    }

    private static string Problems(JsonNode report) => string.Join("\n", report["problems"]!.AsArray()
        .Select(p => $"{p!["severity"]} {p["ruleId"]}: {p["message"]} at {p["location"]?[0]?["pointer"]}"));

    private static async Task<(int ExitCode, string Output)> Run(string document, CancellationToken cancellation)
    {
        var lint = Lint;
        var cli = Path.Combine(lint, "node_modules", "@redocly", "cli", "bin", "cli.js");
        Assert.True(File.Exists(cli), $"The OpenAPI linter is not installed at {cli}: run .ci/prepare-machine.");
        var info = new ProcessStartInfo("node", [cli, "lint", document, "--format=json", "--config", Path.Combine(lint, "redocly.yaml")])
        {
            WorkingDirectory = lint,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["REDOCLY_TELEMETRY"] = "off";
        info.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("node could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var error = process.StandardError.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        var text = await output;
        Assert.True(text.TrimStart().StartsWith('{'), $"Redocly did not report JSON (exit {process.ExitCode}):\n{text}\n{await error}");
        return (process.ExitCode, text);
    }
}
