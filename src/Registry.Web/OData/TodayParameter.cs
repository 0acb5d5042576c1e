using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Registry.Web.OData;

/// <summary>
/// Gives every feed query that uses <see cref="Name"/> the registry's "today" (Europe/Stockholm, from the injected
/// clock) as a query parameter, so statuses computed from the date run in PostgreSQL with the rest of the query
/// (ADR 0027): a filter on <c>Status</c> agrees with the column it returns, at any time of day.
/// </summary>
public sealed class TodayParameter(IClock clock) : DbCommandInterceptor
{
    public const string Name = "registry_today";

    public const string Placeholder = "@" + Name;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result) => Add(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Add(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result) => Add(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Add(command, result));

    private T Add<T>(DbCommand command, T result)
    {
        if (command.CommandText.Contains(Placeholder, StringComparison.Ordinal) && !command.Parameters.Contains(Name))
            command.Parameters.Add(new NpgsqlParameter(Name, NpgsqlDbType.Date) { Value = clock.TodayInStockholm().ToDateOnly() });
        return result;
    }
}
