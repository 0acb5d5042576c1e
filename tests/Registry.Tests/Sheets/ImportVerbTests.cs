using System.Text;

namespace Registry.Tests.Sheets;

/// <summary>The `importera` verb (issue 16, point 1) against the running app's database, on the built app.</summary>
public sealed class ImportVerbTests
{
    [Fact]
    public async Task The_verb_previews_imports_and_then_finds_nothing_to_change_while_the_app_runs() =>
        await BuiltApp.WhileRunning("import", async (workDirectory, http, app) =>
        {
            var file = Path.Combine(workDirectory, "register.csv");
            await File.WriteAllBytesAsync(file, SheetClient.Csv(Encoding.UTF8, "Titel;Typ;Ägande organ;Gäller från;Gäller till",
                "Riktlinje från kommandoraden;Riktlinje;VVG;ca 2015;2025-12-31", "Utan typ;;VVG;;"), TestContext.Current.CancellationToken);

            var dryRun = await BuiltApp.RunVerb(workDirectory, "importera", file);
            Assert.True(dryRun.ExitCode == 1, dryRun.Output + dryRun.Error);
            Assert.Contains("Rad 2\tskapas\tRiktlinje från kommandoraden", dryRun.Output);
            Assert.Contains("Trätt i kraft: Version 1 gäller ca 2015 – 2025-12-31", dryRun.Output);
            Assert.Contains("Rad 3\tavvisas\tUtan typ\tB3: Dokumenttyp måste anges.", dryRun.Output);
            Assert.Contains("Provkörning: inget har registrerats.", dryRun.Output);

            var applied = await BuiltApp.RunVerb(workDirectory, "importera", file, "--genomfor");
            Assert.Contains("Importen är genomförd.", applied.Output);

            var again = await BuiltApp.RunVerb(workDirectory, "importera", file);
            Assert.Contains("Rad 2\toförändrad\tRiktlinje från kommandoraden", again.Output);
            Assert.Contains("2 rader: 0 skapas, 0 uppdateras, 1 oförändrade, 1 avvisas.", again.Output);
            Assert.False(app.HasExited);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode);
        });
}
