using System.Reflection;
using JasperFx.Events;
using NodaTime;
using Registry.Documents;
using Registry.Drafting;

namespace Registry.ReadModels;

/// <summary>
/// Folds a document's events into its state with the aggregate's own <c>Create</c>/<c>Apply</c> methods, the same
/// ones Marten's snapshot uses. The read-model projection needs the state after events that are not saved yet
/// (inline) or long after the snapshot moved on (rebuild), so it cannot load the stored snapshot.
/// </summary>
public static class StyrdokumentReplay
{
    private static readonly Dictionary<Type, MethodInfo> ApplyMethods = typeof(Styrdokument)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance)
        .Where(m => m.Name == "Apply" && m.GetParameters().Length == 1)
        .ToDictionary(m => m.GetParameters()[0].ParameterType);

    public static Styrdokument? Replay(IEnumerable<IEvent> events)
    {
        Styrdokument? document = null;
        foreach (var @event in events)
        {
            if (@event.Data is DocumentDrafted drafted) document = Styrdokument.Create(drafted);
            else if (document is not null && ApplyMethods.TryGetValue(@event.Data.GetType(), out var apply))
                apply.Invoke(document, [@event.Data]);
            if (document is not null) document.Version = @event.Version;
        }
        return document;
    }

    public static DateOnly ToDate(this LocalDate date) => date.ToDateOnly();

    public static DateOnly? ToDate(this LocalDate? date) => date?.ToDateOnly();

    public static DateTimeOffset ToTimestamp(this Instant instant) => instant.ToDateTimeOffset();
}
