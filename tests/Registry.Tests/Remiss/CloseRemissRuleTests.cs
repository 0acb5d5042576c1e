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
        var document = Scenario.Given([.. Endorsed(), SentOnRemiss()]).When(new CloseRemiss(Date(2021, 10, 1)))
            .Then(new RemissClosed(DocumentId, 1, Date(2021, 10, 1), Recording));

        Assert.Equal(DocumentStatus.Endorsed, document.Status);
    }

    [Theory, MemberData(nameof(Refusals))]
    public void Refused(Refusal refusal) => refusal.Check();

    public static Refusals Refusals => new Refusals
    {
        { "Remiss cannot be closed before it was sent", OnRemiss(), new CloseRemiss(Date(2021, 9, 30)), "closedOn", "Remissen kan inte stängas före utskicksdatumet 2021-10-01." },
    }.NeedsAnOpenRemiss("Closing without an open remiss is rejected", Draft(), new CloseRemiss(Date(2021, 10, 1)));
}
