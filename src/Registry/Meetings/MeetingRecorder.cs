using Registry.Drafting;

namespace Registry.Meetings;

/// <summary>
/// Records a meeting in one go (ADR 0025): the meeting as its own stream, each position as a
/// <see cref="DocumentEndorsed"/> on the document it concerns (new documents drafted first), all in one transaction.
/// Every position is decided by the same rules as the endorse step, on the document's state including the
/// meeting's earlier positions; any refusal records nothing and names the point. The same body and date twice is
/// refused with the first meeting's id.
/// </summary>
public sealed class MeetingRecorder(IDocumentSession session, IClock clock, DocumentKinds kinds)
{
    public async Task<MeetingPlan> Plan(RecordMeeting command, string recordedBy, CancellationToken cancellation = default)
    {
        var recorded = new Recorded(recordedBy, clock.GetCurrentInstant());
        var context = new CommandContext(recorded, clock.TodayInStockholm());
        var body = Rule.RequireText(command.Body, "body", "Organ");
        Rule.Require(Enum.IsDefined(command.RecordKind), "Okänd typ av anteckningar.", "recordKind");
        var precision = command.DatePrecision ?? DatePrecision.Day;
        Rule.Require(Enum.IsDefined(precision) && precision != DatePrecision.Unknown,
            "Mötesdatumet måste anges (med precision dag, månad, år eller ungefärligt).", "datePrecision");
        DatePrecisions.Check(new Dictionary<string, DatePrecision> { ["date"] = precision },
            new Dictionary<string, LocalDate?> { ["date"] = command.Date });
        Rule.Require(command.Link is null || Uri.TryCreate(command.Link, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp),
            "Länken till anteckningarna måste vara en fullständig adress (https://…).", "link");
        Rule.Require(command.Points is { Count: > 0 }, "Minst en punkt måste anges.", "points");
        MeetingBounds.Check(command);

        var meetingId = MeetingBodies.IdFor(body, command.Date);
        if (await session.Events.FetchStreamStateAsync(meetingId, cancellation) is not null)
            throw new MeetingAlreadyRecorded(meetingId, body, command.Date);

        var states = new Dictionary<Guid, (Styrdokument State, long Before, List<IDocumentEvent> Events)>();
        var points = new List<AgendaPoint>();
        var numbers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var meeting = new MeetingRecorded(meetingId, body, command.Date, precision, command.RecordKind,
            command.Link?.Trim(), [], string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(), recorded);

        for (var p = 0; p < command.Points.Count; p++)
        {
            var input = command.Points[p] ?? throw new RuleViolation($"Punkt {p + 1} saknas.", $"points[{p}]");
            var field = $"points[{p}]";
            var number = Rule.RequireText(input.Number, field + ".number", "Punktens nummer");
            Rule.Require(numbers.Add(number), $"Punkt {number} finns två gånger.", field + ".number");
            var title = Rule.RequireText(input.Title, field + ".title", $"Rubriken för punkt {number}");
            var point = new AgendaPoint(number, title, Blank(input.Presenter), []);
            var positions = new List<Position>();
            for (var q = 0; q < (input.Positions?.Count ?? 0); q++)
            {
                var position = input.Positions![q];
                var at = $"{field}.positions[{q}]";
                InPoint(number, () => Rule.Require(Enum.IsDefined(position.Outcome), "Okänt utfall.", at + ".outcome"));
                var wording = Blank(position.Wording);
                var documents = new List<Guid>();
                for (var n = 0; n < (position.NewDocuments?.Count ?? 0); n++)
                {
                    var draft = position.NewDocuments![n];
                    var id = draft.Id ?? Guid.CreateVersion7();
                    if (states.ContainsKey(id) || await session.Events.FetchStreamStateAsync(id, cancellation) is not null)
                        throw new RuleViolation($"Punkt {number}: det finns redan ett styrdokument med id {id}.", $"{at}.newDocuments[{n}].id");
                    var drafted = InPoint(number, () => new DraftDocument(draft.Title, draft.Kind, draft.OwnerBodies ?? [body],
                            draft.ParentId, draft.OfficialTextUrl, AdoptionRequirement: draft.AdoptionRequirement,
                            // The minutes name the document; when its drafting began they do not say.
                            Precision: new Dictionary<string, DatePrecision> { ["draftedOn"] = DatePrecision.Unknown })
                        .Decide(id, context, kinds) with
                    { Source = meeting.SourceAt(point) }, $"{at}.newDocuments[{n}]");
                    if (draft.ParentId is { } parent && !states.ContainsKey(parent))
                        await RequireDocument(parent, number, $"{at}.newDocuments[{n}].parentId", cancellation);
                    var state = new Styrdokument();
                    drafted.Apply(state);
                    states[id] = (state, 0, [drafted]);
                    documents.Add(id);
                }
                for (var d = 0; d < (position.DocumentIds?.Count ?? 0); d++)
                {
                    var id = position.DocumentIds![d];
                    if (!states.ContainsKey(id))
                    {
                        var state = await RequireDocument(id, number, $"{at}.documentIds[{d}]", cancellation);
                        states[id] = (state, state.Version, []);
                    }
                    documents.Add(id);
                }
                if (documents.Count == 0) positions.Add(new Position(Guid.CreateVersion7(), null, position.Outcome, wording));
                foreach (var id in documents.Distinct())
                {
                    var (state, before, events) = states[id];
                    var positionId = Guid.CreateVersion7();
                    var endorse = new Endorse(position.Outcome, meeting.DecisionAt(point), point.Presenter, null,
                        meeting.SourceAt(point));
                    var decided = InPoint(number, () => endorse.Decided(state, context), at);
                    foreach (var e in decided.Cast<DocumentEndorsed>().Select(e => e with { MeetingId = meetingId, PositionId = positionId, Wording = wording }))
                    {
                        e.Apply(state);
                        events.Add(e);
                    }
                    positions.Add(new Position(positionId, id, position.Outcome, wording));
                }
            }
            points.Add(point with { Positions = positions });
        }

        return new MeetingPlan(meeting with { Points = points },
            states.Select(s => new DocumentChange(s.Key, s.Value.State.Title, s.Value.Before, s.Value.Events)).ToList());
    }

