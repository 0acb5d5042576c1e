namespace Registry.Tests.OData;

/// <summary>What each entity set shows for one document taken through its lifecycle, recorded through the API.</summary>
public sealed class ReadModelTests(RegistryApp app)
{
    private readonly ODataFeed _feed = new(app.Api().Http);

    /// <summary>Draft, remiss to three recipients with one answer, endorsement, adoption, entry into force, extension.</summary>
    public static async Task<Guid> LifecycleWithExtension(ApiClient api, string title)
    {
        var id = await api.Draft(title, "avtal", new { requiresAllParties = true, officialTextUrl = "https://example.org/avtal.pdf" });
        await api.Ok(id, "send-remiss", new { sentOn = "2019-09-01", responseDeadline = "2019-10-31", recipients = new[] { "Ale", "Borås", "VGR" } });
        await api.Ok(id, "record-remiss-response", new { recipient = "Ale", stance = "approveWithComments", respondedOn = "2019-10-15" });
        await api.Ok(id, "close-remiss", new { closedOn = "2019-11-01" });
        await api.Ok(id, "endorse", new { outcome = "recommendedToPrincipals", decision = Decisions.Sro("2019-11-29", "4") });
        await api.Ok(id, "adopt", new { party = "Ale", decidedOn = "2019-12-10" });
        await api.Ok(id, "enter-into-force", new { validFrom = "2020-01-01", validTo = "2023-12-31", noticePeriodMonths = 12 });
        await api.Ok(id, "extend", new { newValidTo = "2026-12-31", withEditorialChanges = true, decision = Decisions.Vvg("2023-12-15", "6") });
        return id;
    }

    [Fact]
    public async Task Documents_show_the_current_state_right_after_a_step_is_recorded()
    {
        var api = app.Api();
        var id = await LifecycleWithExtension(api, ODataFeed.UniquePrefix("Läs") + " avtal");

        var document = Assert.Single(await _feed.Rows($"/odata/Documents?$filter=Id eq {id}"));

        Assert.Equal("InForce", document["Status"]!.GetValue<string>());
        Assert.Equal("Gällande", document["StatusLabel"]!.GetValue<string>());
        Assert.Equal("avtal", document["Kind"]!.GetValue<string>());
        Assert.Equal(8, document["Version"]!.GetValue<long>());
        Assert.Equal("2020-01-01", document["ValidFrom"]!.GetValue<string>());
        Assert.Equal("2026-12-31", document["ValidTo"]!.GetValue<string>());
        Assert.Equal("2023-12-31", document["OriginalValidTo"]!.GetValue<string>());
        Assert.Equal(1, document["ExtensionCount"]!.GetValue<int>());
        Assert.Equal("2025-12-31", document["NoticeDeadline"]!.GetValue<string>());
        Assert.Equal(1, document["AdoptionCount"]!.GetValue<int>());
        Assert.Equal(50, document["RequiredAdoptions"]!.GetValue<int>());
        Assert.Equal("VVG", document["LastDecisionBody"]!.GetValue<string>());
        Assert.Equal("2023-12-15", document["LastDecisionDate"]!.GetValue<string>());
        Assert.Equal("https://example.org/avtal.pdf", document["Link"]!.GetValue<string>());
        Assert.True(document.ContainsKey("OpenRemissDeadline"));
        Assert.Null(document["OpenRemissDeadline"]);
    }

