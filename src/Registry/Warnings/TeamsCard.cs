using System.Text.Json.Nodes;

namespace Registry.Warnings;

/// <summary>
/// What a Microsoft Teams incoming webhook (a Workflows "post to a channel when a webhook request is received")
/// accepts: a message with one Adaptive Card 1.4 attachment holding the title, the facts and a button to the document.
/// </summary>
public static class TeamsCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonObject For(WarningNotice notice)
    {
        var warning = notice.Warning;
        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["lang"] = "sv",
            ["body"] = new JsonArray(
                TextBlock(warning.Title, heading: true),
                TextBlock(notice.Headline, heading: false, color: notice.DaysLeft <= 7 ? "Attention" : "Warning"),
                new JsonObject
                {
                    ["type"] = "FactSet",
                    ["facts"] = new JsonArray(notice.Facts
                        .Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
                },
                TextBlock(notice.Meaning, heading: false),
                TextBlock(notice.Action, heading: false)),
            ["actions"] = new JsonArray(
                OpenUrl("Öppna dokumentet", notice.DocumentUrl),
                OpenUrl("Kvittera varningen", notice.AcknowledgeUrl)),
        };
        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = ContentType,
                ["contentUrl"] = null,
                ["content"] = card,
            }),
        };
    }

    private static JsonObject TextBlock(string text, bool heading, string? color = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (heading)
        {
            block["size"] = "Medium";
            block["weight"] = "Bolder";
        }
        if (color is not null) block["color"] = color;
        return block;
    }

    private static JsonObject OpenUrl(string title, Uri url) =>
        new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url.ToString() };
}
