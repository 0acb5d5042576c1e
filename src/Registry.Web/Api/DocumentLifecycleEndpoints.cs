using Registry.Adoption;
using Registry.Drafting;
using Registry.Endorsement;
using Registry.FollowUp;
using Registry.Remiss;
using Registry.Revision;
using Registry.Termination;
using Registry.Validity;
using Wolverine.Http;

namespace Registry.Web.Api;

/// <summary>
/// One POST per lifecycle step. The route's last segment is the step's name in
/// <see cref="Registry.Documents.DocumentCommandCatalog"/>; the rules live in the commands.
/// </summary>
public static class DocumentLifecycleEndpoints
{
    [WolverinePost("/api/documents", OperationId = "draft")]
    public static Task<IResult> Draft(DraftDocument command, CommandGateway gateway) => gateway.Draft(command);

    [WolverinePost("/api/documents/{id}/send-remiss")]
    public static Task<IResult> SendRemiss(Guid id, SendRemiss command, CommandGateway gateway) => gateway.Run(id, command);

    [WolverinePost("/api/documents/{id}/change-remiss-deadline")]
    public static Task<IResult> ChangeRemissDeadline(Guid id, ChangeRemissDeadline command, CommandGateway gateway) =>
        gateway.Run(id, command);

    [WolverinePost("/api/documents/{id}/record-remiss-response")]
    public static Task<IResult> RecordRemissResponse(Guid id, RecordRemissResponse command, CommandGateway gateway) =>
        gateway.Run(id, command);

    [WolverinePost("/api/documents/{id}/close-remiss")]
    public static Task<IResult> CloseRemiss(Guid id, CloseRemiss command, CommandGateway gateway) => gateway.Run(id, command);

    [WolverinePost("/api/documents/{id}/endorse")]
    public static Task<IResult> Endorse(Guid id, Endorse command, CommandGateway gateway) => gateway.Run(id, command);

    [WolverinePost("/api/documents/{id}/adopt")]
    public static Task<IResult> Adopt(Guid id, Adopt command, CommandGateway gateway) => gateway.Run(id, command);

    [WolverinePost("/api/documents/{id}/enter-into-force")]
    public static Task<IResult> EnterIntoForce(Guid id, EnterIntoForce command, CommandGateway gateway) =>
        gateway.Run(id, command);

    [WolverinePost("/api/documents/{id}/extend")]
    public static Task<IResult> Extend(Guid id, ExtendDocument command, CommandGateway gateway) => gateway.Run(id, command);

    [WolverinePost("/api/documents/{id}/draft-revision")]
    public static Task<IResult> DraftRevision(Guid id, DraftRevision command, CommandGateway gateway) =>
        gateway.Run(id, command);

    [WolverinePost("/api/documents/{id}/change-notice-period")]
    public static Task<IResult> ChangeNoticePeriod(Guid id, ChangeNoticePeriod command, CommandGateway gateway) =>
        gateway.Run(id, command);

    [WolverinePost("/api/documents/{id}/give-notice")]
    public static Task<IResult> GiveNotice(Guid id, GiveNotice command, CommandGateway gateway) => gateway.Run(id, command);

    [WolverinePost("/api/documents/{id}/schedule-follow-up")]
    public static Task<IResult> ScheduleFollowUp(Guid id, ScheduleFollowUp command, CommandGateway gateway) =>
        gateway.Run(id, command);

    [WolverinePost("/api/documents/{id}/complete-follow-up")]
    public static Task<IResult> CompleteFollowUp(Guid id, CompleteFollowUp command, CommandGateway gateway) =>
        gateway.Run(id, command);

    [WolverinePost("/api/documents/{id}/withdraw")]
    public static Task<IResult> Withdraw(Guid id, WithdrawDraft command, CommandGateway gateway) => gateway.Run(id, command);

    [WolverinePost("/api/documents/{id}/supersede")]
    public static Task<IResult> Supersede(Guid id, Supersede command, CommandGateway gateway) => gateway.Run(id, command);

    [WolverinePost("/api/documents/{id}/expire")]
    public static Task<IResult> Expire(Guid id, CommandGateway gateway) => gateway.Run(id, new ExpireDocument());
}
