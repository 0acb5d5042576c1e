using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Registry.Tests.OData;

/// <summary>
/// Records the SQL that EF Core sends for the OData feed, with the number of rows PostgreSQL returned, through
/// EF Core's diagnostic events. Subscribed when the test assembly loads, before any query: EF Core caches
/// for a while whether anyone listens, so a listener added in the middle of a run may miss commands.
/// </summary>
public static class SqlLog
{
    private static readonly ConcurrentQueue<(string Sql, int RowsRead)> Reads = new();

    [ModuleInitializer]
    internal static void Start() => DiagnosticListener.AllListeners.Subscribe(new Listeners());

    /// <summary>The reads whose SQL contains <paramref name="marker"/> (e.g. a test's unique title prefix), in order.</summary>
    public static IReadOnlyList<(string Sql, int RowsRead)> ReadsContaining(string marker) =>
        Reads.Where(r => r.Sql.Contains(marker, StringComparison.Ordinal)).ToList();

    private sealed class Listeners : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name) listener.Subscribe(new Commands());
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }
    }

    private sealed class Commands : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> diagnostic)
        {
            // EF Core counts every Read() call, including the last one that finds no further row.
            if (diagnostic.Value is DataReaderDisposingEventData read && (read.Command.CommandText.Contains("registry.odata_") || read.Command.CommandText.Contains("registry.warnings")))
                Reads.Enqueue((read.Command.CommandText, read.ReadCount - 1));
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }
    }
}
