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
}
