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
    public void Named_bodies_go_with_all_huvudman_when_no_huvudman_is_named()
    {
        var document = Scenario.Given(Draft())
            .When(new SendRemiss(Date(2021, 10, 1), Date(2021, 12, 31), OtherRecipients: ["Regionstyrelsen", "Hälso- och sjukvårdsstyrelsen"]))
            .Then(new RemissSent(DocumentId, 1, 1, null, Date(2021, 10, 1), Date(2021, 12, 31),
                [.. Parties.All, "Regionstyrelsen", "Hälso- och sjukvårdsstyrelsen"], Recording));

        Assert.Equal(52, document.OpenConsultation!.MissingResponders.Count());
    }

    [Fact]
    public void Remiss_may_be_answered_the_day_it_is_sent()
    {
        Scenario.Given(Draft()).When(new SendRemiss(Date(2021, 10, 1), Date(2021, 10, 1), ["Ale"]))
            .Then(new RemissSent(DocumentId, 1, 1, null, Date(2021, 10, 1), Date(2021, 10, 1), ["Ale"], Recording));
    }

    [Fact]
    public void Remiss_after_a_closed_one_is_the_next_number()
    {
        Scenario.Given(BackFromRemiss())
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

    [Theory, MemberData(nameof(Refusals))]
    public void Refused(Refusal refusal) => refusal.Check();

    private const string OnlyDraftOrRevision = "Remiss kan bara skickas för ett utkast eller en pågående revidering.";

    public static Refusals Refusals => new Refusals
    {
        { "An unknown recipient among the huvudman is rejected naming its place", Draft(), new SendRemiss(Date(2021, 10, 1), Date(2021, 12, 31), ["Borås", "Bxrås kommun"]),
            "recipients[1]", "\"Bxrås kommun\" är inte en huvudman: ange Västra Götalandsregionen eller en av de 49 kommunerna, eller ange organet under andra mottagare." },
        { "A huvudman given as another body is rejected", Draft(), new SendRemiss(Date(2021, 10, 1), Date(2021, 12, 31), ["Ale"], OtherRecipients: ["Borås kommun"]),
            "otherRecipients", "Borås kommun är en huvudman: ange den bland mottagarna bland huvudmännen." },
        { "Remiss with the deadline before the sending date is rejected", Draft(), new SendRemiss(Date(2021, 10, 1), Date(2021, 9, 30)),
            "responseDeadline", "Sista svarsdag kan inte ligga före datumet då remissen skickas." },
        { "Second remiss while one is open is rejected", OnRemiss(), new SendRemiss(Date(2021, 11, 1), Date(2021, 12, 31)), "status", "Det finns redan en öppen remiss. Stäng den innan en ny skickas." },
        { "Remiss for a document in force without a revision is rejected", InForce(), new SendRemiss(Date(2023, 7, 1), Date(2023, 9, 1)), "status", OnlyDraftOrRevision },
        { "Remiss for a withdrawn document is rejected", Withdrawn(), new SendRemiss(Date(2023, 7, 1), Date(2023, 9, 1)), "status", OnlyDraftOrRevision },
    };
}
