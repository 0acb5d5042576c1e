namespace Registry.Tests.Support;

/// <summary>Short reads of the JSON the API returns.</summary>
public static class JsonAssert
{
    public static string Text(this JsonNode? node, string property) => node![property]!.GetValue<string>();

    public static int Number(this JsonNode? node, string property) => node![property]!.GetValue<int>();

    public static bool IsNull(this JsonNode? node, string property) => node![property] is null;

    /// <summary>Asserts the decision (body, meeting date, agenda item) a step recorded.</summary>
    public static void Decision(JsonNode? decision, string body, string meetingDate, string? agendaItem)
    {
        Assert.NotNull(decision);
        Assert.Equal(body, decision.Text("body"));
        Assert.Equal(meetingDate, decision.Text("meetingDate"));
        Assert.Equal(agendaItem, decision!["agendaItem"]?.GetValue<string>());
    }
}
