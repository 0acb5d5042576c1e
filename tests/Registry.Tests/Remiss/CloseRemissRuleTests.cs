namespace Registry.Tests.Remiss;

public sealed class CloseRemissRuleTests
{
    [Fact]
    public void Closing_the_remiss_of_a_draft_makes_it_a_draft_again()
    {
        var document = Scenario.Given(OnRemiss()).When(new CloseRemiss(Date(2022, 1, 10)))
            .Then(new RemissClosed(DocumentId, 1, Date(2022, 1, 10), Recording));

        Assert.Equal(DocumentStatus.Draft, document.Status);
        Assert.Null(document.OpenConsultation);
    }

    [Fact]
    public void Closing_the_remiss_of_an_endorsed_draft_returns_it_to_endorsed()
    {
        var endorsed = new DocumentEndorsed(DocumentId, Vvg(Date(2021, 9, 1)), EndorsementOutcome.Endorsed, null, null, 1, Recording);
        var document = Scenario.Given(Drafted(), endorsed, SentOnRemiss()).When(new CloseRemiss(Date(2021, 10, 1)))
            .Then(new RemissClosed(DocumentId, 1, Date(2021, 10, 1), Recording));

        Assert.Equal(DocumentStatus.Endorsed, document.Status);
    }

    [Fact]
    public void Remiss_cannot_be_closed_before_it_was_sent()
    {
        Scenario.Given(OnRemiss()).When(new CloseRemiss(Date(2021, 9, 30)))
            .ThenRejects("closedOn", "Remissen kan inte stängas före utskicksdatumet 2021-10-01.");
    }

    [Fact]
    public void Closing_without_an_open_remiss_is_rejected()
    {
        Scenario.Given(Draft()).When(new CloseRemiss(Date(2021, 10, 1)))
            .ThenRejects("status", "Det finns ingen öppen remiss för dokumentet.");
    }
}
