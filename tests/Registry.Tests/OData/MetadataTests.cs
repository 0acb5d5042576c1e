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

    /// <summary>Every entity set, in the service document's order; issue 11 adds Meetings, AgendaItems and Positions, issue 12 PartyStatus, Relations and FollowUps.</summary>
    private static readonly string[] EntitySets =
    [
        "AgendaItems", "ConsultationResponses", "Consultations", "Decisions", "Documents", "FollowUps", "LifecycleEvents", "Meetings",
        "PartyStatus", "Positions", "Relations", "ValidityPeriods", "Warnings",
    ];

    [Fact]
    public async Task Metadata_parses_with_the_EDM_library_and_declares_every_entity_set()
    {
        var model = await Metadata();

        var sets = model.EntityContainer.EntitySets().ToDictionary(s => s.Name, s => s.EntityType.Name);
        Assert.Equal(EntitySets, sets.Keys.Order());
        // A set is named as the plural of its entity type, but for PartyStatus.
        foreach (var set in EntitySets) Assert.Equal(set == "PartyStatus" ? set : set[..^1], sets[set]);
        Assert.True(model.Validate(out var errors), string.Join("; ", errors.Select(e => e.ErrorMessage)));
    }

    [Fact]
    public async Task Dates_are_Edm_Date_and_timestamps_Edm_DateTimeOffset_with_stable_keys()
    {
        var model = await Metadata();
        IEdmEntityType Type(string set) => model.EntityContainer.FindEntitySet(set).EntityType;
        void Types(string set, string[] dates, string[]? timestamps = null, string[]? booleans = null, string[]? strings = null)
        {
            foreach (var (edmType, properties) in new[] { ("Edm.Date", dates), ("Edm.DateTimeOffset", timestamps), ("Edm.Boolean", booleans), ("Edm.String", strings) })
                foreach (var property in properties ?? [])
                    Assert.Equal(edmType, Type(set).FindProperty(property)?.Type.FullName() ?? $"{set}.{property} is missing");
        }

        // Issue 12: open ends (ResumesOn, ReviewOn, UntilFurtherNotice, EndCondition, UncoveredFrom/To, Retroactive) and late extensions.
        Types("Documents", ["ValidFrom", "ValidTo", "OriginalValidTo", "NoticeDeadline", "NextFollowUp", "OpenRemissDeadline", "LastDecisionDate",
            "ResumesOn", "ReviewOn", "ProposedValidTo"], timestamps: ["LastChangedAt"], booleans: ["UntilFurtherNotice"], strings: ["EndCondition"]);
        Types("ValidityPeriods", ["ValidFrom", "ValidTo", "UncoveredFrom", "UncoveredTo"], booleans: ["Retroactive"]);
        Types("LifecycleEvents", ["BusinessDate"], timestamps: ["RecordedAt"]);
        Types("Decisions", ["MeetingDate"]);
        Types("Consultations", ["ResponseDeadline"]);
        Types("ConsultationResponses", ["RespondedOn"]);
        Types("Warnings", ["TargetDate"], timestamps: ["IssuedAt", "AcknowledgedAt"]);
        Types("Meetings", ["Date"]);
        Types("Positions", ["MeetingDate"]);
        Types("PartyStatus", ["AdoptedOn", "InForceFrom", "InForceTo", "NoticeGivenOn", "NoticeEndsOn", "ExtensionProposedTo"]);
        Types("FollowUps", ["DueOn"], booleans: ["Overdue"]);
        foreach (var property in new[] { "Title", "Kind", "Status", "Version", "ParentId", "ExtensionCount", "AdoptionCount", "RequiredAdoptions", "LastDecisionBody", "Link" })
            Assert.NotNull(Type("Documents").FindProperty(property));

        foreach (var set in new[] { "Documents", "LifecycleEvents", "Decisions", "Warnings" })
            Assert.Equal(["Id"], Type(set).Key().Select(k => k.Name));
        Assert.Equal(["DocumentId", "Number"], Type("ValidityPeriods").Key().Select(k => k.Name).Order());
        Assert.Equal(["DocumentId", "Party"], Type("PartyStatus").Key().Select(k => k.Name).Order());
        Assert.Equal(["FromId", "Kind", "ToId"], Type("Relations").Key().Select(k => k.Name).Order());
        Assert.Equal(["DocumentId", "Key"], Type("FollowUps").Key().Select(k => k.Name).Order());
    }

    [Fact]
    public async Task Service_document_lists_the_feeds()
    {
        var feed = new ODataFeed(app.Api().Http);
        var names = (await feed.Get("/odata"))["value"]!.AsArray().Select(s => s!["name"]!.GetValue<string>());
        Assert.Equal(EntitySets, names.Order());
    }
}
