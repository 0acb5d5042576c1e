using Ical.Net;
using NodaTime.Text;

namespace Registry.Tests.Warnings;

public static class WarningJson
{
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static async Task<List<JsonObject>> ForDocument(ApiClient api, Guid documentId)
    {
        var response = await api.Http.GetAsync($"/api/documents/{documentId}/warnings");
        await ApiClient.Expect(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!.Select(w => w!.AsObject()).ToList();
    }

    public static async Task<JsonObject> Get(ApiClient api, Guid warningId)
    {
        var response = await api.Http.GetAsync($"/api/warnings/{warningId}");
        await ApiClient.Expect(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>(kind, threshold, target date) of each warning, largest threshold first.</summary>
    public static List<(string Kind, int Threshold, string Target)> Keys(IEnumerable<JsonObject> warnings) =>
        warnings.Select(w => (w["kind"]!.GetValue<string>(), w["thresholdDays"]!.GetValue<int>(), w["targetDate"]!.GetValue<string>()))
            .OrderBy(k => k.Item1).ThenByDescending(k => k.Item2).ThenBy(k => k.Item3).ToList();

    public static JsonObject Delivery(JsonObject warning, string channel) =>
        warning["deliveries"]!.AsArray().Single(d => d!["channel"]!.GetValue<string>() == channel)!.AsObject();

    /// <summary>An iCalendar feed of the API: served as text/calendar, and parsed.</summary>
    public static async Task<Calendar> CalendarFeed(ApiClient api, string path)
    {
        var response = await api.Http.GetAsync(path, TestContext.Current.CancellationToken);
        await ApiClient.Expect(response, HttpStatusCode.OK);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return Calendar.Load(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
    }

    /// <summary>The calendar event of one of the document's deadlines (its UID is stable however the date moves).</summary>
    public static async Task<Ical.Net.CalendarComponents.CalendarEvent> CalendarEvent(ApiClient api, Guid documentId, string deadline) =>
        (await CalendarFeed(api, $"/api/documents/{documentId}/calendar.ics")).Events.Single(e => e.Uid == Uid(documentId, deadline));

    public static string Uid(Guid documentId, string deadline) => $"{documentId:N}-{deadline}@styrdokumentregistret";

    public static Guid WarningId(JsonObject warning) => Guid.Parse(warning["id"]!.GetValue<string>());

    /// <summary>The warning's delivery on <paramref name="channel"/>, as the API shows it now.</summary>
    public static async Task<JsonObject> DeliveryOf(ApiClient api, Guid warningId, string channel) =>
        Delivery(await Get(api, warningId), channel);

    /// <summary>Waits until the warning's delivery on <paramref name="channel"/> has the given status.</summary>
    public static Task DeliveryReaches(ApiClient api, Guid warningId, string channel, string status, string what, int seconds = 60) =>
        Eventually.True(async () => (await DeliveryOf(api, warningId, channel))["status"]!.GetValue<string>() == status, what, seconds);

    /// <summary>Waits until sending the warning by email has failed at least <paramref name="attempts"/> times (the SMTP server down).</summary>
    public static Task EmailFails(ApiClient api, Guid warningId, int attempts = 1) =>
        Eventually.True(async () => (await DeliveryOf(api, warningId, "email"))["attempts"]!.GetValue<int>() >= attempts,
            $"{attempts} failed email attempt(s) while the SMTP server is down");

    /// <summary>Waits until every channel has delivered the warning.</summary>
    public static Task AllDelivered(ApiClient api, Guid warningId, string what = "mail and webhook delivered") =>
        Eventually.True(async () => (await Get(api, warningId))["deliveries"]!.AsArray()
            .All(d => d!["status"]!.GetValue<string>() == "delivered"), what);
}
