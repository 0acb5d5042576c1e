namespace Registry.Tests.Adoption;

public sealed class AdoptionTests(RegistryApp app) : ApiTests(app)
{
    private Task<Guid> AgreementForAllParties() => Api.Draft(kind: "avtal", extra: new { requiresAllParties = true });

    [Fact]
    public async Task An_adoption_by_the_region_is_recorded_with_its_decision()
    {
        var id = await Api.Draft();

        await Api.Ok(id, "adopt", new { party = "VGR", decidedOn = "2018-03-20", decision = new { body = "Regionstyrelsen", meetingDate = "2018-03-20", agendaItem = "12" } });

        var document = await Api.Document(id);
        Assert.Equal("Antaget", document.Text("statusLabel"));
        var adoption = document["document"]!["adoptions"]!.AsArray().Single();
        Assert.Equal("Västra Götalandsregionen", adoption.Text("party"));
        Assert.Equal("2018-03-20", adoption.Text("decidedOn"));
        JsonAssert.Decision(adoption!["decision"], "Regionstyrelsen", "2018-03-20", "12");
        Assert.Equal("Västra Götalandsregionen", (await Api.LastEvent(id, "document_adopted")).Text("party"));
    }

    [Fact]
    public async Task An_agreement_for_all_parties_shows_how_many_of_50_have_adopted()
    {
        var id = await AgreementForAllParties();

        await Api.Ok(id, "adopt", new { party = "VGR", decidedOn = "2018-03-20" });
        await Api.Ok(id, "adopt", new { party = "Borås kommun", decidedOn = "2018-04-02" });

        var state = await Api.State(id);
        Assert.Equal(2, state.Number("adoptionCount"));
        Assert.Equal(50, state.Number("requiredAdoptions"));
        Assert.Equal("Borås", state!["adoptions"]![1].Text("party"));
    }

    [Fact]
    public async Task The_count_reaches_50_of_50_when_every_party_has_adopted()
    {
        var id = await AgreementForAllParties();

        foreach (var party in Parties.All) await Api.Ok(id, "adopt", new { party, decidedOn = "2018-04-30" });

        var state = await Api.State(id);
        Assert.Equal(50, state.Number("adoptionCount"));
        Assert.Equal(50, state.Number("requiredAdoptions"));
    }

    [Theory]
    [InlineData("Borås", "Borås kommun", "2018-04-03", "Borås har redan antagit version 1 av dokumentet.")]
    [InlineData(null, "Region Halland", "2018-04-02",
        "\"Region Halland\" är inte en huvudman: ange Västra Götalandsregionen eller en av de 49 kommunerna.")]
    public async Task A_party_cannot_adopt_the_same_version_twice_and_someone_who_is_not_a_party_cannot_adopt(
        string? adopted, string party, string decidedOn, string message)
    {
        var id = await AgreementForAllParties();
        if (adopted is not null) await Api.Ok(id, "adopt", new { party = adopted, decidedOn = "2018-04-02" });

        await Api.Rejects(id, "adopt", new { party, decidedOn }, "party", message);
    }

    [Fact]
    public async Task A_document_without_the_all_parties_rule_requires_no_count()
    {
        var id = await Api.Draft();
        await Api.Ok(id, "adopt", new { party = "Ale", decidedOn = "2018-04-02" });

        var state = await Api.State(id);
        Assert.Equal(1, state.Number("adoptionCount"));
        Assert.Equal(0, state.Number("requiredAdoptions"));
    }
}
