namespace Registry.Tests.Hosting;

/// <summary>
/// The README's run command as a newcomer uses it: the built app, no connection string, an empty working
/// directory. It must start its own PostgreSQL, load the demo registry and answer on its URL.
/// </summary>
public sealed class RunCommandTests
{
    [Fact]
    public async Task App_without_connection_string_starts_its_own_database_and_serves_the_demo_registry()
    {
        var workDirectory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "registry-run-" + Guid.NewGuid().ToString("N")[..8]));
        var port = BuiltApp.FreePort();
        using var app = StartApp(workDirectory.FullName, port);
        app.ErrorDataReceived += (_, _) => { };
        app.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var health = await WaitForHealth(http, app);
            Assert.Equal("Healthy", health);

            var documents = JsonNode.Parse(await http.GetStringAsync("/api/documents", TestContext.Current.CancellationToken))!.AsArray();
            var accompanying = documents.Single(d => d!["title"]!.GetValue<string>().StartsWith("Riktlinje medföljande personal"));
            Assert.Equal("2026-12-31", accompanying!["validTo"]!.GetValue<string>());
            Assert.True(documents.Count >= 9, $"Expected the demo registry, got {documents.Count} documents.");
            Assert.True(Directory.Exists(Path.Combine(workDirectory.FullName, ".registry", "postgres")));
            await SignsInWithThePrintedAdminPassword(http, app, port);
        }
        finally
        {
            await BuiltApp.Stop(app);
            workDirectory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Without_PostgreSQL_binaries_the_app_stops_with_a_one_line_message()
    {
        var workDirectory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "registry-run-" + Guid.NewGuid().ToString("N")[..8]));
        using var app = StartApp(workDirectory.FullName, BuiltApp.FreePort(), "--Registry:PostgresBinDirectory=/nonexistent/bin");
        var stderr = await app.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await app.WaitForExitAsync(TestContext.Current.CancellationToken);
        workDirectory.Delete(recursive: true);

        Assert.Equal(1, app.ExitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Inga PostgreSQL-program (initdb, pg_ctl) hittades", line);
    }

    /// <summary>The demo's first start prints how to sign in; those credentials write, no credentials do not.</summary>
    private static async Task SignsInWithThePrintedAdminPassword(HttpClient http, Process app, int port)
    {
        var prefix = $"Logga in på http://127.0.0.1:{port} med användare admin och lösenord ";
        // Printed once the server has started, which may be a moment after the first health check answered.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !Output[app.Id].Any(l => l.StartsWith(prefix)))
            await Task.Delay(100, TestContext.Current.CancellationToken);
        var line = Output[app.Id].FirstOrDefault(l => l.StartsWith(prefix))
            ?? throw new Xunit.Sdk.XunitException($"No sign-in line in the output:\n{string.Join("\n", Output[app.Id])}");
        var password = line[prefix.Length..].Split(' ')[0];
        var draft = new { title = "Utkast från demoinloggning", kind = "rutin", ownerBodies = new[] { "VVG" } };

        var anonymous = await http.PostAsync("/api/documents", Support.ApiClient.Content(draft), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var admin = Support.TestAccounts.Basic(new HttpClient { BaseAddress = http.BaseAddress }, "admin", password);
        var created = await admin.PostAsync("/api/documents", Support.ApiClient.Content(draft), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        // Anyone may read the demo, but credentials that are sent and wrong are refused rather than ignored.
        using var mistyped = Support.TestAccounts.Basic(new HttpClient { BaseAddress = http.BaseAddress }, "admin", password + "x");
        var refused = await mistyped.GetAsync("/api/documents", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, System.Collections.Concurrent.ConcurrentQueue<string>> Output = new();

    private static Process StartApp(string workDirectory, int port, params string[] extraArguments)
    {
        var info = new ProcessStartInfo("dotnet", [BuiltApp.Path(), $"--urls=http://127.0.0.1:{port}", .. extraArguments])
        {
            WorkingDirectory = workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment.Remove("ConnectionStrings__Registry");
        var process = Process.Start(info)!;
        var output = Output.GetOrAdd(process.Id, _ => new());
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) output.Enqueue(line.Data); };
        process.BeginOutputReadLine();
        return process;
    }

    private static async Task<string> WaitForHealth(HttpClient http, Process app)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(app.HasExited, $"The app exited with code {(app.HasExited ? app.ExitCode : 0)} before it was healthy.");
            try
            {
                var response = await http.GetAsync("/health", TestContext.Current.CancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException("The app did not become healthy within two minutes.");
    }
}
