using System.Runtime.CompilerServices;
using Marten.Services;

namespace Registry.Tests.Api;

/// <summary>A lifecycle step is one transaction: one save of the session that records it, one commit.</summary>
public sealed class TransactionTests(RegistryApp app)
{
    [Fact]
    public async Task A_step_through_the_api_saves_its_session_once()
    {
        var saves = new SaveCounter();
        var database = await app.CreateDatabaseAsync("tx_" + Guid.NewGuid().ToString("N")[..8]);
        await using var factory = app.Derive(database, app.Clock, web => web.ConfigureTestServices(services =>
            services.ConfigureMarten(options => options.Listeners.Add(saves))));
        var api = TestAccounts.Api(factory, app.Clock);

        var id = await api.InForce();
        saves.Reset();
        await api.Ok(id, "extend", new { newValidTo = "2026-12-31", decision = Decisions.Vvg("2023-06-01") });
        await api.Ok(id, "schedule-follow-up", new { kind = "uppfoljning", dueOn = "2025-01-31" });

        Assert.Equal([1, 1], saves.SavesOfSessionsThatRecordedEvents());
    }

    private sealed class SaveCounter : DocumentSessionListenerBase
    {
        private readonly ConditionalWeakTable<IDocumentSession, StrongBox<int>> _saves = new();
        private readonly List<IDocumentSession> _recording = [];

        public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
        {
            lock (_recording)
            {
                _saves.GetOrCreateValue(session).Value++;
                if (session.PendingChanges.Streams().Any(s => s.Events.Any(e => e.Data is IDocumentEvent))) _recording.Add(session);
            }
            return Task.CompletedTask;
        }

        public void Reset()
        {
            lock (_recording) _recording.Clear();
        }

        public int[] SavesOfSessionsThatRecordedEvents()
        {
            lock (_recording) return _recording.Select(s => _saves.GetOrCreateValue(s).Value).ToArray();
        }
    }
}
