using System.Collections;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Query.Validator;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Npgsql;

namespace Registry.Web.OData;

/// <summary>
/// Serves one entity set: every query option is applied to the EF Core queryable and runs in PostgreSQL
/// (no EnableQuery attribute, nothing filtered in memory). Paging is server-driven with a stable order (the
/// requested $orderby, then the key) and @odata.nextLink; bad or unsupported queries get a 400 OData error.
/// </summary>
public abstract class ReadModelController<T>(ReadModelDbContext db, IOptions<ODataFeedOptions> feedOptions,
    ILogger logger) : ODataController where T : class
{
    private static readonly ODataQuerySettings QuerySettings = new()
    {
        HandleNullPropagation = HandleNullPropagationOption.False,
        EnsureStableOrdering = false,
        // Literals stay constants, for UtcTimestamps and DirectDateComparisons; EF Core writes them as escaped SQL literals.
        EnableConstantParameterization = false,
    };

    protected ReadModelDbContext Db => db;

    /// <summary>The set's rows ordered by key: the default order and the tie-break after any $orderby.</summary>
    protected abstract IOrderedQueryable<T> OrderByKey(IQueryable<T> rows);

    protected abstract IOrderedQueryable<T> ThenByKey(IOrderedQueryable<T> rows);

    protected async Task<IActionResult> Query(IQueryable<T> source, ODataQueryOptions<T>? options,
        CancellationToken cancellation)
    {
        if (options is null || !ModelState.IsValid)
            return Error(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)));
        try
        {
            var limits = feedOptions.Value;
            options.Validate(new ODataValidationSettings
            {
                AllowedQueryOptions = AllowedQueryOptions.Filter | AllowedQueryOptions.OrderBy | AllowedQueryOptions.Top
                    | AllowedQueryOptions.Skip | AllowedQueryOptions.Count | AllowedQueryOptions.Select
                    | AllowedQueryOptions.Format,
                MaxTop = limits.MaxTop,
                MaxSkip = int.MaxValue,
                MaxNodeCount = limits.MaxNodeCount,
                MaxOrderByNodeCount = 10,
            });

            var filtered = options.Filter is null
                ? source
                : DirectDateComparisons.Apply(UtcTimestamps.Apply((IQueryable<T>)options.Filter.ApplyTo(source, QuerySettings)));
            // GET /odata/Documents/$count[?$filter=…]: the number alone, as text.
            if (Request.ODataFeature().Path?.LastSegment is CountSegment)
                return Content((await filtered.LongCountAsync(cancellation)).ToString(CultureInfo.InvariantCulture), "text/plain");
            long? count = options.Count?.Value == true ? await filtered.LongCountAsync(cancellation) : null;
            var ordered = options.OrderBy is null
                ? OrderByKey(filtered)
                : ThenByKey((IOrderedQueryable<T>)options.OrderBy.ApplyTo(filtered, QuerySettings));

            var skip = options.Skip?.Value ?? 0;
            var top = options.Top?.Value;
            var pageSize = PageSize(limits.PageSize);
            var take = Math.Min(top ?? int.MaxValue, pageSize);
            // One row more than the page tells whether a next page exists, without a second query.
            var mayContinue = top is null || top > take;
            IQueryable page = ordered.Skip(skip).Take(mayContinue ? take + 1 : take);
            if (options.SelectExpand is { } select)
            {
                Request.ODataFeature().SelectExpandClause = select.SelectExpandClause;
                page = select.ApplyTo(page, QuerySettings);
            }
            var rows = await ToListAsync(page, cancellation);
            if (mayContinue && rows.Count > take)
            {
                rows.RemoveAt(take);
                Request.ODataFeature().NextLink = NextLink(skip + take, top - take);
            }
            Request.ODataFeature().TotalCount = count;
            return Ok(rows);
        }
        catch (ODataException e)
        {
            return Error(e.Message);
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException
                                     or PostgresException { SqlState: ['2', '2', ..] } && !Hosting.DatabaseUnavailable.Is(e))
        {
            // A query the parser accepts but SQL cannot express (or PostgreSQL rejects as data error).
            logger.LogInformation(e, "OData query could not run in PostgreSQL: {Query}", Request.QueryString);
            // The framework's text names internal LINQ and SQL: it goes to the log, not to the client.
            return Error("Frågan kan inte utföras i databasen. Förenkla filtret eller sorteringen (till exempel utan " +
                         "funktioner på datum- och talfält) och försök igen.");
        }
    }

    private IActionResult Error(string message) =>
        BadRequest(new ODataError { Code = "BadRequest", Message = string.IsNullOrWhiteSpace(message) ? "Ogiltig fråga." : message });

    /// <summary>The page size: the configured one, or smaller when the client asks (Prefer: odata.maxpagesize=N).</summary>
    private int PageSize(int configured)
    {
        foreach (var preference in Request.Headers["Prefer"].SelectMany(h => (h ?? "").Split(',')))
        {
            var parts = preference.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts is ["odata.maxpagesize", var value] && int.TryParse(value, out var requested) && requested > 0)
            {
                Response.Headers["Preference-Applied"] = $"odata.maxpagesize={Math.Min(requested, configured)}";
                return Math.Min(requested, configured);
            }
        }
        return configured;
    }

    private Uri NextLink(int skip, int? remaining)
    {
        var query = QueryHelpers.ParseQuery(Request.QueryString.Value)
            .Where(q => q.Key is not ("$skip" or "$top"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("$skip", skip.ToString(CultureInfo.InvariantCulture)));
        if (remaining is { } top) query = query.Append(new("$top", top.ToString(CultureInfo.InvariantCulture)));
        var path = $"{Request.Scheme}://{Request.Host}{Request.PathBase}{Request.Path}";
        return new Uri(QueryHelpers.AddQueryString(path, query));
    }

    /// <summary>ToListAsync for the element type the query ends in (the row, or OData's $select wrapper).</summary>
    private static async Task<IList> ToListAsync(IQueryable query, CancellationToken cancellation)
    {
        var method = typeof(EntityFrameworkQueryableExtensions).GetMethod(nameof(EntityFrameworkQueryableExtensions.ToListAsync))!
            .MakeGenericMethod(query.ElementType);
        var task = (Task)method.Invoke(null, [query, cancellation])!;
        await task;
        return (IList)task.GetType().GetProperty("Result")!.GetValue(task)!;
    }
}
