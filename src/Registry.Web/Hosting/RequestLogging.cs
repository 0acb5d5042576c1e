using JasperFx;
using Marten;
using Marten.Exceptions;
using Marten.Services;
using Npgsql;

namespace Registry.Web.Hosting;

/// <summary>
/// What the logs say about requests (issue 13, point 8): a client error (4xx) is one Information line with method,
/// path and status; no request bodies, document contents or SQL parameter values; every line bounded in size.
/// </summary>
public static class RequestLogging
{
    public const int MaxText = 500;

    public static WebApplicationBuilder AddRequestLogging(this WebApplicationBuilder builder)
    {
        // Wolverine logs an unreadable body at Error, under the input type's name, with the parser's message
        // (which may quote the body): the 400 it answers is logged below instead.
        var inputTypes = LifecycleSteps.All.Select(s => s.CommandType).Append(typeof(DraftDocument)).Select(t => t.FullName!).ToHashSet();
        builder.Logging.AddFilter((_, category, level) => category is null || !inputTypes.Contains(category) || level >= LogLevel.Critical);
        builder.Services.ConfigureMarten((IServiceProvider services, StoreOptions options) => options.Logger(
            new ParameterlessMartenLogger(services.GetRequiredService<ILoggerFactory>().CreateLogger("Marten"))));
        builder.Services.AddTransient<IStartupFilter, ClientErrors>();
        return builder;
    }

    public static string Bounded(string? text) =>
        text is null ? "" : text.Length <= MaxText ? text : text[..MaxText] + $"… ({text.Length} tecken)";

    private sealed class ClientErrors(ILoggerFactory loggers) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            var logger = loggers.CreateLogger("Registry.Requests");
            app.Use(async (context, nextMiddleware) =>
            {
                await nextMiddleware(context);
                var status = context.Response.StatusCode;
                if (status is >= 400 and < 500)
                    logger.LogInformation("{Method} {Path} svarade {Status}", context.Request.Method,
                        Bounded(context.Request.Path.Value), status);
            });
            next(app);
        };
    }

    /// <summary>Marten's failures without parameter values; expected conflicts at Information.</summary>
    private sealed class ParameterlessMartenLogger(ILogger logger) : IMartenLogger, IMartenSessionLogger
    {
        public IMartenSessionLogger StartSession(IQuerySession session) => this;

        public void SchemaChange(string sql) => logger.LogInformation("Schemaändring: {Sql}", Bounded(sql));

        public void LogSuccess(NpgsqlCommand command)
        {
        }

        public void LogSuccess(NpgsqlBatch batch)
        {
        }

        public void LogFailure(NpgsqlCommand command, Exception ex) => Failure(ex, command.CommandText);

        public void LogFailure(NpgsqlBatch batch, Exception ex) =>
            Failure(ex, string.Join("; ", batch.BatchCommands.Cast<NpgsqlBatchCommand>().Select(c => c.CommandText)));

        public void LogFailure(Exception ex, string message) => Failure(ex, message);

        public void RecordSavedChanges(IDocumentSession session, IChangeSet commit)
        {
        }

        public void OnBeforeExecute(NpgsqlCommand command)
        {
        }

        public void OnBeforeExecute(NpgsqlBatch batch)
        {
        }

        private void Failure(Exception ex, string sql)
        {
            var level = ex is ConcurrencyException or ExistingStreamIdCollisionException or PostgresException { SqlState: "23505" }
                ? LogLevel.Information
                : DatabaseUnavailable.Is(ex) ? LogLevel.Warning : LogLevel.Error;
            logger.Log(level, "Databasfrågan misslyckades ({Error}): {Sql}", Bounded(ex.GetType().Name + ": " + ex.Message), Bounded(sql));
        }
    }
}
