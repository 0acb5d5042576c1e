namespace Registry.Web.OData;

/// <summary>
/// Rewrites timestamp literals of a query to UTC. PostgreSQL's timestamptz takes any offset, but Npgsql only
/// sends offset 0, and an OData client may well write <c>RecordedAt ge 2026-01-01T00:00:00+01:00</c>.
/// </summary>
public sealed class UtcTimestamps : ExpressionVisitor
{
    private static readonly UtcTimestamps Instance = new();

    public static IQueryable<T> Apply<T>(IQueryable<T> query) =>
        query.Provider.CreateQuery<T>(Instance.Visit(query.Expression));

    protected override Expression VisitConstant(ConstantExpression node) => node.Value switch
    {
        DateTimeOffset value when value.Offset != TimeSpan.Zero => Expression.Constant(value.ToUniversalTime(), node.Type),
        _ => node,
    };
}
