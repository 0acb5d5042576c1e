using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using NodaTime;
using Registry.Adoption;
using Registry.DemoData;
using Registry.Web.Access;
using Registry.Web.Hosting;
using Registry.Web.Meetings;
using Registry.Web.Warnings;

namespace Registry.Web.OpenApi;

/// <summary>
/// Examples for every operation that takes or returns a body, besides the steps' own (<see cref="StepOperation"/>):
/// requests and answers from the demo registry (the SRO/VVG minutes, ADR 0026), and for every error status the body
/// the app really writes — built by the same code or from the same texts, so they cannot drift apart
/// (<c>OpenApiExampleTests</c> compares them with real answers).
/// </summary>
internal static class OperationExamples
{
    private const string ProblemJson = "application/problem+json";

    private const string Guideline = AnswerExamples.Guideline;

    public static void Complete(OpenApiOperation operation, string method, string route, bool step, JsonSerializerOptions json)
    {
        if (!step && operation.RequestBody?.Content is { } content)
            foreach (var (type, media) in content)
                media.Example ??= Request(route, type);
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response.Content is null) continue;
            foreach (var (type, media) in response.Content)
            {
                if (media.Example is not null) continue;
                media.Example = type == ProblemJson && int.TryParse(status, out var code)
                    ? DocumentDescription.Example(Problem(code, method, route))
                    : Answer(route, type) ?? Read(route, json);
            }
        }
    }

    /// <summary>The problem the app answers with <paramref name="status"/> on this route.</summary>
    public static Microsoft.AspNetCore.Mvc.ProblemDetails Problem(int status, string method, string route) => status switch
    {
        400 => BadRequest(method, route),
        401 => new() { Status = 401, Title = ApiAuthenticationHandler.SignInTitle, Detail = ApiAuthenticationHandler.SignInDetail },
        403 => new() { Status = 403, Title = ApiAuthenticationHandler.ForbiddenTitle, Detail = ApiAuthenticationHandler.ForbiddenDetail("lasare") },
        404 => NotFound(route),
        409 when route.StartsWith("api/warnings", StringComparison.Ordinal) => WarningEndpoints.AlreadyAcknowledged(WarningId),
        409 when route.StartsWith("api/meetings", StringComparison.Ordinal) =>
            ProblemResponses.ToProblem(new MeetingAlreadyRecorded(MeetingId, "VVG", new LocalDate(2023, 12, 15))),
        409 => ProblemResponses.ToProblem(new VersionConflict(3, 4)),
        415 => new() { Status = 415, Title = ApiWriteGuard.UnsupportedTitle, Detail = ApiWriteGuard.UnsupportedDetail },
        422 => ProblemResponses.ToProblem(new IdempotencyKeyReused()),
        429 => Throttled(),
        503 => ProblemResponses.Unavailable(),
        _ => ProblemResponses.Localized(status),
    };

    private static Microsoft.AspNetCore.Mvc.ProblemDetails Throttled()
    {
        var throttled = new SignInThrottled(Duration.FromSeconds(30));
        return new() { Status = 429, Title = ApiAuthenticationHandler.ThrottledTitle, Detail = throttled.Message };
    }

    private static Microsoft.AspNetCore.Mvc.ProblemDetails BadRequest(string method, string route)
    {
        if (route.StartsWith("api/parties", StringComparison.Ordinal)) return ProblemResponses.ToProblem(Refusal(() => Parties.Require("Atlantis")));
        if (route == "api/warnings")
            return new Microsoft.AspNetCore.Mvc.ValidationProblemDetails(new Dictionary<string, string[]> { ["acknowledged"] = ["Ange true eller false."] })
            {
                Status = 400,
                Title = "Ogiltig fråga",
                Detail = "One or more validation errors occurred.",
            };
        if (route == "api/import/dry-run")
            return ProblemResponses.ToProblem(new Registry.Sheets.SheetRejected("Filen är varken en .xlsx-arbetsbok eller en CSV-fil."));
        if (route.StartsWith("api/meetings", StringComparison.Ordinal))
            return ProblemResponses.ToProblem(new JsonException("The JSON value could not be converted.", "$.date", null, null));
        return ProblemResponses.ToProblem(new MissingBody());
    }

    private static Microsoft.AspNetCore.Mvc.ProblemDetails NotFound(string route) =>
        route.StartsWith("api/warnings", StringComparison.Ordinal) ? WarningEndpoints.Missing(WarningId)
        : route.StartsWith("api/meetings", StringComparison.Ordinal) ? ProblemResponses.ToProblem(new MeetingNotFound(MeetingId))
        : route.StartsWith("api/import", StringComparison.Ordinal) ? ProblemResponses.ToProblem(new Registry.Sheets.PendingImportNotFound(ImportToken))
        : ProblemResponses.ToProblem(new DocumentNotFound(DemoRegistry.IdFor(Guideline)));

    private static Exception Refusal(Action action)
    {
        try
        {
            action();
        }
        catch (Exception refused)
        {
            return refused;
        }
        throw new InvalidOperationException("The example's input was accepted.");
    }

    private static readonly Guid WarningId = Guid.Parse("6f1d0c3e-5a7b-4c1e-9d2a-3b4c5d6e7f80");
    private static readonly Guid ImportToken = Guid.Parse("0b7e2a41-93c5-4d6f-8a1b-2c3d4e5f6071");
    private static Guid MeetingId => DemoRegistry.MeetingIdFor("VVG", "2023-12-15");

    private static JsonNode? Request(string route, string type) => AnswerExamples.Template(route) switch
    {
        "api/meetings" or "api/meetings/preview" => Meeting(),
        "api/remiss-packages" => AnswerExamples.PackageRequest(),
        "api/remiss-packages/{id}/responses" => MinutesExamples.For("record-remiss-response")!.Request,
        "api/remiss-packages/{id}/conferences" => MinutesExamples.For("record-remiss-conference")!.Request,
        "api/import/dry-run" when type == "text/csv" => JsonValue.Create(
            "Titel;Typ;Ägare;Gäller från;Gäller till\nRiktlinje medföljande personal till sjukhus;riktlinje;VVG;;2026-12-31\n"),
        "api/import/dry-run" => JsonValue.Create("(filens innehåll, binärt)"),
        _ => null,
    };

    /// <summary>VVG 2023-12-15 as the minutes have it, points 5 and 6, documents named by id.</summary>
    private static JsonObject Meeting()
    {
        var meeting = DemoRegistry.ReadDemoFile()["log"]!.AsArray()
            .Select(e => e!["meeting"]).OfType<JsonObject>()
            .Single(m => m["body"]!.GetValue<string>() == "VVG" && m["date"]!.GetValue<string>() == "2023-12-15");
        var request = (JsonObject)meeting.DeepClone();
        var points = request["points"]!.AsArray();
        foreach (var point in points.ToList())
            if (point!["number"]!.GetValue<string>() is not ("5" or "6")) points.Remove(point);
        foreach (var position in points.SelectMany(p => p!["positions"]!.AsArray()).OfType<JsonObject>())
            DemoRegistry.ReplaceKeys(position);
        return request;
    }

    /// <summary>
    /// The answers of the reads, written by the app's own serializer from its own types: the guideline on accompanying
    /// staff (VVG 2023-12-15 punkt 6: extended to 2026-12-31) as it stands on 2026-11-22, and Borås's view that day.
    /// </summary>
    private static JsonNode? Read(string route, JsonSerializerOptions json)
    {
        var id = DemoRegistry.IdFor(Guideline);
        const string title = "Riktlinje medföljande personal till sjukhus";
        object? answer = route switch
        {
            "api/documents" => new[]
            {
                new Registry.Web.Api.DocumentSummary(id, title, "riktlinje", DocumentStatus.InForce, DocumentStatus.InForce.Label(), 3, null,
                    new LocalDate(2026, 12, 31)),
            },
            "api/parties/{party}" => new PartyOverview("Borås", new LocalDate(2026, 11, 22), [], [], [],
            [
                new PartyDocument(id, title, "riktlinje", DocumentStatus.InForce, "Gäller; inget krav på beslut hos huvudmännen angivet", null),
            ]),
            "api/meetings" or "api/meetings/preview" => new MeetingResult(MeetingId, "VVG 2023-12-15",
                [new MeetingDocumentResult(id, title, false, 3, ["Ställningstagande: VVG 2023-12-15 punkt 6 ställer sig bakom"])]),
            "api/warnings" or "api/documents/{id}/warnings" => new[] { Warning(id, title) },
            "api/warnings/{id}" or "api/warnings/{id}/acknowledge" => Warning(id, title),
            _ => AnswerExamples.For(route, ImportToken, MeetingId, Meeting()),
        };
        return answer is null ? null : JsonSerializer.SerializeToNode(answer, answer.GetType(), json);
    }

    /// <summary>The 30-day warning before the guideline's end date, sent by mail to its responsible contact and acknowledged.</summary>
    private static Registry.Warnings.IssuedWarning Warning(Guid id, string title) => new()
    {
        Id = WarningId,
        DocumentId = id,
        Title = title,
        DocumentKind = "riktlinje",
        Kind = "expiry",
        Subject = "2026-12-31",
        ThresholdDays = 30,
        TargetDate = new LocalDate(2026, 12, 31),
        Details = "Riktlinjen gäller till och med 2026-12-31. VVG beslutar om förlängning.",
        IssuedAt = Instant.FromUtc(2026, 12, 1, 5, 0),
        Channels = "email",
        Recipients = "angela.olausson@example.se",
        AcknowledgedAt = Instant.FromUtc(2026, 12, 1, 9, 12),
        AcknowledgedBy = "admin",
        OwnerBodies = ["VVG"],
        Deliveries = [new("email", "", Registry.Warnings.WarningDelivery.Delivered, 1, null, Instant.FromUtc(2026, 12, 1, 5, 0))],
    };

    private static JsonNode? Answer(string route, string type) => (route, type) switch
    {
        (_, "text/calendar") => JsonValue.Create(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Styrdokumentregistret//SV\r\nBEGIN:VEVENT\r\n"
            + $"UID:{DemoRegistry.IdFor(Guideline):N}-expiry@styrdokumentregistret\r\nDTSTART;VALUE=DATE:20261231\r\n"
            + "SUMMARY:Dokumentet upphör: Riktlinje medföljande personal till sjukhus\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
        _ => null,
    };
}
