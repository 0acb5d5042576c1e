namespace Registry.Tests.Remiss;

public sealed class RemissPackageRuleTests
{
    private static readonly Guid PackageId = Guid.Parse("00000000-0000-0000-0000-0000000000a1");

    private static Styrdokument Member(Guid id, string title, params IDocumentEvent[] more)
    {
        var drafted = Drafted() with { DocumentId = id, Title = title };
        return Scenario.Fold([drafted, .. more])!;
    }

    private static Styrdokument Agreement => Member(DocumentId, "Hälso- och sjukvårdsavtalet");

    private static Styrdokument Overenskommelse => Member(OtherDocumentId, "Överenskommelse om samverkan vid in- och utskrivning");

    private static SendRemissPackage Package(params Guid[] ids) =>
        new("HoS-avtal med tillhörande överenskommelser", ids, Date(2021, 10, 1), Date(2021, 12, 31),
            OtherRecipients: ["Hälso- och sjukvårdsstyrelsen"], Subject: "Hälso- och sjukvårdsavtalet med tillhörande överenskommelser");

    [Fact]
    public void Every_member_is_sent_the_same_remiss_with_the_package_recorded()
    {
        var changes = RemissPackages.Send(Package(DocumentId, OtherDocumentId), PackageId, [Agreement, Overenskommelse], Context());

        var package = new RemissPackageRef(PackageId, "HoS-avtal med tillhörande överenskommelser", [DocumentId, OtherDocumentId]);
        Assert.Equal([DocumentId, OtherDocumentId], changes.Select(c => c.DocumentId));
        foreach (var change in changes)
        {
            var sent = Assert.IsType<RemissSent>(Assert.Single(change.Events));
            Assert.Equal(change.DocumentId, sent.DocumentId);
            Assert.Equal(package.Id, sent.Package!.Id);
            Assert.Equal(package.Name, sent.Package.Name);
            Assert.Equal(package.Documents, sent.Package.Documents);
            Assert.Equal([.. Parties.All, "Hälso- och sjukvårdsstyrelsen"], sent.Recipients);
            Assert.Equal(Date(2021, 12, 31), sent.ResponseDeadline);
        }
        var state = Scenario.Fold([Drafted(), .. changes[0].Events])!;
        Assert.Equal(DocumentStatus.InConsultation, state.Status);
        Assert.Equal(PackageId, state.OpenConsultation!.Package!.Id);
    }

    [Fact]
    public void A_member_not_in_a_state_to_go_on_remiss_refuses_the_whole_package_naming_its_place()
    {
        var inForce = Member(OtherDocumentId, "Överenskommelse i kraft", EnteredIntoForce() with { DocumentId = OtherDocumentId });

        var refused = Assert.Throws<RemissPackageMemberRefused>(() =>
            RemissPackages.Send(Package(DocumentId, OtherDocumentId), PackageId, [Agreement, inForce], Context()));

        Assert.Equal("documentIds[1]", refused.Field);
        Assert.Equal("Överenskommelse i kraft: Remiss kan bara skickas för ett utkast eller en pågående revidering.", refused.Message);
    }

    [Fact]
    public void A_package_is_at_least_two_documents_each_named_once_under_a_name()
    {
        Assert.Equal("documentIds", Assert.Throws<RuleViolation>(() =>
            RemissPackages.Send(Package(DocumentId), PackageId, [Agreement], Context())).Field);
        var duplicate = Assert.Throws<RuleViolation>(() =>
            RemissPackages.Send(Package(DocumentId, DocumentId), PackageId, [Agreement], Context()));
        Assert.Equal(("documentIds[1]", "Styrdokumentet finns redan i paketet."), (duplicate.Field, duplicate.Message));
        Assert.Equal("name", Assert.Throws<RuleViolation>(() =>
            RemissPackages.Send(Package(DocumentId, OtherDocumentId) with { Name = " " }, PackageId, [Agreement, Overenskommelse], Context())).Field);
    }

    [Fact]
    public void Member_rules_still_apply_and_name_their_field()
    {
        var violation = Assert.Throws<RuleViolation>(() => RemissPackages.Send(
            Package(DocumentId, OtherDocumentId) with { Recipients = ["Bxrås"] }, PackageId, [Agreement, Overenskommelse], Context()));
        Assert.Equal("recipients[0]", violation.Field);
    }

    [Fact]
    public void A_response_for_the_package_is_recorded_on_every_open_member_not_already_answered()
    {
        var members = Sent([Agreement, Overenskommelse]);
        // The agreement's answer from Borås was recorded for that document alone.
        var answered = new RecordRemissResponse("Borås", ResponseStance.Approve, Date(2021, 11, 1)).Decide(members[0], Context()).ToList();
        answered.ForEach(e => e.Apply(members[0]));

        var changes = RemissPackages.ForEachOpenMember(PackageId, members,
            new RecordRemissResponse("Borås kommun", ResponseStance.ApproveWithComments, Date(2021, 12, 1)), Context());

        var only = Assert.Single(changes);
        Assert.Equal(OtherDocumentId, only.DocumentId);
        Assert.Equal("Borås", Assert.IsType<RemissResponseRecorded>(Assert.Single(only.Events)).Recipient);

        var both = RemissPackages.ForEachOpenMember(PackageId, members,
            new RecordRemissResponse("Hälso- och sjukvårdsstyrelsen", ResponseStance.Approve, Date(2021, 12, 1)), Context());
        Assert.Equal([DocumentId, OtherDocumentId], both.Select(c => c.DocumentId));
    }

    [Fact]
    public void A_conference_for_the_package_is_a_dated_entry_on_every_member()
    {
        var changes = RemissPackages.ForEachOpenMember(PackageId, Sent([Agreement, Overenskommelse]),
            new RecordRemissConference(Date(2021, 10, 12), "Remisskonferens"), Context());

        Assert.All(changes, c => Assert.Equal("Remisskonferens", Assert.IsType<RemissConferenceRecorded>(Assert.Single(c.Events)).Description));
        Assert.Equal(2, changes.Count);
    }

    [Fact]
    public void A_package_response_before_the_remiss_was_sent_names_the_document_and_field()
    {
        var violation = Assert.Throws<RuleViolation>(() => RemissPackages.ForEachOpenMember(PackageId, Sent([Agreement, Overenskommelse]),
            new RecordRemissResponse("Ale", ResponseStance.Approve, Date(2021, 9, 1)), Context()));

        Assert.Equal("respondedOn", violation.Field);
        Assert.StartsWith("Hälso- och sjukvårdsavtalet: Svarsdatum kan inte ligga före", violation.Message);
    }

    [Fact]
    public void A_package_whose_rounds_are_all_closed_takes_no_response()
    {
        var members = Sent([Agreement, Overenskommelse]);
        foreach (var member in members)
            new CloseRemiss(Date(2022, 1, 10)).Decide(member, Context()).ToList().ForEach(e => e.Apply(member));

        Assert.Throws<RemissPackageMemberRefused>(() => RemissPackages.ForEachOpenMember(PackageId, members,
            new RecordRemissResponse("Ale", ResponseStance.Approve, Date(2021, 12, 1)), Context()));
    }

    private static List<Styrdokument> Sent(List<Styrdokument> members)
    {
        var changes = RemissPackages.Send(Package([.. members.Select(m => m.Id)]), PackageId, members, Context());
        for (var i = 0; i < members.Count; i++) changes[i].Events.ToList().ForEach(e => e.Apply(members[i]));
        return members;
    }
}
