namespace Registry.Tests.OData;

/// <summary>The date filters analysts send from Excel and Power BI: right rows, computed by PostgreSQL.</summary>
public sealed class DateFilterTests(RegistryApp app) : ApiTests(app)
{
    private readonly ODataFeed _feed = new(app.Api().Http);
    private readonly string _prefix = ODataFeed.UniquePrefix("Datum");

    /// <summary>A ends 2025-12-31; B ends 2026-06-30; C ended 2024-12-31 and was extended to 2026-12-31; D is a draft.</summary>
    private async Task<(Guid A, Guid B, Guid C, Guid D)> Registry()
    {
        var a = await InForce("A", "2020-01-01", "2025-12-31");
        var b = await InForce("B", "2024-01-01", "2026-06-30");
        var c = await InForce("C", "2022-01-01", "2024-12-31");
        await Api.Ok(c, "extend", new { newValidTo = "2026-12-31", decision = Decisions.Vvg("2024-11-15", "7") });
        var d = await Api.Draft($"{_prefix} D");
        return (a, b, c, d);
    }

    private async Task<Guid> InForce(string name, string from, string to)
    {
        var id = await Api.Draft($"{_prefix} {name}");
        await Api.Ok(id, "enter-into-force", new { validFrom = from, validTo = to });
        return id;
    }

    private async Task<List<string>> Titles(string set, string filter, string titleProperty = "Title") =>
        (await _feed.Rows($"/odata/{set}?$filter=startswith({titleProperty},'{_prefix}') and {filter}&$select={titleProperty}"))
        .Select(r => r[titleProperty]!.GetValue<string>()[(_prefix.Length + 1)..]).Order().ToList();

    [Fact]
    public async Task Date_literal_comparisons_return_the_documents_in_range()
    {
        await Registry();

        Assert.Equal(["B", "C"], await Titles("Documents", "ValidTo ge 2026-01-01"));
        Assert.Equal(["A"], await Titles("Documents", "ValidTo lt 2026-01-01"));
        Assert.Equal(["C"], await Titles("Documents", "OriginalValidTo eq 2024-12-31 and ValidTo gt OriginalValidTo"));
        Assert.Equal(["D"], await Titles("Documents", "ValidTo eq null"));
    }

    [Fact]
    public async Task Year_month_and_day_functions_work_on_dates()
    {
        await Registry();

        Assert.Equal(["B", "C"], await Titles("Documents", "year(ValidTo) eq 2026"));
        Assert.Equal(["C"], await Titles("Documents", "year(ValidTo) eq 2026 and month(ValidTo) eq 12 and day(ValidTo) eq 31"));
        Assert.Equal(["A", "B"], await Titles("Documents", "not (month(ValidTo) eq 12 and year(ValidTo) eq 2026) and ValidTo ne null"));
    }

    [Fact]
    public async Task Point_in_time_on_validity_periods_shows_what_was_in_force_on_a_date()
    {
        var (_, _, c, _) = await Registry();
        const string onMidsummer2025 = "ValidFrom le 2025-06-01 and (ValidTo eq null or ValidTo ge 2025-06-01)";
        const string onMidsummer2023 = "ValidFrom le 2023-06-01 and (ValidTo eq null or ValidTo ge 2023-06-01)";

        Assert.Equal(["A", "B", "C"], await Titles("ValidityPeriods", onMidsummer2025, "DocumentTitle"));
        Assert.Equal(["A", "C"], await Titles("ValidityPeriods", onMidsummer2023, "DocumentTitle"));

        var periodOfC = Assert.Single(await _feed.Rows($"/odata/ValidityPeriods?$filter=DocumentId eq {c} and {onMidsummer2025}"));
        Assert.Equal("Extension", periodOfC["Basis"]!.GetValue<string>());
        Assert.Equal("2025-01-01", periodOfC["ValidFrom"]!.GetValue<string>());
        Assert.Equal("2026-12-31", periodOfC["ValidTo"]!.GetValue<string>());
        Assert.Equal("VVG", periodOfC["DecisionBody"]!.GetValue<string>());
        Assert.Equal("2024-11-15", periodOfC["DecisionDate"]!.GetValue<string>());
    }

    [Fact]
    public async Task Date_filters_run_as_SQL_and_PostgreSQL_returns_only_the_matching_rows()
    {
        await Registry();
        Assert.Equal(["B", "C"], await Titles("Documents", "ValidTo ge 2026-01-01"));
        Assert.Equal(["B", "C"], await Titles("Documents", "year(ValidTo) eq 2026"));
        Assert.Equal(["A", "B", "C"], await Titles("ValidityPeriods", "ValidFrom le 2025-06-01 and (ValidTo eq null or ValidTo ge 2025-06-01)", "DocumentTitle"));

        Assert.Collection(SqlLog.ReadsContaining(_prefix),
            read => AssertFilteredInSql(read, "odata_documents", "o.valid_to >= DATE '2026-01-01'", 2),
            read => AssertFilteredInSql(read, "odata_documents", "date_part('year', o.valid_to)", 2),
            read => AssertFilteredInSql(read, "odata_validity_periods", "o.valid_from <= DATE '2025-06-01'", 3));
    }

    private static void AssertFilteredInSql((string Sql, int RowsRead) read, string table, string datePredicate, int rows)
    {
        var where = read.Sql[read.Sql.IndexOf("WHERE", StringComparison.Ordinal)..];
        // Documents is read through the query that computes today's status (ADR 0027): a subquery on the same table.
        Assert.Contains($"from registry.{table}", read.Sql, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(Regex.Escape(datePredicate).Replace(@"o\.", @"\w+\."), where);
        Assert.Equal(rows, read.RowsRead);
    }

    [Fact]
    public async Task Timestamps_filter_with_any_offset()
    {
        var (_, _, c, _) = await Registry();
        var events = await _feed.Rows($"/odata/LifecycleEvents?$filter=DocumentId eq {c}&$orderby=Sequence");
        var recordedAt = DateTimeOffset.Parse(events[^1]["RecordedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var stockholm = recordedAt.ToOffset(TimeSpan.FromHours(1)).ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture);

        var same = await _feed.Rows($"/odata/LifecycleEvents?$filter=DocumentId eq {c} and RecordedAt ge {Uri.EscapeDataString(stockholm)}");
        var later = await _feed.Rows($"/odata/LifecycleEvents?$filter=DocumentId eq {c} and RecordedAt gt {Uri.EscapeDataString(stockholm)}");

        Assert.Contains(same, e => e["Type"]!.GetValue<string>() == "document_extended");
        Assert.DoesNotContain(later, e => e["Id"]!.GetValue<string>() == events[^1]["Id"]!.GetValue<string>());
    }
}
