using Xunit.Sdk;

namespace Registry.Tests.Rules;

/// <summary>The helper itself: events compare by value, lists included, and a rejection must match exactly.</summary>
public sealed class ScenarioTests
{
    [Fact]
    public void History_folds_through_the_projection_with_a_version_per_event()
    {
        var document = Scenario.Given(OnRemiss()).Document;

        Assert.Equal(2, document.Version);
        Assert.Equal(DocumentId, document.Id);
        Assert.Equal(DocumentStatus.InConsultation, document.Status);
        Assert.Equal(Recording.At, document.LastChangedAt);
    }

    [Fact]
    public void Events_compare_by_value_including_their_lists()
    {
        Scenario.Given(Draft()).When(new SendRemiss(Date(2021, 10, 1), Date(2021, 12, 31), ["Ale"]))
            .Then(new RemissSent(DocumentId, 1, 1, null, Date(2021, 10, 1), Date(2021, 12, 31), new List<string> { "Ale" }, Recording));

        Assert.Throws<EqualException>(() => Scenario.Given(Draft())
            .When(new SendRemiss(Date(2021, 10, 1), Date(2021, 12, 31), ["Ale"]))
            .Then(new RemissSent(DocumentId, 1, 1, null, Date(2021, 10, 1), Date(2021, 12, 31), ["Ale", "Borås"], Recording)));
    }

    [Fact]
    public void Then_fails_when_who_recorded_differs()
    {
        Assert.Throws<EqualException>(() => Scenario.Given(InForce()).When(new ExpireDocument())
            .Then(new DocumentExpired(DocumentId, Date(2023, 12, 31), Recording with { By = "någon annan" })));
    }

    [Fact]
    public void Then_fails_when_the_command_is_rejected()
    {
        Assert.Throws<RuleViolation>(() => Scenario.Given(Draft()).When(new ExpireDocument())
            .Then(new DocumentExpired(DocumentId, Date(2023, 12, 31), Recording)));
    }

    [Fact]
    public void ThenRejects_fails_when_the_command_succeeds_or_the_message_or_field_differs()
    {
        var expire = Scenario.Given(InForce()).When(new ExpireDocument(), Date(2023, 6, 1));
        expire.ThenRejects("validTo", "Slutdatumet 2023-12-31 har inte passerat ännu.");
        Assert.ThrowsAny<XunitException>(() => Scenario.Given(InForce()).When(new ExpireDocument(), Date(2024, 1, 1))
            .ThenRejects("validTo", "Slutdatumet 2023-12-31 har inte passerat ännu."));
        Assert.ThrowsAny<XunitException>(() => expire.ThenRejects("status", "Slutdatumet 2023-12-31 har inte passerat ännu."));
        Assert.ThrowsAny<XunitException>(() => expire.ThenRejects("validTo", "Slutdatumet har inte passerat ännu."));
    }
}
