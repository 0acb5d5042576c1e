using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using Registry.Documents;

namespace Registry.Web.OData;

/// <summary>
/// "Today" in the feed's SQL is the registry's clock (<see cref="IClock"/>, Stockholm), not the database server's: a
/// view's marker <see cref="Marker"/> is replaced in each command by that day as a literal, so a column such as
/// <c>FollowUps.Overdue</c> is computed, filterable and sortable in PostgreSQL and never stored stale.
/// </summary>
public sealed class StockholmToday(IClock clock) : DbCommandInterceptor
{
    public const string Marker = "current_date /*registry-today*/";

    public const string FollowUpsSql = $"""
        select f.*, (not f.done and f.due_on < {Marker}) as overdue from {RegistryStoreSchema}.odata_follow_ups f
        """;

    private const string RegistryStoreSchema = Registry.Infrastructure.RegistryStore.SchemaName;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        Apply(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Apply(command);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbCommand command)
    {
        if (!command.CommandText.Contains(Marker, StringComparison.Ordinal)) return;
        var today = clock.TodayInStockholm().ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        command.CommandText = command.CommandText.Replace(Marker, $"date '{today}'", StringComparison.Ordinal);
    }
}