    [Fact]
    public async Task Validity_periods_history_and_decisions_of_a_document()
    {
        var id = await LifecycleWithExtension(app.Api(), ODataFeed.UniquePrefix("Läs") + " avtal");

        var periods = await _feed.Rows($"/odata/ValidityPeriods?$filter=DocumentId eq {id}&$orderby=Number");
        Assert.Equal(["Original", "Extension"], periods.Select(p => p["Basis"]!.GetValue<string>()));
        Assert.Equal(["2020-01-01", "2024-01-01"], periods.Select(p => p["ValidFrom"]!.GetValue<string>()));
        Assert.True(periods[1]["WithEditorialChanges"]!.GetValue<bool>());
        Assert.Equal("6", periods[1]["DecisionAgendaItem"]!.GetValue<string>());

        var history = await _feed.Rows($"/odata/LifecycleEvents?$filter=DocumentId eq {id}&$orderby=Sequence");
        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), history.Select(e => e["Sequence"]!.GetValue<long>()));
        Assert.Equal("document_extended", history[^1]["Type"]!.GetValue<string>());
        Assert.Equal("2023-12-15", history[^1]["BusinessDate"]!.GetValue<string>());
        Assert.Equal("Förlängt: Slutdatum 2023-12-31 → 2026-12-31, VVG 2023-12-15 punkt 6; med redaktionella ändringar",
            history[^1]["Summary"]!.GetValue<string>());
        Assert.All(history, e => Assert.False(string.IsNullOrEmpty(e["RecordedBy"]!.GetValue<string>())));

        var decisions = await _feed.Rows($"/odata/Decisions?$filter=DocumentId eq {id}&$orderby=MeetingDate");
        Assert.Equal(["Endorsement", "Adoption", "Extension"], decisions.Select(d => d["Kind"]!.GetValue<string>()));
        Assert.Equal(["SRO", "Ale", "VVG"], decisions.Select(d => d["Body"]!.GetValue<string>()));
        Assert.Equal("4", decisions[0]["AgendaItem"]!.GetValue<string>());
        Assert.Equal("rekommenderar huvudmännen att anta", decisions[0]["Outcome"]!.GetValue<string>());
        Assert.Equal("Ale", decisions[1]["Party"]!.GetValue<string>());
    }

    [Fact]
    public async Task Consultations_show_recipients_responses_and_who_is_missing()
    {
        var id = await LifecycleWithExtension(app.Api(), ODataFeed.UniquePrefix("Läs") + " avtal");

        var consultation = Assert.Single(await _feed.Rows($"/odata/Consultations?$filter=DocumentId eq {id}"));
        Assert.Equal("2019-10-31", consultation["ResponseDeadline"]!.GetValue<string>());
        Assert.Equal("2019-11-01", consultation["ClosedOn"]!.GetValue<string>());
        Assert.Equal(3, consultation["RecipientCount"]!.GetValue<int>());
        Assert.Equal(1, consultation["ResponseCount"]!.GetValue<int>());
        Assert.Equal("Borås, Västra Götalandsregionen", consultation["MissingResponders"]!.GetValue<string>());

        var missing = await _feed.Rows($"/odata/ConsultationResponses?$filter=DocumentId eq {id} and not Responded&$orderby=Recipient");
        Assert.Equal(["Borås", "Västra Götalandsregionen"], missing.Select(r => r["Recipient"]!.GetValue<string>()));
        var answered = Assert.Single(await _feed.Rows($"/odata/ConsultationResponses?$filter=DocumentId eq {id} and RespondedOn ge 2019-10-01"));
        Assert.Equal("ApproveWithComments", answered["Stance"]!.GetValue<string>());
    }

    [Fact]
    public async Task String_functions_in_and_select_run_on_the_feed()
    {
        var prefix = ODataFeed.UniquePrefix("Str");
        var api = app.Api();
        await api.Draft($"{prefix} Riktlinje om SIP", "riktlinje");
        await api.Draft($"{prefix} Avtal om hälso- och sjukvård", "avtal");
        await api.Draft($"{prefix} Handlingsplan psykisk hälsa", "handlingsplan");

        var rows = await _feed.Rows($"/odata/Documents?$filter=startswith(Title,'{prefix}') and Kind in ('avtal','riktlinje') and contains(tolower(Title),'sip') eq false&$select=Title,Kind");

        var row = Assert.Single(rows);
        Assert.Equal(["Title", "Kind"], row.Select(p => p.Key).Where(k => !k.StartsWith('@')).Order().Reverse());
        Assert.Equal("avtal", row["Kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Quotes_in_a_filter_literal_are_data_not_SQL()
    {
        var prefix = ODataFeed.UniquePrefix("Citat");
        await app.Api().Draft($"{prefix} O'Brien's riktlinje");

        var rows = await _feed.Rows($"/odata/Documents?$filter=Title eq '{prefix} O''Brien''s riktlinje' or Title eq '{prefix}'';drop table registry.odata_documents;--'&$select=Title");

        Assert.Equal($"{prefix} O'Brien's riktlinje", Assert.Single(rows)["Title"]!.GetValue<string>());
    }
}
