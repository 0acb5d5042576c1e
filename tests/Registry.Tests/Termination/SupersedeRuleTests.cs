namespace Registry.Tests.Termination;

public sealed class SupersedeRuleTests
{
    [Fact]
    public void Superseded_document_stops_being_in_force_the_day_before_its_successor_takes_over()
    {
        var document = Scenario.Given(InForce())
            .When(new Supersede(OtherDocumentId, Date(2022, 1, 1), new DecisionReference(" VVG ", Date(2021, 12, 1), "5")))
            .Then(new DocumentSuperseded(DocumentId, OtherDocumentId, Date(2022, 1, 1), Vvg(Date(2021, 12, 1)), Recording));

        Assert.Equal(DocumentStatus.Superseded, document.Status);
        Assert.Equal(OtherDocumentId, document.SupersededBy);
        Assert.Equal(Date(2021, 12, 31), document.ValidTo);
    }

    [Fact]
    public void Draft_may_be_superseded_on_any_date()
    {
        var document = Scenario.Given(Draft()).When(new Supersede(OtherDocumentId, Date(2018, 1, 1)))
            .Then(new DocumentSuperseded(DocumentId, OtherDocumentId, Date(2018, 1, 1), null, Recording));

        Assert.Null(document.ValidTo);
    }

    [Fact]
    public void Document_cannot_supersede_itself()
    {
        Scenario.Given(InForce()).When(new Supersede(DocumentId, Date(2022, 1, 1)))
            .ThenRejects("supersededById", "Ett dokument kan inte ersätta sig självt.");
    }

    [Theory]
    [InlineData(2020, 1, 1)]
    [InlineData(2019, 6, 1)]
    public void Document_cannot_be_superseded_before_it_entered_into_force(int year, int month, int day)
    {
        Scenario.Given(InForce()).When(new Supersede(OtherDocumentId, Date(year, month, day)))
            .ThenRejects("supersededOn", "Dokumentet kan inte ersättas innan det har trätt i kraft (2020-01-01).");
    }

    [Fact]
    public void Supersession_on_a_decision_without_a_body_is_rejected()
    {
        Scenario.Given(InForce()).When(new Supersede(OtherDocumentId, Date(2022, 1, 1), new DecisionReference("", Date(2022, 1, 1))))
            .ThenRejects("decision.body", "Beslutande organ måste anges.");
    }

    [Theory]
    [MemberData(nameof(History.EndedStates), MemberType = typeof(History))]
    public void Ended_document_cannot_be_superseded(string state)
    {
        var status = Scenario.Given(Ended(state)).Document.Status.Label();
        Scenario.Given(Ended(state)).When(new Supersede(OtherDocumentId, Date(2024, 6, 1)))
            .ThenRejects("status", $"Styrdokumentet har status \"{status}\" och kan inte ändras.");
    }

    [Fact]
    public void Supersession_names_the_successor_as_a_document_that_must_exist()
    {
        Assert.Equal(new[] { new DocumentReference(OtherDocumentId, "supersededById") },
            new Supersede(OtherDocumentId, Date(2022, 1, 1)).ReferencedDocuments);
    }
}
