using Microsoft.OData.Edm;

namespace Registry.Web.OData;

/// <summary>
/// OData binds a comparison of two dates as <c>Y*10000 + M*100 + D</c> on each side, which PostgreSQL evaluates
/// row by row and cannot serve from an index. This turns it back into a plain comparison of the two dates, with
/// the same result (nulls still compare false), so <c>ValidTo ge 2026-01-01</c> becomes
/// <c>valid_to &gt;= DATE '2026-01-01'</c>.
/// </summary>
public sealed class DirectDateComparisons : ExpressionVisitor
{
    private static readonly DirectDateComparisons Instance = new();

    public static IQueryable<T> Apply<T>(IQueryable<T> query) =>
        query.Provider.CreateQuery<T>(Instance.Visit(query.Expression));

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan
                or ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual
            && DateOf(node.Left) is { } left && DateOf(node.Right) is { } right)
            return Expression.MakeBinary(node.NodeType, left, right);
        return base.VisitBinary(node);
    }

    /// <summary>The date X of <c>X.Year * 10000 + X.Month * 100 + X.Day</c>, or null for anything else.</summary>
    private static Expression? DateOf(Expression expression)
    {
        // A nullable date makes the sum int?, lifted with a Convert.
        while (expression is UnaryExpression { NodeType: ExpressionType.Convert } convert) expression = convert.Operand;
        if (expression is not BinaryExpression { NodeType: ExpressionType.Add, Left: BinaryExpression { NodeType: ExpressionType.Add } yearAndMonth, Right: var day }
            || yearAndMonth.Left is not BinaryExpression { NodeType: ExpressionType.Multiply } year
            || yearAndMonth.Right is not BinaryExpression { NodeType: ExpressionType.Multiply } month
            || !IsConstant(year.Right, 10000) || !IsConstant(month.Right, 100))
            return null;
        var date = Part(year.Left, nameof(DateOnly.Year));
        if (date is null || !Same(date, Part(month.Left, nameof(DateOnly.Month))) || !Same(date, Part(day, nameof(DateOnly.Day))))
            return null;
        return date switch
        {
            { Type: var type } when type == typeof(DateOnly) => date,
#pragma warning disable CS0618 // OData 8 still hands a date literal over as its own (obsolete) Date type.
            ConstantExpression { Value: Date literal } => Expression.Constant(new DateOnly(literal.Year, literal.Month, literal.Day)),
#pragma warning restore CS0618
            _ => null,
        };
    }

    private static Expression? Part(Expression expression, string name) =>
        expression is MemberExpression { Member.Name: var member, Expression: { } date } && member == name ? date : null;

    private static bool Same(Expression a, Expression? b) => b is not null && a.ToString() == b.ToString();

    private static bool IsConstant(Expression expression, int value) =>
        expression is ConstantExpression { Value: int constant } && constant == value;
}
