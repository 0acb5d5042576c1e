using JasperFx.Events;
using Marten.Events.Projections;
using Registry.ReadModels;

namespace Registry.Meetings;

/// <summary>Writes a recorded meeting's OData rows (meeting, points, positions) in the transaction that records it.</summary>
public sealed class MeetingProjection : IProjection
{
    private static readonly JsonSerializerOptions RowJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var recorded in events.Select(e => e.Data).OfType<MeetingRecorded>()) Write(operations, recorded);
        return Task.CompletedTask;
    }

    public static void Write(IDocumentOperations operations, MeetingRecorded meeting)
    {
        var date = meeting.Date.ToDateOnly();
        Insert(operations, ReadModelTables.Meetings, [new MeetingRow
        {
            Id = meeting.MeetingId,
            Body = meeting.Body,
            Date = date,
            DatePrecision = meeting.DatePrecision.ToString(),
            RecordKind = meeting.RecordKind.ToString(),
            RecordKindLabel = meeting.RecordKind.Label(),
            Link = meeting.Link,
            AgendaItemCount = meeting.Points.Count,
            PositionCount = meeting.Points.Sum(p => p.Positions.Count),
            Note = meeting.Note,
            RecordedAt = meeting.Recorded.At.ToDateTimeOffset(),
            RecordedBy = meeting.Recorded.By,
        }]);
        Insert(operations, ReadModelTables.AgendaItems, meeting.Points.Select(p => new AgendaItemRow
        {
            MeetingId = meeting.MeetingId,
            Number = p.Number,
            Title = p.Title,
            Presenter = p.Presenter,
            Body = meeting.Body,
            MeetingDate = date,
            PositionCount = p.Positions.Count,
        }).ToList<object>());
        Insert(operations, ReadModelTables.Positions, meeting.Points.SelectMany(p => p.Positions.Select(q => new PositionRow
        {
            Id = q.Id,
            MeetingId = meeting.MeetingId,
            AgendaItemNumber = p.Number,
            DocumentId = q.DocumentId,
            Outcome = q.Outcome.ToString(),
            OutcomeLabel = q.Outcome.Label(),
            Wording = q.Wording,
            Body = meeting.Body,
            MeetingDate = date,
        })).ToList<object>());
    }

    private static void Insert(IDocumentOperations operations, ReadModelTable table, IReadOnlyCollection<object> rows)
    {
        if (rows.Count == 0) return;
        operations.QueueSqlCommand(
            $"insert into {table.QualifiedName} select * from jsonb_populate_recordset(null::{table.QualifiedName}, ?::jsonb) on conflict do nothing",
            JsonSerializer.Serialize(rows, RowJson));
    }
}
