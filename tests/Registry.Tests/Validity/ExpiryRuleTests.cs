namespace Registry.Tests.Validity;

public sealed class ExpiryRuleTests
{
    [Fact]
    public void Document_past_its_end_date_expires_on_that_date()
    {
        var document = Scenario.Given(InForce()).When(new ExpireDocument(), today: Date(2024, 1, 1))
            .Then(new DocumentExpired(DocumentId, Date(2023, 12, 31), Recording));

        Assert.Equal(DocumentStatus.Expired, document.Status);
    }

    [Fact]
    public void Agreement_under_notice_expires_when_the_notice_has_run_out()
    {
        Scenario.Given(UnderNotice()).When(new ExpireDocument(), today: Date(2022, 5, 1))
            .Then(new DocumentExpired(DocumentId, Date(2022, 4, 30), Recording));
    }

    [Theory]
    [InlineData(2023, 12, 31)]
    [InlineData(2023, 6, 1)]
    public void Document_cannot_expire_on_or_before_its_end_date(int year, int month, int day)
    {
        Scenario.Given(InForce()).When(new ExpireDocument(), today: Date(year, month, day))
            .ThenRejects("validTo", "Slutdatumet 2023-12-31 har inte passerat ännu.");
    }

    [Fact]
    public void Document_in_force_until_further_notice_cannot_expire()
    {
        Scenario.Given(InForce(openEnded: true)).When(new ExpireDocument())
            .ThenRejects("validTo", "Dokumentet gäller tills vidare och kan inte upphöra av sig självt.");
    }

    [Fact]
    public void Draft_cannot_expire()
    {
        Scenario.Given(Draft()).When(new ExpireDocument())
            .ThenRejects("status", "Endast ett gällande dokument kan upphöra (status: Utkast).");
    }

    [Theory]
    [MemberData(nameof(History.EndedStates), MemberType = typeof(History))]
    public void Ended_document_cannot_expire(string state)
    {
        var status = Scenario.Given(Ended(state)).Document.Status.Label();
        Scenario.Given(Ended(state)).When(new ExpireDocument())
            .ThenRejects("status", $"Endast ett gällande dokument kan upphöra (status: {status}).");
    }
}