    /// <summary>Record the meeting and every document's events in one transaction.</summary>
    public async Task<MeetingPlan> Record(RecordMeeting command, string recordedBy, CancellationToken cancellation = default)
    {
        var plan = await Plan(command, recordedBy, cancellation);
        session.Events.StartStream<MeetingRecorded>(plan.Meeting.MeetingId, plan.Meeting);
        foreach (var change in plan.Documents)
        {
            if (change.ExpectedVersion == 0) session.Events.StartStream<Styrdokument>(change.DocumentId, change.Events.Cast<object>().ToArray());
            else session.Events.Append(change.DocumentId, change.ExpectedVersion + change.Events.Count, change.Events.Cast<object>().ToArray());
        }
        await session.SaveChangesAsync(cancellation);
        return plan;
    }

    private async Task<Styrdokument> RequireDocument(Guid id, string point, string field, CancellationToken cancellation) =>
        await session.LoadAsync<Styrdokument>(id, cancellation)
        ?? throw new RuleViolation($"Punkt {point}: styrdokumentet {id} finns inte.", field);

    private static T InPoint<T>(string point, Func<T> decide, string? field = null)
    {
        try
        {
            return decide();
        }
        catch (RuleViolation violation)
        {
            throw new RuleViolation($"Punkt {point}: {violation.Message}", Field(field, violation.Field));
        }
    }

    private static void InPoint(string point, Action check) => InPoint(point, () => { check(); return 0; });

    private static string? Field(string? prefix, string? field) =>
        prefix is null ? field : field is null ? prefix : $"{prefix}.{field}";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
