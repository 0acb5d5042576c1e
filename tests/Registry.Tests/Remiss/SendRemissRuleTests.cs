namespace Registry.Tests.Remiss;

public sealed class SendRemissRuleTests
{
    [Fact]
    public void Remiss_without_recipients_goes_to_the_region_and_all_49_municipalities()
    {
        var document = Scenario.Given(Draft())
            .When(new SendRemiss(Date(2021, 10, 1), Date(2021, 12, 31), Subject: " Synpunkter "))
            .Then(new RemissSent(DocumentId, 1, 1, "Synpunkter", Date(2021, 10, 1), Date(2021, 12, 31), Parties.All, Recording));

        Assert.Equal(DocumentStatus.InConsultation, document.Status);
        Assert.Equal(50, document.OpenConsultation!.Recipients.Count);
    }

    [Fact]
    public void Remiss_recipients_are_resolved_to_parties_trimmed_and_deduplicated()
    {
        Scenario.Given(Draft())
            .When(new SendRemiss(Date(2021, 10, 1), Date(2021, 12, 31), ["VGR", " Borås kommun ", "borås", " "], OtherRecipients: [" SRO "]))
            .Then(new RemissSent(DocumentId, 1, 1, null, Date(2021, 10, 1), Date(2021, 12, 31),
                [Parties.Region, "Borås", "SRO"], Recording));
    }

    [Fact]
    public void An_unknown_recipient_among_the_huvudman_is_rejected_naming_its_place()
    {
        Scenario.Given(Draft())
            .When(new SendRemiss(Date(2021, 10, 1), Date(2021, 12, 31), ["Borås", "Bxrås kommun"]))
            .ThenRejects("recipients[1]", "\"Bxrås kommun\" är inte en huvudman: ange Västra Götalandsregionen eller en av de 49 kommunerna, " +
                "eller ange organet under andra mottagare.");
    }

    [Fact]
    public void Named_bodies_go_with_all_huvudman_when_no_huvudman_is_named()
    {
        var document = Scenario.Given(Draft())
            .When(new SendRemiss(Date(2021, 10, 1), Date(2021, 12, 31), OtherRecipients: ["Regionstyrelsen", "Hälso- och sjukvårdsstyrelsen"]))
            .Then(new RemissSent(DocumentId, 1, 1, null, Date(2021, 10, 1), Date(2021, 12, 31),
                [.. Parties.All, "Regionstyrelsen", "Hälso- och sjukvårdsstyrelsen"], Recording));

        Assert.Equal(52, document.OpenConsultation!.MissingResponders.Count());
    }

    [Fact]
    public void A_huvudman_given_as_another_body_is_rejected()
    {
        Scenario.Given(Draft())
            .When(new SendRemiss(Date(2021, 10, 1), Date(2021, 12, 31), ["Ale"], OtherRecipients: ["Borås kommun"]))
            .ThenRejects("otherRecipients", "Borås kommun är en huvudman: ange den bland mottagarna bland huvudmännen.");
    }

    [Fact]
    public void Remiss_may_be_answered_the_day_it_is_sent()
    {
        Scenario.Given(Draft()).When(new SendRemiss(Date(2021, 10, 1), Date(2021, 10, 1), ["Ale"]))
            .Then(new RemissSent(DocumentId, 1, 1, null, Date(2021, 10, 1), Date(2021, 10, 1), ["Ale"], Recording));
    }

    [Fact]
    public void Remiss_with_the_deadline_before_the_sending_date_is_rejected()
    {
        Scenario.Given(Draft()).When(new SendRemiss(Date(2021, 10, 1), Date(2021, 9, 30)))
            .ThenRejects("responseDeadline", "Sista svarsdag kan inte ligga före datumet då remissen skickas.");
    }

    [Fact]
    public void Second_remiss_while_one_is_open_is_rejected()
    {
        Scenario.Given(OnRemiss()).When(new SendRemiss(Date(2021, 11, 1), Date(2021, 12, 31)))
            .ThenRejects("status", "Det finns redan en öppen remiss. Stäng den innan en ny skickas.");
    }

    [Fact]
    public void Remiss_after_a_closed_one_is_the_next_number()
    {
        Scenario.Given([.. OnRemiss(), new RemissClosed(DocumentId, 1, Date(2022, 1, 10), Recording)])
            .When(new SendRemiss(Date(2022, 2, 1), Date(2022, 3, 1), ["Ale"]))
            .Then(new RemissSent(DocumentId, 2, 1, null, Date(2022, 2, 1), Date(2022, 3, 1), ["Ale"], Recording));
    }

    [Fact]
    public void Remiss_for_a_revision_is_about_the_new_version_and_the_document_stays_in_force()
    {
        var document = Scenario.Given(InRevision()).When(new SendRemiss(Date(2023, 7, 1), Date(2023, 9, 1), ["Ale"]))
            .Then(new RemissSent(DocumentId, 1, 2, null, Date(2023, 7, 1), Date(2023, 9, 1), ["Ale"], Recording));

        Assert.Equal(DocumentStatus.InForce, document.Status);
    }

    [Fact]
    public void Remiss_for_a_document_in_force_without_a_revision_is_rejected()
    {
        Scenario.Given(InForce()).When(new SendRemiss(Date(2023, 7, 1), Date(2023, 9, 1)))
            .ThenRejects("status", "Remiss kan bara skickas för ett utkast eller en pågående revidering.");
    }

    [Fact]
    public void Remiss_for_a_withdrawn_document_is_rejected()
    {
        Scenario.Given(Withdrawn()).When(new SendRemiss(Date(2023, 7, 1), Date(2023, 9, 1)))
            .ThenRejects("status", "Remiss kan bara skickas för ett utkast eller en pågående revidering.");
    }
}
