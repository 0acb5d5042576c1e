using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Marten;
using NodaTime;
using Registry.Documents;
using Registry.Warnings;
using Wolverine.Http;

namespace Registry.Web.Warnings;

/// <summary>
/// iCalendar feeds of upcoming deadlines (expiry, notice, remiss, follow-up) for calendar subscriptions.
/// Each deadline is an all-day event whose UID stays the same when its date moves, so calendars update it in place.
/// </summary>
public static class CalendarFeed
{
    [WolverineGet("/api/calendar.ics")]
    public static async Task<IResult> Registry(WarningStore store, IClock clock, CancellationToken cancellation) =>
        Ics(await store.Upcoming(null, clock.TodayInStockholm(), cancellation), "Styrdokumentregistret – tidsfrister", clock);

    [WolverineGet("/api/documents/{id}/calendar.ics")]
    public static async Task<IResult> Document(Guid id, WarningStore store, IQuerySession session, IClock clock,
        CancellationToken cancellation)
    {
        var document = await session.LoadAsync<Styrdokument>(id, cancellation) ?? throw new DocumentNotFound(id);
        return Ics(await store.Upcoming(id, clock.TodayInStockholm(), cancellation), $"{document.Title} – tidsfrister", clock);
    }



    private static IResult Ics(IReadOnlyList<UpcomingDeadline> deadlines, string name, IClock clock)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Vårdsamverkan Västra Götaland//Styrdokumentregistret//SV" };
        calendar.AddProperty("X-WR-CALNAME", name);
        var stamp = new CalDateTime(clock.GetCurrentInstant().ToDateTimeUtc(), "UTC");
        foreach (var deadline in deadlines)
        {
            var label = WarningKinds.Parse(deadline.Kind)?.Label() ?? deadline.Kind;
            var date = deadline.TargetDate.ToDateOnly();
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(deadline),
                Summary = $"{label}: {deadline.Title}",
                Description = deadline.Details.Length > 0 ? deadline.Details : null,
                DtStart = new CalDateTime(date),
                DtEnd = new CalDateTime(date.AddDays(1)),
                DtStamp = stamp,
            });
        }
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return Results.Text(text, "text/calendar; charset=utf-8");
    }

    public static string Uid(UpcomingDeadline deadline) => string.Create(CultureInfo.InvariantCulture,
        $"{deadline.DocumentId:N}-{deadline.Kind}{(deadline.Subject.Length > 0 ? "-" + deadline.Subject : "")}@styrdokumentregistret");
}
