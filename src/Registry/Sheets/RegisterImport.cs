using Marten;
using NodaTime;
using Registry.Documents;
using Registry.Drafting;
using Registry.Provenance;
using Registry.Termination;
using Registry.Validity;

namespace Registry.Sheets;

/// <summary>
/// Imports a register (issue 16, ADR 0031). Each row becomes the lifecycle steps an administrator would record —
/// draft, enter into force, extend, change the notice period — decided by the same bounds and rules
/// (<see cref="DocumentCommandExecutor.DecideOn"/>), with the row as their source ("import register.xlsx, rad 7")
/// and each date's precision. A row matches a document by its Id, else by title and kind; what the row says that the
/// registry already holds records nothing, so the same file imported twice changes nothing. A row the rules refuse
/// is reported with the reason and the cell, and skipped; every other row is recorded in one transaction.
/// </summary>
public sealed class RegisterImport(IDocumentSession session, IClock clock, DocumentKinds kinds)
{
    /// <summary>A dry run: the report, nothing recorded.</summary>
    public async Task<ImportReport> DryRun(SheetTable table, string fileName, string recordedBy, CancellationToken cancellation = default) =>
        (await Plan(table, fileName, recordedBy, cancellation)).Report with { Applied = false };

    /// <summary>Record every row that changes something, in one transaction.</summary>
    public async Task<ImportReport> Apply(SheetTable table, string fileName, string recordedBy, CancellationToken cancellation = default)
    {
        var plan = await Plan(table, fileName, recordedBy, cancellation);
        foreach (var change in plan.Changes)
        {
            var events = change.Events.Cast<object>().ToArray();
            if (change.Before == 0) session.Events.StartStream<Styrdokument>(change.DocumentId, events);
            else session.Events.Append(change.DocumentId, change.Before + events.Length, events);
        }
        await session.SaveChangesAsync(cancellation);
        return plan.Report with { Applied = true };
    }

    private sealed record DocumentChange(Guid DocumentId, long Before, List<IDocumentEvent> Events);

    private sealed record ImportPlan(ImportReport Report, List<DocumentChange> Changes);

    private async Task<ImportPlan> Plan(SheetTable table, string fileName, string recordedBy, CancellationToken cancellation)
    {
        var columns = ImportColumns.Map(table.Headers);
        var context = new CommandContext(new Recorded(recordedBy, clock.GetCurrentInstant()), clock.TodayInStockholm());
        var documents = await session.Query<Styrdokument>().ToListAsync(cancellation);
        var byId = documents.ToDictionary(d => d.Id);
        var byTitle = documents.ToLookup(d => TitleKey(d.Title, d.Kind));
        var seen = new Dictionary<Guid, int>();
        var results = new List<ImportRowResult>();
        var changes = new List<DocumentChange>();
        var name = Path.GetFileName(fileName);
        foreach (var row in table.Rows)
        {
            var planner = new RowPlanner(row, columns, context, kinds, new Source(Reference: $"import {name}, rad {row.Number}"));
            try
            {
                var (result, change) = planner.Plan(byId, byTitle, seen);
                results.Add(result);
                if (change is not null) changes.Add(change);
            }
            catch (Exception e) when (e is RuleViolation or CellProblem)
            {
                var field = e is CellProblem cell ? cell.Field : FieldOf((e as RuleViolation)!.Field);
                results.Add(new ImportRowResult(row.Number, ImportOutcome.Rejected, ImportOutcome.Rejected.Label(),
                    planner.Title, planner.DocumentId, [], e.Message, field is { } f ? columns.CellName(row, f) : $"rad {row.Number}"));
            }
        }
        return new ImportPlan(new ImportReport(name, false, columns.UnknownHeaders, results), changes);
    }

    internal static string TitleKey(string title, string kind) =>
        title.Trim().ToLowerInvariant() + "\u0001" + DocumentKinds.Normalize(kind);

    /// <summary>The column of a command's input field, as a step's rule names it.</summary>
    private static ImportField? FieldOf(string? field) => field?.Split('.')[0] switch
    {
        "title" => ImportField.Title,
        "kind" => ImportField.Kind,
        "ownerBodies" => ImportField.OwnerBodies,
        "officialTextUrl" => ImportField.Link,
        "note" => ImportField.Note,
        "validFrom" => ImportField.ValidFrom,
        "validTo" or "newValidTo" => ImportField.ValidTo,
        "noticePeriodMonths" => ImportField.NoticePeriod,
        "decision" => field.EndsWith("meetingDate") ? ImportField.DecisionDate
            : field.EndsWith("agendaItem") ? ImportField.DecisionPoint : ImportField.DecisionBody,
        "precision" => field.EndsWith("validFrom") ? ImportField.ValidFromPrecision
            : field.EndsWith("alidTo") ? ImportField.ValidToPrecision : null,
        "status" => ImportField.Title,
        _ => null,
    };

