using JasperFx.CommandLine;
using Marten;
using Registry.Upgrades;

namespace Registry.Web.Hosting;

/// <summary>
/// `dotnet run --project src/Registry.Web -- kontrollera-handelser`: reads and folds every stream with this release's
/// code; exit code 1 when any event cannot be read or folded. Run it before and after an upgrade (ADR 0017).
/// </summary>
[Description("Läs och vik varje händelseström med den här versionens kod; avslutar med kod 1 om någon händelse inte går att läsa",
    Name = "kontrollera-handelser")]
public sealed class CheckEventsCommand : JasperFxAsyncCommand<NetCoreInput>
{
    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = input.BuildHost();
        var result = await EventStoreCheck.RunAsync(host.Services.GetRequiredService<IDocumentStore>(), Console.WriteLine);
        foreach (var failure in result.Failures) Console.WriteLine($"FEL i ström {failure.StreamId}: {failure.Problem}");
        Console.WriteLine(result.Ok
            ? $"Alla {result.Streams} strömmar ({result.Events} händelser) gick att läsa och vika."
            : $"{result.Failures.Count} av {result.Streams} strömmar gick inte att läsa eller vika.");
        return result.Ok;
    }
}
