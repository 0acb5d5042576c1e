using Marten;
using NodaTime;
using Registry.Adoption;
using Registry.Documents;
using Registry.Drafting;
using Registry.Endorsement;
using Registry.FollowUp;
using Registry.Remiss;
using Registry.Validity;

namespace Registry.Bench;

/// <summary>
/// A synthetic registry: documents with ten events each on average (draft, remiss, answers, endorsement,
/// adoption, entry into force, extensions, follow-up), appended straight to Marten many streams per
/// transaction, so the inline snapshot and read-model projections run as they do in production.
/// </summary>
public sealed class RegistryGenerator(IDocumentStore store, int seed = 20261123)
{
    private static readonly string[] Kinds = ["avtal", "overenskommelse", "riktlinje", "handlingsplan", "strategi", "rutin"];
    private static readonly string[] Subjects = ["SIP", "psykisk hälsa", "läkemedel", "hemsjukvård", "barn och unga", "in- och utskrivning", "hjälpmedel", "missbruk"];
    private readonly Random _random = new(seed);
    private readonly Instant _now = Instant.FromUtc(2026, 11, 23, 12, 0);

    public long Events { get; private set; }

    public async Task GenerateAsync(int documents, int perTransaction, Action<string> progress)
    {
        for (var done = 0; done < documents;)
        {
            await using var session = store.LightweightSession();
            var batch = Math.Min(perTransaction, documents - done);
            for (var i = 0; i < batch; i++)
            {
                var id = Guid.CreateVersion7();
                var events = Lifecycle(id, done + i);
                session.Events.StartStream<Styrdokument>(id, events);
                Events += events.Count;
            }
            await session.SaveChangesAsync();
            done += batch;
            if (done % 1000 == 0 || done == documents) progress($"  {done} dokument, {Events} händelser");
        }
    }

    private List<object> Lifecycle(Guid id, int number)
    {
        var recorded = new Recorded("bench", _now.Minus(Duration.FromDays(_random.Next(1, 3000))));
        var kind = Kinds[_random.Next(Kinds.Length)];
        var drafted = new LocalDate(2014, 1, 1).PlusDays(_random.Next(0, 3650));
        var events = new List<object>
        {
            new DocumentDrafted(id, $"{Title(kind)} om {Subjects[_random.Next(Subjects.Length)]} nr {number}", kind, ["VVG"],
                null, $"https://example.org/styrdokument/{number}", kind == "avtal", drafted, recorded),
        };
        var sent = drafted.PlusDays(14);
        var deadline = sent.PlusDays(60);
        var recipients = Parties.All.OrderBy(_ => _random.Next()).Take(4).ToList();
        events.Add(new RemissSent(id, 1, 1, null, sent, deadline, recipients, recorded));
        foreach (var recipient in recipients.Take(_random.Next(1, 4)))
            events.Add(new RemissResponseRecorded(id, 1, recipient, ResponseStance.Approve, sent.PlusDays(_random.Next(1, 60)), recorded));
        events.Add(new RemissClosed(id, 1, deadline.PlusDays(1), recorded));
        var meeting = deadline.PlusDays(30);
        events.Add(new DocumentEndorsed(id, new DecisionReference("SRO", meeting, $"{_random.Next(1, 20)}"),
            EndorsementOutcome.RecommendedToPrincipals, null, null, 1, recorded));
        events.Add(new DocumentAdopted(id, Parties.Region, meeting.PlusDays(20), null, 1, recorded));
        var from = new LocalDate(meeting.Year + 1, 1, 1);
        var to = from.PlusMonths(_random.Next(12, 61)).PlusDays(-1);
        events.Add(new DocumentEnteredIntoForce(id, 1, from, to, kind == "avtal" ? 12 : null, null, false, recorded));
        for (var extension = _random.Next(0, 3); extension > 0; extension--)
        {
            var decided = to.PlusMonths(-1);
            var newTo = to.PlusMonths(_random.Next(6, 37));
            events.Add(new DocumentExtended(id, 1, to, newTo, new DecisionReference("VVG", decided, "5"), false, null, recorded));
            to = newTo;
        }
        events.Add(new FollowUpScheduled(id, "uppfoljning-1", FollowUpKind.Uppfoljning, from.PlusYears(1), "Uppföljning efter ett år", recorded));
        return events;
    }

    private static string Title(string kind) => kind switch
    {
        "avtal" => "Avtal",
        "overenskommelse" => "Överenskommelse",
        "riktlinje" => "Riktlinje",
        "handlingsplan" => "Handlingsplan",
        "strategi" => "Strategi",
        _ => "Rutin",
    };
}
