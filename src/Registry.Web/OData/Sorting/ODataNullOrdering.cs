using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;
#pragma warning disable EF1001 // Npgsql's SQL generator and options are internal API; pinned by the package version.
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.Internal;
using Npgsql.EntityFrameworkCore.PostgreSQL.Query.Internal;

namespace Registry.Web.OData;

/// <summary>
/// OData orders null before every value ascending and after every value descending; PostgreSQL does the reverse.
/// Every ORDER BY item that can be null gets <c>NULLS FIRST</c> (ascending) or <c>NULLS LAST</c> (descending), so
/// the database sorts as OData says and as Power Query does without folding. Columns declared NOT NULL are left
/// bare, so the primary key and other plain indexes still serve their order (docs/adr/0020).
/// </summary>
public sealed class ODataNullOrderingSqlGenerator(QuerySqlGeneratorDependencies dependencies,
    IRelationalTypeMappingSource typeMappingSource, Version postgresVersion)
    : NpgsqlQuerySqlGenerator(dependencies, typeMappingSource, reverseNullOrderingEnabled: false, postgresVersion)
{
    protected override Expression VisitOrdering(OrderingExpression orderingExpression)
    {
        var result = base.VisitOrdering(orderingExpression);
        if (CanBeNull(orderingExpression.Expression))
            Sql.Append(orderingExpression.IsAscending ? " NULLS FIRST" : " NULLS LAST");
        return result;
    }

    private static bool CanBeNull(SqlExpression expression) => expression switch
    {
        ColumnExpression column => column.IsNullable,
        SqlConstantExpression constant => constant.Value is null,
        _ => true,
    };
}

public sealed class ODataNullOrderingSqlGeneratorFactory(QuerySqlGeneratorDependencies dependencies,
    IRelationalTypeMappingSource typeMappingSource, INpgsqlSingletonOptions options) : IQuerySqlGeneratorFactory
{
    public QuerySqlGenerator Create() =>
        new ODataNullOrderingSqlGenerator(dependencies, typeMappingSource, options.PostgresVersion);
}