    /// <summary>One row's steps, decided on the matched document's state (or a new one's).</summary>
    private sealed class RowPlanner(SheetRow row, ColumnMap columns, CommandContext context, DocumentKinds kinds, Source source)
    {
        public string? Title { get; private set; }
        public Guid? DocumentId { get; private set; }

        private SheetCell Cell(ImportField field) => columns.Cell(row, field);

        private string? Text(ImportField field) => ImportValues.Text(Cell(field));

        public (ImportRowResult, DocumentChange?) Plan(Dictionary<Guid, Styrdokument> byId, ILookup<string, Styrdokument> byTitle,
            Dictionary<Guid, int> seen)
        {
            Title = Text(ImportField.Title);
            var kind = KindOf(Text(ImportField.Kind));
            var note = Text(ImportField.Note);
            var validFrom = ImportValues.Date(Cell(ImportField.ValidFrom), Cell(ImportField.ValidFromPrecision),
                ImportField.ValidFrom, ImportField.ValidFromPrecision, end: false);
            var validTo = ImportValues.Date(Cell(ImportField.ValidTo), Cell(ImportField.ValidToPrecision),
                ImportField.ValidTo, ImportField.ValidToPrecision, end: true);
            var notice = ImportValues.Months(Cell(ImportField.NoticePeriod));
            var decision = Decision();
            var existing = Match(byId, byTitle, kind);
            var id = existing?.Id ?? Guid.CreateVersion7();
            DocumentId = existing?.Id;
            if (!seen.TryAdd(id, row.Number))
                throw new CellProblem($"Samma styrdokument som rad {seen[id]}; varje dokument ska stå på en rad.", ImportField.Title);

            var state = existing ?? new Styrdokument();
            var before = existing?.Version ?? 0;
            var events = new List<IDocumentEvent>();
            if (existing is null)
            {
                var drafted = DocumentCommandExecutor.DecideDraft(id, new DraftDocument(Title!, kind ?? "", ImportValues.List(Cell(ImportField.OwnerBodies)),
                    OfficialTextUrl: Text(ImportField.Link), Source: source, Note: note,
                    // A register lists the document; when its drafting began it does not say.
                    Precision: new Dictionary<string, DatePrecision> { ["draftedOn"] = DatePrecision.Unknown }), context, kinds);
                drafted.Apply(state);
                events.Add(drafted);
            }
            else RequireSameDescription(existing, kind);

            var validity = validFrom.Given || validTo.Given;
            if (state.Status.IsBeforeEntryIntoForce())
            {
                if (validity)
                    events.AddRange(DocumentCommandExecutor.DecideOn(state, new EnterIntoForce(validFrom.Date, validTo.Date, notice, decision,
                        source, note, Precisions(("validFrom", validFrom), ("validTo", validTo))), context));
                else if (notice is not null && notice != state.NoticePeriodMonths || decision is not null && existing is null)
                    throw new CellProblem("Uppsägningstid och beslut importeras med giltighetstiden: ange Gäller från " +
                                          "(eller okänt) när registret anger dem.", notice is null ? ImportField.DecisionBody : ImportField.NoticePeriod);
            }
            else
            {
                if (validFrom.Given && (validFrom.Date != state.ValidFrom || validFrom.Precision != state.ValidFromPrecision))
                    throw new CellProblem($"Gäller från kan inte ändras genom import (registret har {DatePrecisions.Show(state.ValidFrom, state.ValidFromPrecision)}).",
                        ImportField.ValidFrom);
                if (validTo.Given && (validTo.Date != state.ValidTo || validTo.Precision != state.ValidToPrecision))
                    events.AddRange(DocumentCommandExecutor.DecideOn(state, new ExtendDocument(validTo.Date ?? RequireEnd(state), decision,
                        Note: note, Source: source, Precision: Precisions(("newValidTo", validTo))), context));
                if (notice is not null && notice != state.NoticePeriodMonths)
                    events.AddRange(DocumentCommandExecutor.DecideOn(state,
                        new ChangeNoticePeriod(notice.Value, decision, source, note), context));
            }

            var outcome = existing is null ? ImportOutcome.Created : events.Count > 0 ? ImportOutcome.Updated : ImportOutcome.Unchanged;
            var result = new ImportRowResult(row.Number, outcome, outcome.Label(), state.Title, id,
                events.Select(e => e.Describe().OneLine).ToList());
            return (result, events.Count > 0 ? new DocumentChange(id, before, events) : null);
        }

