using Registry.Adoption;
using Registry.Drafting;
using Registry.Endorsement;
using Registry.FollowUp;
using Registry.Remiss;
using Registry.Revision;
using Registry.Termination;
using Registry.Validity;

namespace Registry.Documents;

/// <summary>
/// The lifecycle steps by their public name: the last segment of their HTTP route
/// (POST /api/documents/{id}/{name}) and the "command" of a step in the demo data.
/// </summary>
public static class DocumentCommandCatalog
{
    public const string Draft = "draft";

    public static readonly IReadOnlyDictionary<string, Type> Steps = new Dictionary<string, Type>
    {
        ["send-remiss"] = typeof(SendRemiss),
        ["change-remiss-deadline"] = typeof(ChangeRemissDeadline),
        ["record-remiss-response"] = typeof(RecordRemissResponse),
        ["close-remiss"] = typeof(CloseRemiss),
        ["endorse"] = typeof(Endorse),
        ["adopt"] = typeof(Adopt),
        ["enter-into-force"] = typeof(EnterIntoForce),
        ["extend"] = typeof(ExtendDocument),
        ["draft-revision"] = typeof(DraftRevision),
        ["change-notice-period"] = typeof(ChangeNoticePeriod),
        ["give-notice"] = typeof(GiveNotice),
        ["schedule-follow-up"] = typeof(ScheduleFollowUp),
        ["complete-follow-up"] = typeof(CompleteFollowUp),
        ["withdraw"] = typeof(WithdrawDraft),
        ["supersede"] = typeof(Supersede),
        ["expire"] = typeof(ExpireDocument),
    };
}
