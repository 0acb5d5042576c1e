using Registry.Documents;
using Registry.Provenance;
using Registry.Tests.Rules;
using static Registry.Tests.Rules.History;
using static Registry.Tests.Rules.Scenario;

namespace Registry.Tests.Provenance;

/// <summary>Source, note and date precision on every step (ADR 0024), as pure rules.</summary>
public sealed class ProvenanceRuleTests
{
    private static readonly Source Point6 = new("VVG", Date(2023, 12, 15), "6");

    private static Dictionary<string, DatePrecision> Precision(string input, DatePrecision precision) => new() { [input] = precision };

    [Fact]
    public void An_extension_records_its_source_note_and_precision_and_describes_them()
    {
        var document = Scenario.Given(InForce(to: Date(2023, 12, 31)))
            .When(new ExtendDocument(Date(2026, 12, 31), Vvg(Date(2023, 12, 15), "6"), true, " 477 kr/timme ",
                Point6 with { Body = " VVG " }, Precision("newValidTo", DatePrecision.Day)))
            .Then(new DocumentExtended(DocumentId, 1, Date(2023, 12, 31), Date(2026, 12, 31), Vvg(Date(2023, 12, 15), "6"),
                true, "477 kr/timme", Recording, Point6));

        var description = new DocumentExtended(DocumentId, 1, Date(2023, 12, 31), Date(2026, 12, 31), Vvg(Date(2023, 12, 15), "6"),
            true, "477 kr/timme", Recording, Point6).Describe();
        Assert.Equal(DatePrecision.Day, document.ValidToPrecision);
        Assert.Equal("VVG 2023-12-15 punkt 6", Source.Show(description.Source));
        Assert.Equal("477 kr/timme", description.Note);
    }

    [Fact]
    public void A_step_without_a_source_reads_as_kalla_saknas()
    {
        var drafted = Drafted();

        Assert.Null(drafted.Describe().Source);
        Assert.Equal("källa saknas", Source.Show(drafted.Describe().Source));
    }

    [Theory]
    [InlineData("2021-06-14", DatePrecision.Day, "2021-06-14")]
    [InlineData("2021-06-01", DatePrecision.Month, "juni 2021")]
    [InlineData("2015-01-01", DatePrecision.Year, "2015")]
    [InlineData("2015-01-01", DatePrecision.Approximate, "ca 2015")]
    [InlineData(null, DatePrecision.Unknown, "okänt")]
    public void Dates_are_shown_as_people_write_them(string? date, DatePrecision precision, string shown)
    {
        var value = date is null ? (NodaTime.LocalDate?)null : NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;

        Assert.Equal(shown, DatePrecisions.Show(value, precision));
    }

    [Fact]
    public void A_source_cites_the_meeting_and_point_as_the_minutes_number_it()
    {
        Assert.Equal("VVG 2023-12-15 punkt 6", Point6.ToString());
        Assert.Equal("VVG ca 2021 punkt 4", new Source("VVG", Date(2021, 1, 1), "4", MeetingDatePrecision: DatePrecision.Approximate).ToString());
        Assert.Equal("Brev från Borås Stad 2024-02-01", new Source(Reference: "Brev från Borås Stad 2024-02-01").ToString());
        Assert.Equal("SRO 2021-11-19 punkt 9", new DecisionReference("SRO", Date(2021, 11, 19), "9").ToString());
    }

    [Fact]
    public void A_precision_for_an_input_that_is_no_date_of_the_step_is_rejected_naming_it()
    {
        Scenario.Given(InForce()).When(new ExtendDocument(Date(2026, 12, 31), Vvg(Date(2023, 12, 1)),
                Precision: Precision("validFrom", DatePrecision.Month)))
            .ThenRejects("precision.validFrom", "\"validFrom\" är inget datum i det här steget. Precision kan anges för: newValidTo, resumesOn.");
    }

