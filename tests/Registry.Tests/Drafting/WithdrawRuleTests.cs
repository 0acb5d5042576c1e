namespace Registry.Tests.Drafting;

public sealed class WithdrawRuleTests
{
    [Fact]
    public void Draft_is_withdrawn_with_the_trimmed_reason()
    {
        var document = Scenario.Given(Draft()).When(new WithdrawDraft(Date(2021, 3, 1), " Ersätts inte "))
            .Then(new DraftWithdrawn(DocumentId, Date(2021, 3, 1), "Ersätts inte", Recording));

        Assert.Equal(DocumentStatus.Withdrawn, document.Status);
    }

    [Fact]
    public void Withdrawal_closes_the_open_remiss_on_the_same_day()
    {
        var document = Scenario.Given(OnRemiss()).When(new WithdrawDraft(Date(2021, 11, 1)))
            .Then(new RemissClosed(DocumentId, 1, Date(2021, 11, 1), Recording),
                new DraftWithdrawn(DocumentId, Date(2021, 11, 1), null, Recording));

        Assert.Null(document.OpenConsultation);
        Assert.Equal(DocumentStatus.Withdrawn, document.Status);
    }

    [Fact]
    public void Withdrawal_dated_before_the_remiss_was_sent_closes_it_on_its_sending_date()
    {
        Scenario.Given(OnRemiss()).When(new WithdrawDraft(Date(2021, 9, 1)))
            .Then(new RemissClosed(DocumentId, 1, Date(2021, 10, 1), Recording),
                new DraftWithdrawn(DocumentId, Date(2021, 9, 1), null, Recording));
    }

    [Fact]
    public void Endorsed_and_adopted_documents_can_still_be_withdrawn()
    {
        var adopted = Scenario.Given(Draft()).When(new Adopt("Borås", Date(2021, 1, 1))).Then(
            new DocumentAdopted(DocumentId, "Borås", Date(2021, 1, 1), null, 1, Recording));
        Assert.Equal(DocumentStatus.Adopted, adopted.Status);

        Scenario.Given(Adopted("Borås", Date(2021, 1, 1)))
            .When(new WithdrawDraft(Date(2021, 3, 1)))
            .Then(new DraftWithdrawn(DocumentId, Date(2021, 3, 1), null, Recording));
    }

    [Theory, MemberData(nameof(Refusals))]
    public void Refused(Refusal refusal) => refusal.Check();

    private static string OnlyBeforeInForce(string status) => $"Endast ett dokument som inte har trätt i kraft kan återkallas (status: {status}).";

    public static Refusals Refusals => new Refusals
    {
        { "Document in force cannot be withdrawn", InForce(), new WithdrawDraft(Date(2021, 3, 1)), "status", OnlyBeforeInForce("Gällande") },
        { "Withdrawn document cannot be withdrawn again", Withdrawn(), new WithdrawDraft(Date(2021, 4, 1)), "status", OnlyBeforeInForce("Återkallat") },
    };
}
