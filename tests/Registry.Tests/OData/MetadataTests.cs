using System.Xml;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Validation;

namespace Registry.Tests.OData;

public sealed class MetadataTests(RegistryApp app)
{
    private async Task<IEdmModel> Metadata()
    {
        var response = await app.Api().Http.GetAsync("/odata/$metadata", TestContext.Current.CancellationToken);
        await ApiClient.Expect(response, System.Net.HttpStatusCode.OK);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        Assert.True(CsdlReader.TryParse(reader, out var model, out var errors), string.Join("; ", errors));
        return model;
    }

    [Fact]
    public async Task Metadata_parses_with_the_EDM_library_and_declares_every_entity_set()
    {
        var model = await Metadata();

        var sets = model.EntityContainer.EntitySets().ToDictionary(s => s.Name, s => s.EntityType.Name);
        Assert.Equal("Document", sets["Documents"]);
        Assert.Equal("ValidityPeriod", sets["ValidityPeriods"]);
        Assert.Equal("LifecycleEvent", sets["LifecycleEvents"]);
        Assert.Equal("Decision", sets["Decisions"]);
        Assert.Equal("Consultation", sets["Consultations"]);
        Assert.Equal("ConsultationResponse", sets["ConsultationResponses"]);
        Assert.Equal("Warning", sets["Warnings"]);
        Assert.Equal("Meeting", sets["Meetings"]);
        Assert.Equal("AgendaItem", sets["AgendaItems"]);
        Assert.Equal("Position", sets["Positions"]);
        Assert.Equal("PartyStatus", sets["PartyStatus"]);
        Assert.Equal("Relation", sets["Relations"]);
        Assert.Equal("FollowUp", sets["FollowUps"]);
        Assert.True(model.Validate(out var errors), string.Join("; ", errors.Select(e => e.ErrorMessage)));
    }

    [Fact]
    public async Task Dates_are_Edm_Date_and_timestamps_Edm_DateTimeOffset_with_stable_keys()
    {
        var model = await Metadata();
        IEdmEntityType Type(string set) => model.EntityContainer.FindEntitySet(set).EntityType;
        string PropertyType(string set, string property) =>
            Type(set).FindProperty(property)?.Type.FullName() ?? $"{set}.{property} is missing";

        foreach (var property in new[] { "ValidFrom", "ValidTo", "OriginalValidTo", "NoticeDeadline", "NextFollowUp", "OpenRemissDeadline", "LastDecisionDate" })
            Assert.Equal("Edm.Date", PropertyType("Documents", property));
        // Issue 12: open ends and late extensions.
        foreach (var property in new[] { "ResumesOn", "ReviewOn" })
            Assert.Equal("Edm.Date", PropertyType("Documents", property));
        Assert.Equal("Edm.Boolean", PropertyType("Documents", "UntilFurtherNotice"));
        Assert.Equal("Edm.String", PropertyType("Documents", "EndCondition"));
        foreach (var property in new[] { "UncoveredFrom", "UncoveredTo" })
            Assert.Equal("Edm.Date", PropertyType("ValidityPeriods", property));
        Assert.Equal("Edm.Boolean", PropertyType("ValidityPeriods", "Retroactive"));
        Assert.Equal("Edm.DateTimeOffset", PropertyType("Documents", "LastChangedAt"));
        Assert.Equal("Edm.Date", PropertyType("ValidityPeriods", "ValidFrom"));
        Assert.Equal("Edm.Date", PropertyType("ValidityPeriods", "ValidTo"));
        Assert.Equal("Edm.Date", PropertyType("LifecycleEvents", "BusinessDate"));
        Assert.Equal("Edm.DateTimeOffset", PropertyType("LifecycleEvents", "RecordedAt"));
        Assert.Equal("Edm.Date", PropertyType("Decisions", "MeetingDate"));
        Assert.Equal("Edm.Date", PropertyType("Consultations", "ResponseDeadline"));
        Assert.Equal("Edm.Date", PropertyType("ConsultationResponses", "RespondedOn"));
        Assert.Equal("Edm.Date", PropertyType("Warnings", "TargetDate"));
        Assert.Equal("Edm.Date", PropertyType("Meetings", "Date"));
        Assert.Equal("Edm.Date", PropertyType("Positions", "MeetingDate"));
        foreach (var property in new[] { "AdoptedOn", "InForceFrom", "InForceTo", "NoticeGivenOn", "NoticeEndsOn", "ExtensionProposedTo" })
            Assert.Equal("Edm.Date", PropertyType("PartyStatus", property));
        Assert.Equal("Edm.Date", PropertyType("Documents", "ProposedValidTo"));
        Assert.Equal("Edm.DateTimeOffset", PropertyType("Warnings", "IssuedAt"));
        Assert.Equal("Edm.DateTimeOffset", PropertyType("Warnings", "AcknowledgedAt"));
        foreach (var property in new[] { "Title", "Kind", "Status", "Version", "ParentId", "ExtensionCount", "AdoptionCount", "RequiredAdoptions", "LastDecisionBody", "Link" })
            Assert.NotNull(Type("Documents").FindProperty(property));

        Assert.Equal(["Id"], Type("Documents").Key().Select(k => k.Name));
        Assert.Equal(["DocumentId", "Number"], Type("ValidityPeriods").Key().Select(k => k.Name).Order());
        Assert.Equal(["Id"], Type("LifecycleEvents").Key().Select(k => k.Name));
        Assert.Equal(["Id"], Type("Decisions").Key().Select(k => k.Name));
        Assert.Equal(["Id"], Type("Warnings").Key().Select(k => k.Name));
        Assert.Equal(["DocumentId", "Party"], Type("PartyStatus").Key().Select(k => k.Name).Order());
        Assert.Equal(["FromId", "Kind", "ToId"], Type("Relations").Key().Select(k => k.Name).Order());
        Assert.Equal(["DocumentId", "Key"], Type("FollowUps").Key().Select(k => k.Name).Order());
        Assert.Equal("Edm.Date", PropertyType("FollowUps", "DueOn"));
        Assert.Equal("Edm.Boolean", PropertyType("FollowUps", "Overdue"));
    }

    [Fact]
    public async Task Service_document_lists_the_feeds()
    {
        var feed = new ODataFeed(app.Api().Http);
        var names = (await feed.Get("/odata"))["value"]!.AsArray().Select(s => s!["name"]!.GetValue<string>());
        // Issue 11 adds Meetings, AgendaItems and Positions; issue 12 PartyStatus, Relations and FollowUps.
        Assert.Equal(["AgendaItems", "ConsultationResponses", "Consultations", "Decisions", "Documents", "FollowUps", "LifecycleEvents", "Meetings",
            "PartyStatus", "Positions", "Relations", "ValidityPeriods", "Warnings"], names.Order());
    }
}