    [Fact]
    public void A_month_precision_needs_the_first_or_last_day_of_the_month()
    {
        Scenario.Given(InForce()).When(new ExtendDocument(Date(2026, 6, 14), Vvg(Date(2023, 12, 1)),
                Precision: Precision("newValidTo", DatePrecision.Month)))
            .ThenRejects("newValidTo", "Ett datum med precision månad anges som månadens första eller sista dag (t.ex. 2021-06-01 för juni 2021).");
    }

    [Fact]
    public void A_source_without_body_or_reference_is_rejected()
    {
        Scenario.Given(InForce()).When(new ExtendDocument(Date(2026, 12, 31), Vvg(Date(2023, 12, 1)), Source: new Source(AgendaItem: "4")))
            .ThenRejects("source", "Källan måste ange ett organ (med mötesdatum och punkt) eller en annan referens, t.ex. ett brev eller ett protokoll.");
    }

    [Fact]
    public void An_unknown_start_is_recorded_without_a_date_and_shown_as_okant()
    {
        var unknown = Precision("validFrom", DatePrecision.Unknown);
        var document = Scenario.Given(Draft())
            .When(new EnterIntoForce(null, Date(2023, 12, 31), Source: Point6, Precision: unknown))
            .Then(new DocumentEnteredIntoForce(DocumentId, 1, null, Date(2023, 12, 31), null, null, false, Recording, Point6,
                Precision: new SortedDictionary<string, DatePrecision>(unknown, StringComparer.Ordinal)));

        Assert.Null(document.ValidFrom);
        Assert.Equal(DatePrecision.Unknown, document.ValidFromPrecision);
        Assert.Null(Assert.Single(document.ValidityPeriods).From);
        var description = new DocumentEnteredIntoForce(DocumentId, 1, null, Date(2023, 12, 31), null, null, false, Recording,
            Point6, null, unknown).Describe();
        Assert.Equal("Version 1 gäller okänt – 2023-12-31", description.Summary);
        Assert.Equal(DatePrecision.Unknown, description.BusinessDatePrecision);
        Assert.Equal(Point6, description.Source);
    }

    [Fact]
    public void A_start_left_out_without_saying_it_is_unknown_is_rejected()
    {
        Scenario.Given(Draft()).When(new EnterIntoForce(null, Date(2023, 12, 31)))
            .ThenRejects("validFrom", "Gäller från måste anges, eller precisionen Okänt om källan inte anger startdatumet.");
    }

    [Fact]
    public void A_date_given_with_precision_unknown_is_rejected()
    {
        Scenario.Given(Draft()).When(new EnterIntoForce(Date(2020, 1, 1), Precision: Precision("validFrom", DatePrecision.Unknown)))
            .ThenRejects("validFrom", "Datumet validFrom är okänt enligt precisionen och ska lämnas tomt.");
    }

    [Fact]
    public void A_revision_begun_at_an_unknown_date_has_no_date()
    {
        var document = Scenario.Given(InForce())
            .When(new DraftRevision("Ny version", null, Point6, Precision: Precision("draftedOn", DatePrecision.Unknown)))
            .Then(new RevisionDrafted(DocumentId, 2, "Ny version", null, Recording, Point6,
                Precision: new SortedDictionary<string, DatePrecision>(Precision("draftedOn", DatePrecision.Unknown), StringComparer.Ordinal)));

        Assert.Null(document.PendingRevision!.DraftedOn);
        Assert.Equal(DatePrecision.Unknown, document.PendingRevision.DraftedOnPrecision);
    }

    [Fact]
    public void A_draft_of_unknown_date_does_not_take_todays_date()
    {
        var drafted = new DraftDocument("Riktlinje", "riktlinje", ["VVG"], Precision: Precision("draftedOn", DatePrecision.Unknown))
            .Decide(DocumentId, Context(), Kinds);

        Assert.Null(drafted.DraftedOn);
        Assert.Contains("okänt", drafted.Describe().Summary);
    }

