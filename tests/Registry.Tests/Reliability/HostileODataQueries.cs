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

    // {0} a property of the set, {1} a navigation property, {2} a literal, {3} a $skiptoken.
    private static readonly string[] ExpandAndSkipToken =
    [
        "$expand={1}", "$expand={1}($select={0})", "$expand={1}($filter={0} eq {2})", "$expand={1}($orderby={0} desc;$top=1;$skip=1)",
        "$expand={1}($expand={1})", "$expand={1}($levels=max)", "$expand={1}($top=-1)", "$expand={1}($filter=year({0}) eq 2026)",
        "$expand=*", "$expand={1},{1}", "$expand={1}/$ref", "$expand={1}($count=true)", "$expand={1}($search=x)", "$expand={1}(",
        "$expand={1}($select=Nope)", "$expand=Nope", "$select={0}&$expand={1}($orderby={0} sideways)",
        "$skiptoken={3}", "$skiptoken={3}&$orderby={0} desc", "$skiptoken={3}&$skip=1&$top=1", "$skiptoken=&$orderby={0}",
        "$skiptoken={3}&$skiptoken={3}", "$skiptoken={3}&$expand={1}&$filter={0} eq {2}",
    ];

    private static readonly string[] SkipTokens =
    [
        "abc", "%00", Token("[null]"), Token("[\"x\"]"), Token("[1e400]"), Token("[]"), Token("{\"a\":1}"),
        Token("[\"2026-13-01\",\"00000000-0000-0000-0000-000000000000\"]"), Token("[null,null,null,null]"),
        Token("[\"" + new string('x', 5000) + "\"]"), Token("[true]"), Token("[[1]]"), new string('A', 10_000), "====",
    ];

    private static string Token(string json) => System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(json));

    private static readonly string[] Children =
        ["ValidityPeriods", "LifecycleEvents", "Decisions", "Consultations", "ConsultationResponses", "Warnings"];

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
            foreach (var property in properties)
            {
                foreach (var option in ExpandAndSkipToken.Where((_, i) => i % 3 == property.Length % 3))
                {
                    var navigation = set == "Documents" ? Children[random.Next(Children.Length)] : "Document";
                    yield return $"/odata/{set}?" + string.Format(option, property, navigation,
                        Escape(Literals[random.Next(Literals.Length)]), SkipTokens[random.Next(SkipTokens.Length)]);
                }
            }
            yield return $"/odata/{set}(guid'not-a-key')";
            yield return $"/odata/{set}(00000000-0000-0000-0000-000000000000)?$expand=*";
            yield return $"/odata/{set}(DocumentId=00000000-0000-0000-0000-000000000000,Number='x')";
            yield return $"/odata/{set}/$count?$filter=" + Escape(string.Join(" or ", Enumerable.Repeat("1 eq 1", 500)));
            yield return $"/odata/{set}?$filter=" + Escape(new string('(', 300) + "true" + new string(')', 300));
        }
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
