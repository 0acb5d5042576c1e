namespace Registry.Tests.Hosting;

/// <summary>
/// The documented `konto` verbs run while the app is up on its embedded PostgreSQL: they must use the running
/// server and leave it running (issue 13, point 1).
/// </summary>
public sealed class CommandLineWhileRunningTests
{
    [Fact]
    public async Task Account_verbs_run_against_the_running_apps_database_and_leave_it_running() =>
        await BuiltApp.WhileRunning("verbs", async (workDirectory, http, app) =>
        {
            var created = await BuiltApp.RunVerb(workDirectory, "konto", "skapa", "anna", "--roll", "admin", "--losenord", "ett-langt-losenord-1");
            Assert.True(created.ExitCode == 0, created.Output + created.Error);
            Assert.Contains("Kontot anna (admin) är sparat.", created.Output);
            Assert.Contains("Använder PostgreSQL som redan körs", created.Output);

            var listed = await BuiltApp.RunVerb(workDirectory, "konto", "lista");
            Assert.True(listed.ExitCode == 0, listed.Output + listed.Error);
            Assert.Contains(listed.Output.Split('\n'), line => line.StartsWith("anna\tadmin"));
            Assert.Contains(listed.Output.Split('\n'), line => line.StartsWith("admin\tadmin"));

            var issued = await BuiltApp.RunVerb(workDirectory, "konto", "nyckel", "anna");
            Assert.True(issued.ExitCode == 0, issued.Output + issued.Error);
            var key = issued.Output.Split('\n').Single(l => l.StartsWith("API-nyckel för anna")).Split(": ")[1].Trim();

            var help = await BuiltApp.RunVerb(workDirectory, "help");
            Assert.True(help.ExitCode == 0, help.Output + help.Error);

            // The app's database still answers, and the key issued from the command line works in the running app.
            var health = await http.GetAsync("/health", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
            request.Headers.Add("X-Api-Key", key);
            var documents = await http.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, documents.StatusCode);
            Assert.False(app.HasExited);
        });
}