    [Fact]
    public void An_agreement_for_all_the_countys_49_municipalities_needs_49_decisions_and_VGRs_does_not_count()
    {
        var drafted = new DraftDocument("Naturbruk", "avtal", ["SRO"], AdoptionRequirement: AdoptionRequirement.AllMunicipalities)
            .Decide(DocumentId, Context(), Kinds);
        var document = Scenario.Given(drafted).When(new Adopt(Parties.Region, Date(2018, 5, 1)))
            .Then(new DocumentAdopted(DocumentId, Parties.Region, Date(2018, 5, 1), null, 1, Recording));

        Assert.Equal(AdoptionRequirement.AllMunicipalities, document.AdoptionRequirement);
        Assert.Equal(49, document.RequiredAdoptions);
        Assert.Equal(0, document.AdoptionCount);
        Assert.False(document.RequiresAllParties);
    }

    [Fact]
    public void All_50_and_the_49_municipalities_cannot_both_be_required()
    {
        Scenario.When(new DraftDocument("Avtal", "avtal", ["SRO"], RequiresAllParties: true,
                AdoptionRequirement: AdoptionRequirement.AllMunicipalities))
            .ThenRejects("adoptionRequirement", "Ange antingen beslut hos alla 50 huvudmän eller ett annat krav, inte båda.");
    }

    [Theory]
    [InlineData(EndorsementOutcome.Noted)]
    [InlineData(EndorsementOutcome.Deferred)]
    [InlineData(EndorsementOutcome.Struck)]
    public void An_information_point_changes_neither_the_status_nor_the_latest_decision(EndorsementOutcome outcome)
    {
        var document = Scenario.Given(Draft()).When(new Endorse(outcome, Vvg(Date(2021, 9, 1))))
            .Then(new DocumentEndorsed(DocumentId, Vvg(Date(2021, 9, 1)), outcome, null, null, 1, Recording));

        Assert.Equal(DocumentStatus.Draft, document.Status);
        Assert.Null(document.LastDecision);
        Assert.Single(document.Endorsements);
    }

    [Theory]
    [InlineData(EndorsementOutcome.HandedToPrincipals, "Överlämnar till huvudmännen för beslut")]
    [InlineData(EndorsementOutcome.RecommendedToEnterAgreement, "Rekommenderar huvudmännen att träffa avtal")]
    public void Handing_on_and_recommending_an_agreement_move_a_draft_on_as_decisions(EndorsementOutcome outcome, string label)
    {
        var document = Scenario.Given(Draft()).When(new Endorse(outcome, Vvg(Date(2021, 9, 1)), Wording: " SRO … "))
            .Then(new DocumentEndorsed(DocumentId, Vvg(Date(2021, 9, 1)), outcome, null, null, 1, Recording, Wording: "SRO …"));

        Assert.Equal(DocumentStatus.Endorsed, document.Status);
        Assert.Equal(Vvg(Date(2021, 9, 1)), document.LastDecision);
        Assert.Equal(label, outcome.Label());
    }

    [Fact]
    public void An_information_point_after_a_decision_leaves_that_decision_the_latest()
    {
        var document = Scenario.Given([.. Draft(), new DocumentEndorsed(DocumentId, Vvg(Date(2021, 9, 1)), EndorsementOutcome.Endorsed, null, null, 1, Recording)])
            .When(new Endorse(EndorsementOutcome.Noted, new DecisionReference("SRO", Date(2021, 11, 19), "9")))
            .Then(new DocumentEndorsed(DocumentId, new DecisionReference("SRO", Date(2021, 11, 19), "9"), EndorsementOutcome.Noted,
                null, null, 1, Recording));

        Assert.Equal(Vvg(Date(2021, 9, 1)), document.LastDecision);
        Assert.Equal(DocumentStatus.Endorsed, document.Status);
    }

    [Theory]
    [InlineData(DocumentStatus.Adopted, "Antaget")]
    [InlineData(DocumentStatus.NoticeGiven, "Uppsagt")]
    [InlineData(DocumentStatus.Withdrawn, "Återkallat")]
    [InlineData(DocumentStatus.Endorsed, "Tillstyrkt")]
    public void Status_labels_are_neuter_like_dokumentet_and_avtalet(DocumentStatus status, string label)
    {
        Assert.Equal(label, status.Label());
    }
}
