using System.Reflection;
using Registry.ReadModels;

namespace Registry.Tests.Reliability;

/// <summary>
/// Generates OData queries that Excel users, scripts or attackers might send: every entity set and property
/// combined with broken syntax, wrong types, impossible dates, unsupported functions and absurd paging.
/// </summary>
public static class HostileODataQueries
{
    private static readonly (string Set, Type Row)[] Sets =
    [
        ("Documents", typeof(DocumentRow)), ("ValidityPeriods", typeof(ValidityPeriodRow)),
        ("LifecycleEvents", typeof(LifecycleEventRow)), ("Decisions", typeof(DecisionRow)),
        ("Consultations", typeof(ConsultationRow)), ("ConsultationResponses", typeof(ConsultationResponseRow)),
    ];

    private static readonly string[] Literals =
    [
        "'x'", "'", "''''", "2026-02-30", "2026-13-01", "0000-01-01", "9999-12-31", "null", "1e400",
        "-9223372036854775809", "true", "guid'x'", "00000000-0000-0000-0000-000000000000", "2026-01-01T25:00:00Z",
        "duration'P1D'", "'%27;drop table registry.mt_events;--'", "'" + new string('å', 3000) + "'", "@p", "$it", "-",
    ];

    private static readonly string[] FilterShapes =
    [
        "{0} eq {1}", "{0} ge {1}", "year({0}) eq 2026", "month({0}) gt 13", "day({0}) eq {1}", "contains({0},'a')",
        "startswith({0},{1})", "tolower({0}) eq 'a'", "{0} in ('a',{1})", "{0} add 1 eq 2", "not {0}", "{0} has 'x'",
        "cast({0},Edm.Int32) eq 1", "isof({0},Edm.String)", "length({0}) eq 0", "substring({0},-1) eq ''",
        "substring({0},1,-5) eq ''", "indexof({0},'x') eq 0", "{0}/any(x:x eq 1)", "round({0}) eq 1",
        "date({0}) eq 2026-01-01", "{0} mod 0 eq 1", "now() gt {0}", "fractionalseconds({0}) eq 0",
        "matchesPattern({0},'[')", "({0} eq {1}", "{0} eq {1})", "{0} eq {1} and", "concat({0},{1}) eq 'x'",
    ];

    private static readonly string[] Paging =
    [
        "$top=2147483648", "$top=-1", "$skip=-5", "$skip=99999999999", "$skip=2147483647", "$count=true&$top=0",
        "$orderby={0} sideways", "$orderby={0} desc,{0} asc", "$select={0},Nope", "$select=*", "$select={0}/x",
        "$expand={0}", "$format=xml", "$format=application/json;odata.metadata=full", "$filter=", "$orderby=",
        "$levels=max", "$compute={0} add 1 as y", "$index=1", "$schemaversion=9",
    ];

    public static IEnumerable<string> Generate(int seed)
    {
        var random = new Random(seed);
        foreach (var (set, row) in Sets)
        {
            var properties = row.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToList();
            foreach (var property in properties)
            {
                foreach (var shape in FilterShapes.Where((_, i) => i % 3 == property.Length % 3))
                    yield return $"/odata/{set}?$filter={Escape(string.Format(shape, property, Literals[random.Next(Literals.Length)]))}";
                foreach (var option in Paging.Where((_, i) => i % 4 == property.Length % 4))
                    yield return $"/odata/{set}?{string.Format(option, property)}";
            }
            yield return $"/odata/{set}(guid'not-a-key')";
            yield return $"/odata/{set}/$count?$filter=" + Escape(string.Join(" or ", Enumerable.Repeat("1 eq 1", 500)));
            yield return $"/odata/{set}?$filter=" + Escape(new string('(', 300) + "true" + new string(')', 300));
        }
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
