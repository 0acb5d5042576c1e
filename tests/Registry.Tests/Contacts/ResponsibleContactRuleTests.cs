using Registry.Contacts;

namespace Registry.Tests.Contacts;

public sealed class ResponsibleContactRuleTests
{
    private static readonly ResponsibleContact Anna = new("Anna Andersson", "anna.andersson@vgregion.se", ContactRole.Forvaltare);

    [Fact]
    public void A_contact_is_added_with_trimmed_name_and_address()
    {
        var document = Scenario.Given(InForce())
            .When(new AddResponsibleContact(" Anna Andersson ", " anna.andersson@vgregion.se ", ContactRole.Forvaltare))
            .Then(new ResponsibleContactAdded(DocumentId, Anna, Recording));

        Assert.Equal([Anna], document.ResponsibleContacts);
    }

    [Theory]
    [InlineData("anna", "\"anna\" är ingen e-postadress (namn@exempel.se).")]
    [InlineData("Anna <anna@vgregion.se>", "\"Anna <anna@vgregion.se>\" är ingen e-postadress (namn@exempel.se).")]
    [InlineData(" ", "E-postadress måste anges.")]
    public void An_address_that_is_not_one_is_refused(string email, string message) =>
        Scenario.Given(InForce()).When(new AddResponsibleContact("Anna", email)).ThenRejects("email", message);

    [Fact]
    public void A_name_is_required() =>
        Scenario.Given(InForce()).When(new AddResponsibleContact("", "anna@vgregion.se")).ThenRejects("name", "Namn måste anges.");

    [Fact]
    public void The_same_address_twice_is_refused_whatever_its_case() =>
        Scenario.Given([.. InForce(), new ResponsibleContactAdded(DocumentId, Anna, Recording)])
            .When(new AddResponsibleContact("Anna A", "Anna.Andersson@VGREGION.se", ContactRole.Kontaktperson))
            .ThenRejects("email", "Anna.Andersson@VGREGION.se är redan ansvarig för dokumentet.");

    [Theory]
    [MemberData(nameof(EndedStates), MemberType = typeof(History))]
    public void An_ended_document_gets_no_new_contact(string state) =>
        Scenario.Given(Ended(state)).When(new AddResponsibleContact("Anna", "anna@vgregion.se"))
            .ThenRejects("status", $"Styrdokumentet har status \"{Scenario.Fold(Ended(state))!.Status.Label()}\" och kan inte ändras.");

    [Fact]
    public void A_contact_is_removed_by_address_and_the_reason_kept()
    {
        var document = Scenario.Given([.. InForce(), new ResponsibleContactAdded(DocumentId, Anna, Recording)])
            .When(new RemoveResponsibleContact("ANNA.ANDERSSON@vgregion.se", " Ny tjänst "))
            .Then(new ResponsibleContactRemoved(DocumentId, Anna.Email, "Ny tjänst", Recording));

        Assert.Empty(document.ResponsibleContacts);
    }

    [Fact]
    public void Removing_someone_who_is_not_responsible_is_refused() =>
        Scenario.Given([.. InForce(), new ResponsibleContactAdded(DocumentId, Anna, Recording)])
            .When(new RemoveResponsibleContact("bo@vgregion.se"))
            .ThenRejects("email", "bo@vgregion.se är inte ansvarig för dokumentet.");

    [Fact]
    public void Without_contacts_there_is_nobody_to_remove() =>
        Scenario.Given(InForce()).When(new RemoveResponsibleContact("bo@vgregion.se"))
            .ThenRejects("email", "Dokumentet har ingen ansvarig person.");
}
