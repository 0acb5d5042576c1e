using Registry.Adoption;
using Registry.Contacts;
using Registry.Drafting;
using Registry.FollowUp;
using Registry.Relations;
using Registry.Remiss;
using Registry.Revision;
using Registry.Termination;
using Registry.Validity;

namespace Registry.Documents;

/// <summary>
/// Every lifecycle step on an existing document, each declared in its own slice: a new step is one line here.
/// The order is the UI's: the extension first (the most common step), then the lifecycle's own order.
/// </summary>
public static class LifecycleSteps
{
    public static readonly IReadOnlyList<LifecycleStep> All =
    [
        ExtendDocument.Step,
        ProposeExtension.Step,
        DecideExtension.Step,
        EnterIntoForce.Step,
        SetEndCondition.Step,
        SetAutomaticRenewal.Step,
        SendRemiss.Step,
        ChangeRemissDeadline.Step,
        RecordRemissResponse.Step,
        RecordRemissConference.Step,
        CloseRemiss.Step,
        Endorse.Step,
        Adopt.Step,
        SetAdoptionRequirement.Step,
        DraftRevision.Step,
        ChangeNoticePeriod.Step,
        GiveNotice.Step,
        ScheduleFollowUp.Step,
        CompleteFollowUp.Step,
        RescheduleFollowUp.Step,
        AddResponsibleContact.Step,
        RemoveResponsibleContact.Step,
        AddRelation.Step,
        RemoveRelation.Step,
        WithdrawDraft.Step,
        Supersede.Step,
        ExpireDocument.Step,
    ];

    public static LifecycleStep? Find(string name) => All.FirstOrDefault(s => s.Name == name);

    /// <summary>The step a command is the input of.</summary>
    public static LifecycleStep Of(IDocumentCommand command) => ByCommand[command.GetType()];

    private static readonly IReadOnlyDictionary<Type, LifecycleStep> ByCommand = All.ToDictionary(s => s.CommandType);

    /// <summary>The steps that apply to a document in its current state.</summary>
    public static IEnumerable<LifecycleStep> ApplicableTo(Styrdokument document) => All.Where(s => s.AppliesTo(document));
}
