using System.Collections;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Query.Validator;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using Npgsql;
using Registry.Web.OData.Writing;

namespace Registry.Web.OData;

/// <summary>What every read-model controller is given: the read tables, the feed's limits, the loggers.</summary>
public sealed record ReadModelServices(ReadModelDbContext Db, IOptions<ODataFeedOptions> Options, ILoggerFactory Loggers);

/// <summary>
/// Serves one entity set: every query option is applied to the EF Core queryable and runs in PostgreSQL
/// (no EnableQuery attribute, nothing filtered in memory). Paging is server-driven by keyset on a stable order
/// (the requested $orderby, then the key) with @odata.nextLink carrying a $skiptoken; one row is read by its key;
/// bad or unsupported queries get a 400 OData error, a key without a row a 404. <paramref name="defaultOrder"/> is the
/// set's default order, ending in the key, used when no $orderby is given; <paramref name="keyProperties"/> the key's
/// properties, the tie-break after any $orderby.
/// </summary>
public abstract class ReadModelController<T>(ReadModelServices services, string[] defaultOrder, string[] keyProperties)
    : ODataController where T : class
{
    private static readonly ODataQuerySettings QuerySettings = new()
    {
        HandleNullPropagation = HandleNullPropagationOption.False,
        EnsureStableOrdering = false,
        // Literals stay constants, for UtcTimestamps and DirectDateComparisons; EF Core writes them as escaped SQL literals.
        EnableConstantParameterization = false,
    };

    private ILogger? logger;

    /// <summary>The set's rows, as EF Core reads them.</summary>
    protected IQueryable<T> Rows => services.Db.Set<T>();

    private ILogger Logger => logger ??= services.Loggers.CreateLogger(GetType());

    /// <summary>GET /odata/Set: the rows, filtered, ordered and paged.</summary>
    public Task<IActionResult> Get(ODataQueryOptions<T> options, CancellationToken cancellation) =>
        Query(Rows, options, cancellation);

    protected async Task<IActionResult> Query(IQueryable<T> source, ODataQueryOptions<T>? options,
        CancellationToken cancellation)
    {
        if (options is null || !ModelState.IsValid) return InvalidRequest();
        try
        {
            var limits = services.Options.Value;
            Validate(options, AllowedQueryOptions.Filter | AllowedQueryOptions.OrderBy | AllowedQueryOptions.Top
                | AllowedQueryOptions.Skip | AllowedQueryOptions.Count | AllowedQueryOptions.Select
                | AllowedQueryOptions.Expand | AllowedQueryOptions.SkipToken | AllowedQueryOptions.Format);

            var filtered = options.Filter is null
                ? source
                : DirectDateComparisons.Apply(UtcTimestamps.Apply((IQueryable<T>)options.Filter.ApplyTo(source, QuerySettings)));
            // GET /odata/Documents/$count[?$filter=…]: the number alone, as text.
            if (Request.ODataFeature().Path?.LastSegment is CountSegment)
                return Content((await filtered.LongCountAsync(cancellation)).ToString(CultureInfo.InvariantCulture), "text/plain");
            long? count = options.Count?.Value == true ? await filtered.LongCountAsync(cancellation) : null;

            var order = Order(options.OrderBy);
            if (options.RawValues.SkipToken is { } token)
                filtered = Keyset.After(filtered, order, Keyset.Decode(token, order) ?? throw new ODataException(
                    "Ogiltig $skiptoken: använd @odata.nextLink som den är, med samma $filter och $orderby."));
            IQueryable<T> ordered = Keyset.Order(filtered, order);

            var skip = options.Skip?.Value ?? 0;
            var top = options.Top?.Value;
            var pageSize = PageSize(limits.PageSize);
            var take = Math.Min(top ?? int.MaxValue, pageSize);
            // One row more than the page tells whether a next page exists, without a second query.
            var mayContinue = top is null || top > take;
            if (skip > 0) ordered = ordered.Skip(skip);
            var page = ordered.Take(mayContinue ? take + 1 : take);

            var (rows, keys) = await Read(page, options.SelectExpand, order, cancellation);
            if (mayContinue && rows.Count > take)
            {
                rows.RemoveAt(take);
                Request.ODataFeature().NextLink = NextLink(Keyset.Encode(keys[take - 1]), top - take);
            }
            Request.ODataFeature().TotalCount = count;
            if (options.SelectExpand is null && limits.DirectJson && ODataJsonPage<T>.For(Request, rows, count) is { } direct)
                return direct;
            return Ok(rows);
        }
        catch (Exception e) when (IsQueryError(e))
        {
            return QueryError(e);
        }
    }

    /// <summary>GET /odata/Set(key): the one row, with $select and $expand, or a 404 OData error.</summary>
    protected async Task<IActionResult> Single(IQueryable<T> matching, ODataQueryOptions<T>? options, string key,
        CancellationToken cancellation)
    {
        if (options is null || !ModelState.IsValid) return InvalidRequest();
        try
        {
            Validate(options, AllowedQueryOptions.Select | AllowedQueryOptions.Expand | AllowedQueryOptions.Format);
            var (rows, _) = await Read(matching.Take(1), options.SelectExpand, [], cancellation);
            return rows.Count == 0
                ? new ODataErrorResult(404, $"Det finns ingen rad med nyckeln {key} i {Request.ODataFeature().Path?.FirstSegment.Identifier}.")
                : Ok(rows[0]);
        }
        catch (Exception e) when (IsQueryError(e))
        {
            return QueryError(e);
        }
    }

    private void Validate(ODataQueryOptions<T> options, AllowedQueryOptions allowed)
    {
        var limits = services.Options.Value;
        options.Validate(new ODataValidationSettings
        {
            AllowedQueryOptions = allowed,
            MaxTop = limits.MaxTop,
            MaxSkip = int.MaxValue,
            MaxNodeCount = limits.MaxNodeCount,
            MaxOrderByNodeCount = 10,
            MaxExpansionDepth = 1,
        });
    }

    /// <summary>
    /// Reads a page in one query (one more per expanded collection, never one per row): the rows as the OData
    /// serializer wants them ($select/$expand applied in SQL) and, alongside, each row's values of the order.
    /// </summary>
    private async Task<(IList Rows, List<object?[]> Keys)> Read(IQueryable<T> page, SelectExpandQueryOption? selectExpand,
        IReadOnlyList<OrderColumn> order, CancellationToken cancellation)
    {
        LambdaExpression shape;
        if (selectExpand is not null)
        {
            Request.ODataFeature().SelectExpandClause = selectExpand.SelectExpandClause;
            var applied = selectExpand.ApplyTo(page, QuerySettings);
            shape = (LambdaExpression)((UnaryExpression)((MethodCallExpression)applied.Expression).Arguments[1]).Operand;
        }
        else
        {
            var parameter = Expression.Parameter(typeof(T), "r");
            shape = Expression.Lambda(parameter, parameter);
        }
        var row = shape.Parameters[0];
        var projection = Expression.Lambda<Func<T, PageRow>>(Expression.MemberInit(Expression.New(typeof(PageRow)),
            Expression.Bind(typeof(PageRow).GetProperty(nameof(PageRow.Row))!, Expression.Convert(shape.Body, typeof(object))),
            Expression.Bind(typeof(PageRow).GetProperty(nameof(PageRow.Keys))!, Keyset.Values(row, order))), row);
        var query = DirectDateComparisons.Apply(UtcTimestamps.Apply(page.Select(projection)));
        if (selectExpand?.SelectExpandClause.SelectedItems.OfType<ExpandedNavigationSelectItem>()
                .Any(e => e.PathToNavigationProperty.LastSegment is NavigationPropertySegment { NavigationProperty: var p } && p.Type.IsCollection()) == true)
            query = query.AsSplitQuery();

        var read = await query.ToListAsync(cancellation);
        var rows = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(shape.ReturnType), read.Count)!;
        foreach (var r in read) rows.Add(r.Row);
        return (rows, read.Select(r => r.Keys).ToList());
    }

    private sealed class PageRow
    {
        public object? Row { get; init; }
        public object?[] Keys { get; init; } = [];
    }

    /// <summary>The order of a page: the $orderby properties, then the key (or the set's default order).</summary>
    private List<OrderColumn> Order(OrderByQueryOption? orderBy)
    {
        var columns = new List<OrderColumn>();
        for (var clause = orderBy?.OrderByClause; clause is not null; clause = clause.ThenBy)
        {
            if (clause.Expression is not SingleValuePropertyAccessNode { Source: ResourceRangeVariableReferenceNode, Property.Name: var name })
                throw new ODataException("$orderby stöds bara på mängdens egna egenskaper, t.ex. $orderby=ValidTo desc,Title.");
            if (columns.All(c => c.Property.Name != name))
                columns.Add(new OrderColumn(typeof(T).GetProperty(name)!, clause.Direction == OrderByDirection.Descending));
        }
        foreach (var name in columns.Count == 0 ? defaultOrder : keyProperties)
            if (columns.All(c => c.Property.Name != name))
                columns.Add(new OrderColumn(typeof(T).GetProperty(name)!, false));
        return columns;
    }

    private static bool IsQueryError(Exception e) =>
        e is ODataException
        || e is InvalidOperationException or NotSupportedException or ArgumentException or PostgresException { SqlState: ['2', '2', ..] }
            && !Hosting.DatabaseUnavailable.Is(e);

    private IActionResult QueryError(Exception e)
    {
        if (e is ODataException) return new ODataErrorResult(400, e.Message);
        // A query the parser accepts but SQL cannot express (or PostgreSQL rejects as data error).
        Logger.LogInformation(e, "OData query could not run in PostgreSQL: {Query}", Request.QueryString);
        // The framework's text names internal LINQ and SQL: it goes to the log, not to the client.
        return new ODataErrorResult(400, "Frågan kan inte utföras i databasen. Förenkla filtret eller sorteringen (till exempel utan " +
                                         "funktioner på datum- och talfält) och försök igen.");
    }

    private ODataErrorResult InvalidRequest()
    {
        var message = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        return new ODataErrorResult(400, string.IsNullOrWhiteSpace(message) ? "Ogiltig fråga." : message);
    }

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

    /// <summary>This request again from the row after the last one sent: same options, a $skiptoken instead of $skip.</summary>
    private Uri NextLink(string skipToken, int? remaining)
    {
        var query = QueryHelpers.ParseQuery(Request.QueryString.Value)
            .Where(q => q.Key is not ("$skip" or "$top" or "$skiptoken"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("$skiptoken", skipToken));
        if (remaining is { } top) query = query.Append(new("$top", top.ToString(CultureInfo.InvariantCulture)));
        var relative = Request.Path.Value![(ODataSetup.RoutePrefix.Length + 2)..];
        return new Uri(QueryHelpers.AddQueryString(new Uri(ODataProtocol.ServiceRoot(Request), relative).ToString(), query));
    }
}
