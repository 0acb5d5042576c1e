using Registry.Web.OpenApi;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Marten;
using Wolverine.Http;

namespace Registry.Web.Warnings;

/// <summary>
/// iCalendar feeds of upcoming deadlines (expiry, notice, remiss, follow-up) for calendar subscriptions.
/// Each deadline is an all-day event whose UID stays the same when its date moves, so calendars update it in place.
/// A passed end date stays, saying "Utgånget", until the document is extended, replaced or confirmed as ended (ADR 0027).
/// </summary>
public static class CalendarFeed
{
    [WolverineGet("/api/calendar.ics", OperationId = "calendar")]
    [ApiOperation(ApiTags.Calendar, "Kalender med registrets tidsfrister", "Kommande slutdatum, uppsägningsdagar, remisstider och uppföljningar som heldagshändelser (iCalendar), för prenumeration i Outlook.")]
    [Microsoft.AspNetCore.Mvc.ProducesResponseType(typeof(string), StatusCodes.Status200OK, "text/calendar")]
    public static async Task<IResult> Registry(WarningStore store, WarningSettings settings, IClock clock, CancellationToken cancellation) =>
        Ics(await store.Upcoming(null, clock.TodayInStockholm(), cancellation, overdueFollowUps: true), "Styrdokumentregistret – tidsfrister", settings, clock);

    [WolverineGet("/api/documents/{id}/calendar.ics", OperationId = "document-calendar")]
    [ApiOperation(ApiTags.Calendar, "Kalender med ett dokuments tidsfrister", "Ett styrdokuments kommande tidsfrister som heldagshändelser (iCalendar).")]
    [Microsoft.AspNetCore.Mvc.ProducesResponseType(typeof(string), StatusCodes.Status200OK, "text/calendar")]
    public static async Task<IResult> Document(Guid id, WarningStore store, IQuerySession session, WarningSettings settings,
        IClock clock, CancellationToken cancellation)
    {
        var document = await session.LoadAsync<Styrdokument>(id, cancellation) ?? throw new DocumentNotFound(id);
        return Ics(await store.Upcoming(id, clock.TodayInStockholm(), cancellation, overdueFollowUps: true), $"{document.Title} – tidsfrister", settings, clock);
    }

    private static IResult Ics(IReadOnlyList<UpcomingDeadline> deadlines, string name, WarningSettings settings, IClock clock)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Vårdsamverkan Västra Götaland//Styrdokumentregistret//SV" };
        calendar.AddProperty("X-WR-CALNAME", name);
        var today = clock.TodayInStockholm();
        var stamp = new CalDateTime(clock.GetCurrentInstant().ToDateTimeUtc(), "UTC");
        foreach (var deadline in deadlines)
        {
            // An overdue follow-up stands on the day it is next warned about; its text keeps the date it was due.
            var date = (deadline.Kind == WarningKind.FollowUpOverdue.Key()
                ? OverdueWarnings.NextReminder(deadline.TargetDate, clock.TodayInStockholm(), settings.OverdueRepeatDays)
                : deadline.TargetDate).ToDateOnly();
            var url = WarningText.DocumentUrl(settings.PublicBaseAddress, deadline.DocumentId);
            // No "om N dagar" here: a subscribed calendar keeps the text long after the feed was read.
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(deadline),
                Summary = $"{WarningText.Label(deadline.Kind, deadline.TargetDate, today)}: {deadline.Title}",
                Description = string.Join("\n", WarningText.Meaning(deadline.Kind, deadline.TargetDate, deadline.Details, today),
                    WarningText.Action(deadline.Kind, deadline.OwnerBodies), $"Dokumentet i Styrdokumentregistret: {url}"),
                Url = url,
                DtStart = new CalDateTime(date),
                DtEnd = new CalDateTime(date.AddDays(1)),
                DtStamp = stamp,
            });
        }
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return Results.Text(text, "text/calendar; charset=utf-8");
    }

    public static string Uid(UpcomingDeadline deadline) => WarningText.DeadlineId(deadline.DocumentId, deadline.Kind, deadline.Subject);
}
