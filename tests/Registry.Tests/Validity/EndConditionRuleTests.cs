using Registry.Provenance;

namespace Registry.Tests.Validity;

/// <summary>Issue 12 point 3: an end in words with a review date, for a document in force until further notice.</summary>
public sealed class EndConditionRuleTests
{
    private const string Structure = "tills dess en ny struktur finns på plats";

    [Fact]
    public void A_document_until_further_notice_gets_an_end_condition_and_a_review_date_that_is_a_deadline()
    {
        var document = Scenario.Given(InForce(openEnded: true))
            .When(new SetEndCondition($" {Structure} ", Date(2027, 6, 30), Vvg(Date(2026, 6, 12))))
            .Then(new EndConditionSet(DocumentId, 1, Structure, Date(2027, 6, 30), Vvg(Date(2026, 6, 12)), Recording));

        Assert.Equal(new EndCondition(1, Structure, Date(2027, 6, 30)), document.CurrentEndCondition());
        Assert.True(document.UntilFurtherNotice());
        Assert.Contains(new Deadline(WarningKind.ReviewDate, "", Date(2027, 6, 30), "Gäller tills: " + Structure), Deadlines.Of(document));
        Assert.Equal(DocumentStatus.InForce, document.EffectiveStatus(Date(2099, 1, 1)));
    }

    [Fact]
    public void A_source_without_a_review_date_leaves_it_open_and_nothing_is_warned()
    {
        var document = Scenario.Given(InForce(openEnded: true)).When(new SetEndCondition(Structure))
            .Then(new EndConditionSet(DocumentId, 1, Structure, null, null, Recording));

        Assert.Null(document.CurrentEndCondition()!.ReviewOn);
        Assert.DoesNotContain(Deadlines.Of(document), d => d.Kind == WarningKind.ReviewDate);
    }

    [Fact]
    public void The_review_date_keeps_its_precision()
    {
        var precision = new Dictionary<string, DatePrecision> { ["reviewOn"] = DatePrecision.Year };
        var document = Scenario.Given(InForce(openEnded: true)).When(new SetEndCondition(Structure, Date(2027, 12, 31), Precision: precision))
            .Then(new EndConditionSet(DocumentId, 1, Structure, Date(2027, 12, 31), null, Recording, Precision: precision));

        Assert.Equal(DatePrecision.Year, document.CurrentEndCondition()!.ReviewOnPrecision);
    }

    [Fact]
    public void A_document_with_an_end_date_gets_no_end_condition()
    {
        Scenario.Given(InForce()).When(new SetEndCondition(Structure))
            .ThenRejects("condition", "Dokumentet gäller till 2023-12-31; ett villkor för upphörande gäller bara ett dokument som gäller tills vidare.");
    }

    [Fact]
    public void A_draft_gets_no_end_condition()
    {
        Scenario.Given(Draft()).When(new SetEndCondition(Structure))
            .ThenRejects("status", "Endast ett gällande dokument kan få ett villkor för upphörande (status: Utkast).");
    }

    [Fact]
    public void The_condition_must_be_given()
    {
        Scenario.Given(InForce(openEnded: true)).When(new SetEndCondition(" "))
            .ThenRejects("condition", "Villkoret måste anges.");
    }

    [Fact]
    public void The_review_date_lies_after_the_start()
    {
        Scenario.Given(InForce(openEnded: true)).When(new SetEndCondition(Structure, Date(2019, 12, 31)))
            .ThenRejects("reviewOn", "Omprövningen måste ligga efter startdatumet 2020-01-01.");
    }

    [Fact]
    public void A_later_text_version_or_an_end_date_replaces_the_condition()
    {
        IDocumentEvent[] withCondition = [.. InForce(openEnded: true), new EndConditionSet(DocumentId, 1, Structure, Date(2027, 6, 30), null, Recording)];
        var revised = Scenario.Fold([.. withCondition, RevisionBegun(), EnteredIntoForce(Date(2024, 1, 1), openEnded: true, textVersion: 2, replacesPreviousVersion: true)])!;

        Assert.Null(revised.CurrentEndCondition());
        Assert.DoesNotContain(Deadlines.Of(revised), d => d.Kind == WarningKind.ReviewDate);
    }

    [Fact]
    public void The_review_date_is_worded_for_every_channel()
    {
        Assert.Equal("Omprövning av villkor för upphörande", WarningKind.ReviewDate.Label());
        Assert.Equal("reviewDate", WarningKind.ReviewDate.Key());
        Assert.Equal("Dokumentet gäller tills vidare och ska senast 2027-06-30 prövas mot sitt villkor för upphörande. Gäller tills: " + Structure + ".",
            WarningText.Meaning("reviewDate", Date(2027, 6, 30), "Gäller tills: " + Structure));
        Assert.StartsWith("Om villkoret är uppfyllt, eller dokumentet ska förlängas, revideras eller upphöra, krävs beslut av VVG.",
            WarningText.Action("reviewDate", ["VVG"]));
    }
}