        private static LocalDate RequireEnd(Styrdokument state) =>
            throw new CellProblem(state.ValidTo is null
                ? "Slutdatumet kan inte tas bort genom import."
                : "Slutdatumet kan inte bli okänt genom import.", ImportField.ValidTo);

        private static IReadOnlyDictionary<string, DatePrecision> Precisions(params (string Input, ImportedDate Date)[] dates) =>
            dates.Where(d => d.Date.Given && !(d.Date.Date is null && d.Date.Precision == DatePrecision.Day)).ToDictionary(d => d.Input, d => d.Date.Precision);

        private string? KindOf(string? text)
        {
            if (text is null) return null;
            var code = kinds.All.FirstOrDefault(k => string.Equals(k, DocumentKinds.Normalize(text), StringComparison.Ordinal)
                                                     || string.Equals(DocumentKinds.Label(k), text, StringComparison.OrdinalIgnoreCase));
            return code ?? text;
        }

        private DecisionReference? Decision()
        {
            var body = Text(ImportField.DecisionBody);
            var date = ImportValues.Date(Cell(ImportField.DecisionDate), SheetCell.Empty, ImportField.DecisionDate,
                ImportField.DecisionDate, end: false);
            var point = Text(ImportField.DecisionPoint);
            if (body is null && !date.Given && point is null) return null;
            if (body is null) throw new CellProblem("Beslutande organ måste anges när beslutsdatum eller punkt anges.", ImportField.DecisionBody);
            if (date.Date is not { } day)
                throw new CellProblem("Beslutsdatum måste anges för beslutet (dag, månad eller år).", ImportField.DecisionDate);
            return new DecisionReference(body, day, point, date.Precision == DatePrecision.Day ? null : date.Precision);
        }

        private Styrdokument? Match(Dictionary<Guid, Styrdokument> byId, ILookup<string, Styrdokument> byTitle, string? kind)
        {
            if (Text(ImportField.Id) is { } idText)
            {
                if (!Guid.TryParse(idText, out var id))
                    throw new CellProblem($"\"{idText}\" är inget dokument-id. Lämna cellen tom för ett nytt dokument.", ImportField.Id);
                return byId.GetValueOrDefault(id)
                       ?? throw new CellProblem($"Det finns inget styrdokument med id {id}. Lämna cellen tom för ett nytt dokument.", ImportField.Id);
            }
            if (Title is null || kind is null) return null;
            var matches = byTitle[TitleKey(Title, kind)].ToList();
            return matches.Count switch
            {
                0 => null,
                1 => matches[0],
                _ => throw new CellProblem($"{matches.Count} styrdokument heter så och har samma typ; ange dokumentets Id.", ImportField.Title),
            };
        }

        /// <summary>Title, kind, owners and link have no step that changes them: a row that differs is refused, not guessed.</summary>
        private void RequireSameDescription(Styrdokument document, string? kind)
        {
            Refuse(Title is not null && Title != document.Title, ImportField.Title, "Titeln", $"\"{document.Title}\"");
            Refuse(kind is not null && DocumentKinds.Normalize(kind) != document.Kind, ImportField.Kind, "Typen", DocumentKinds.Label(document.Kind));
            var owners = ImportValues.List(Cell(ImportField.OwnerBodies));
            Refuse(owners.Count > 0 && !owners.ToHashSet().SetEquals(document.OwnerBodies), ImportField.OwnerBodies, "Ägande organ",
                string.Join(", ", document.OwnerBodies));
            var link = Text(ImportField.Link);
            Refuse(link is not null && link != document.OfficialTextUrl, ImportField.Link, "Länken", document.OfficialTextUrl ?? "ingen länk");
        }

        private static void Refuse(bool differs, ImportField field, string what, string registered)
        {
            if (differs) throw new CellProblem($"{what} kan inte ändras genom import (registret har {registered}).", field);
        }
    }
}
