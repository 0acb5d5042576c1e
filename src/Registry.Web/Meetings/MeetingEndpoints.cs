using Marten;

namespace Registry.Web.Meetings;

/// <summary>
/// <c>POST /api/meetings</c> records a whole meeting in one transaction (ADR 0025); <c>POST /api/meetings/preview</c>
/// shows what it would record without recording it; <c>GET /api/meetings/{id}</c> reads one back.
/// </summary>
public static class MeetingEndpoints
{
    public const string Route = "/api/meetings";

    public static IEndpointRouteBuilder MapMeetings(this IEndpointRouteBuilder app)
    {
        var meetings = app.MapGroup(Route).WithTags("Sammanträden");
        meetings.MapPost("", async (RecordMeeting? command, MeetingRecorder recorder, HttpContext http) =>
            {
                if (command is null) throw new MissingBody();
                var plan = await recorder.Record(command, CommandGateway.RecordedByOf(http.User), http.RequestAborted);
                return Results.Created($"{Route}/{plan.Meeting.MeetingId}", MeetingResult.Of(plan));
            })
            .WithName("record-meeting").WithSummary("Registrera sammanträde")
            .WithDescription("Ett sammanträde med alla punkter och ställningstaganden, i en transaktion. Samma organ och datum två gånger ger 409 med det första sammanträdets id.")
            .Produces<MeetingResult>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        meetings.MapPost("preview", async (RecordMeeting? command, MeetingRecorder recorder, HttpContext http) =>
            {
                if (command is null) throw new MissingBody();
                return Results.Ok(MeetingResult.Of(await recorder.Plan(command, CommandGateway.RecordedByOf(http.User), http.RequestAborted)));
            })
            .WithName("preview-meeting").WithSummary("Förhandsgranska sammanträde")
            .Produces<MeetingResult>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        meetings.MapGet("{id:guid}", async (Guid id, IQuerySession session, CancellationToken cancellation) =>
            {
                var events = await session.Events.FetchStreamAsync(id, token: cancellation);
                return events.Select(e => e.Data).OfType<MeetingRecorded>().FirstOrDefault() is { } meeting
                    ? Results.Ok(meeting)
                    : throw new MeetingNotFound(id);
            })
            .WithName("meeting").WithSummary("Ett registrerat sammanträde")
            .Produces<MeetingRecorded>().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}

/// <summary>What recording a meeting did (or would do): the meeting, and each document's new events described.</summary>
public sealed record MeetingResult(Guid MeetingId, string Meeting, IReadOnlyList<MeetingDocumentResult> Documents)
{
    public static MeetingResult Of(MeetingPlan plan) => new(plan.Meeting.MeetingId,
        $"{plan.Meeting.Body} {Registry.Provenance.DatePrecisions.Show(plan.Meeting.Date, plan.Meeting.DatePrecision)}",
        plan.Documents.Select(d => new MeetingDocumentResult(d.DocumentId, d.Title, d.ExpectedVersion == 0,
            d.ExpectedVersion + d.Events.Count, d.Events.Select(e => e.Describe().OneLine).ToList())).ToList());
}

public sealed record MeetingDocumentResult(Guid DocumentId, string Title, bool New, long Version, IReadOnlyList<string> Changes);

public sealed class MeetingNotFound(Guid id) : Exception($"Sammanträdet {id} finns inte.");
