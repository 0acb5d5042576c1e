namespace Registry.Tests.Upgrades;

/// <summary>`kontrollera-handelser`, run as an operator runs it around an upgrade: the built app with a connection string.</summary>
public sealed class CheckEventsCommandTests(RegistryApp app)
{
    [Fact]
    public async Task It_passes_on_a_readable_store_and_fails_naming_the_stream_of_an_unreadable_event()
    {
        var connectionString = await app.CreateDatabaseAsync("check_" + Guid.NewGuid().ToString("N")[..8]);
        await using (var factory = app.Derive(connectionString, app.Clock))
        {
            _ = factory.Server;
            await GoldenFixture.All().First().LoadInto(connectionString);
        }

        var (exitCode, output) = await Run(connectionString);
        Assert.True(exitCode == 0, output);
        Assert.Contains("Alla 21 strömmar (109 händelser) gick att läsa och vika.", output);

        var broken = await BreakOneEvent(connectionString);
        (exitCode, output) = await Run(connectionString);
        Assert.Equal(1, exitCode);
        Assert.Contains($"FEL i ström {broken}", output);
        Assert.Contains("1 av 21 strömmar gick inte att läsa eller vika.", output);
    }

    /// <summary>An event stored under a type no release ever had, as a botched manual edit or a lost upcaster would leave it.</summary>
    private static async Task<Guid> BreakOneEvent(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            "update registry.mt_events set type = 'document_renamed_without_upcaster', mt_dotnet_type = null " +
            "where seq_id = (select max(seq_id) from registry.mt_events) returning stream_id", connection);
        return (Guid)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    private static async Task<(int ExitCode, string Output)> Run(string connectionString)
    {
        var info = new ProcessStartInfo("dotnet", [BuiltApp.Path(), "kontrollera-handelser"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ConnectionStrings__Registry"] = connectionString;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await errors);
    }
}
