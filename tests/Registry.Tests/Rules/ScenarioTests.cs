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

    [Fact]
    public void A_refusal_row_is_labelled_with_its_rule_and_checks_like_ThenRejects()
    {
        var row = Assert.Single(new Refusals
        {
            { "Expiry before the end date is refused", InForce(), new ExpireDocument(), "validTo", "Slutdatumet 2023-12-31 har inte passerat ännu.", Date(2023, 6, 1) },
        });

        Assert.Equal("Expiry before the end date is refused", row.Label);
        row.Data.Check();
        Assert.ThrowsAny<XunitException>(() => (row.Data with { Today = Date(2024, 1, 1) }).Check());
        Assert.ThrowsAny<XunitException>(() => (row.Data with { Field = "status" }).Check());
    }

    [Fact]
    public void Only_in_force_refuses_a_draft_an_agreement_under_notice_and_every_ended_document_by_status()
    {
        var rows = new Refusals().OnlyInForce("Only in force", new ExpireDocument(), status => $"status: {status}").ToList();

        Assert.Equal(["Only in force (draft)", "Only in force (agreement under notice)", "Only in force (withdrawn)",
            "Only in force (expired)", "Only in force (superseded)"], rows.Select(r => r.Label));
        Assert.Equal(["status: Utkast", "status: Uppsagt", "status: Återkallat", "status: Upphört", "status: Ersatt"],
            rows.Select(r => r.Data.Message));
        Assert.All(rows, r => Assert.Equal(Scenario.Given(r.Data.History).Document.Status.Label(), r.Data.Message[8..]));
    }
}
