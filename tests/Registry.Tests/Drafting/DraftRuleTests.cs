namespace Registry.Tests.Drafting;

public sealed class DraftRuleTests
{
    [Fact]
    public void Draft_records_the_trimmed_title_the_normalised_kind_and_the_named_owners_dated_today()
    {
        var document = Scenario.When(new DraftDocument("  Riktlinje för test ", " Riktlinje ", ["SRO", "  ", " VVG "]))
            .Then(new DocumentDrafted(DocumentId, "Riktlinje för test", "riktlinje", ["SRO", "VVG"], null, null, false,
                Today, Recording));

        Assert.Equal(DocumentStatus.Draft, document.Status);
        Assert.Equal(1, document.Version);
        Assert.Equal(new[] { "SRO", "VVG" }, document.OwnerBodies);
    }

    [Fact]
    public void Draft_keeps_its_own_date_parent_link_and_all_parties_flag()
    {
        var url = "https://example.se/riktlinje.pdf";
        Scenario.When(new DraftDocument("Avtal", "avtal", ["VVG"], OtherDocumentId, url, true, Date(2019, 10, 1)))
            .Then(new DocumentDrafted(DocumentId, "Avtal", "avtal", ["VVG"], OtherDocumentId, url, true, Date(2019, 10, 1), Recording));
    }

    [Fact]
    public void Draft_of_a_configured_extra_kind_is_accepted()
    {
        Scenario.When(new DraftDocument("Program", "VÅRDPROGRAM", ["VVG"]))
            .Then(new DocumentDrafted(DocumentId, "Program", "vårdprogram", ["VVG"], null, null, false, Today, Recording));
    }

    [Fact]
    public void Draft_without_a_title_is_rejected()
    {
        Scenario.When(new DraftDocument("  ", "riktlinje", ["VVG"])).ThenRejects("title", "Titel måste anges.");
    }

    [Fact]
    public void Draft_without_a_kind_is_rejected()
    {
        Scenario.When(new DraftDocument("Titel", " ", ["VVG"])).ThenRejects("kind", "Dokumenttyp måste anges.");
    }

    [Fact]
    public void Draft_of_an_unknown_kind_is_rejected_naming_the_allowed_kinds()
    {
        Scenario.When(new DraftDocument("Titel", "policy", ["VVG"])).ThenRejects("kind",
            "Okänd dokumenttyp \"policy\". Tillåtna: avtal, overenskommelse, riktlinje, handlingsplan, strategi, uppdragshandling, rutin, vårdprogram.");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Draft_without_an_owner_body_is_rejected(bool blankOnly)
    {
        IReadOnlyList<string>? owners = blankOnly ? [" ", ""] : null;
        Scenario.When(new DraftDocument("Titel", "riktlinje", owners))
            .ThenRejects("ownerBodies", "Minst ett ägande organ måste anges.");
    }

    [Theory]
    [InlineData("/dokument/riktlinje.pdf")]
    [InlineData("ftp://example.se/riktlinje.pdf")]
    [InlineData("riktlinje.pdf")]
    public void Draft_with_a_link_that_is_not_a_web_address_is_rejected(string url)
    {
        Scenario.When(new DraftDocument("Titel", "riktlinje", ["VVG"], OfficialTextUrl: url))
            .ThenRejects("officialTextUrl", "Länken till dokumentets text måste vara en fullständig adress (https://…).");
    }

    [Fact]
    public void Draft_names_its_parent_as_a_document_that_must_exist()
    {
        Assert.Equal(new[] { new DocumentReference(OtherDocumentId, "parentId") },
            new DraftDocument("Titel", "riktlinje", ["VVG"], OtherDocumentId).ReferencedDocuments);
        Assert.Empty(new DraftDocument("Titel", "riktlinje", ["VVG"]).ReferencedDocuments);
    }
}
