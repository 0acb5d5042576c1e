using System.Text.Json;
using System.Text.RegularExpressions;
using JasperFx;
using Marten.Exceptions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.OData;
using Registry.Web.Meetings;
using Registry.Web.OData;
using Registry.Web.Ui.Errors;

namespace Registry.Web.Hosting;

/// <summary>Turns every failure of an API request into ProblemDetails: never a stack trace.</summary>
public sealed partial class ProblemResponses(IProblemDetailsService problems, ILogger<ProblemResponses> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var details = ToProblem(exception);
        if (details.Status == 503)
        {
            logger.LogWarning(exception, "Databasen svarar inte ({Path})", http.Request.Path);
            http.Response.Headers.RetryAfter = "2";
        }
        else if (details.Status >= 500) logger.LogError(exception, "Oväntat fel i {Path}", http.Request.Path);
        http.Response.StatusCode = details.Status!.Value;
        if (exception is MeetingAlreadyRecorded duplicate)
            http.Response.Headers.Location = $"{Registry.Web.Meetings.MeetingEndpoints.Route}/{duplicate.MeetingId}";
        if (UiErrorPage.Applies(http))
        {
            await UiErrorPage.WriteAsync(http, details.Status.Value, details.Title ?? "Fel", details.Detail ?? "");
            return true;
        }
        if (ODataErrorBody.Applies(http))
        {
            await ODataErrorBody.WriteAsync(http, details.Status.Value, details.Detail ?? details.Title ?? "", cancellationToken);
            return true;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = details,
            Exception = exception,
        });
    }

    public static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        RuleViolation { Field: { } field } rule => new ValidationProblemDetails(
            new Dictionary<string, string[]> { [field] = [rule.Message] })
        {
            Status = 400,
            Title = "Ogiltig åtgärd",
            Detail = rule.Message,
        },
        RuleViolation rule => Problem(400, "Ogiltig åtgärd", rule.Message),
        Registry.Sheets.SheetRejected rejected => new ValidationProblemDetails(
            new Dictionary<string, string[]> { ["file"] = [rejected.Message] })
        {
            Status = 400,
            Title = "Filen kan inte importeras",
            Detail = rejected.Message + " Inget har registrerats.",
        },
        Registry.Sheets.PendingImportNotFound missing => Problem(404, "Förhandsgranskningen finns inte", missing.Message),
        DocumentNotFound missing => Problem(404, "Styrdokumentet finns inte", missing.Message),
        MeetingNotFound missing => Problem(404, "Sammanträdet finns inte", missing.Message),
        Registry.Remiss.RemissPackageNotFound missing => Problem(404, "Remisspaketet finns inte", missing.Message),
        Registry.Remiss.RemissPackageMemberRefused refused => new ValidationProblemDetails(
            new Dictionary<string, string[]> { [refused.Field] = [refused.Message] })
        {
            Status = 409,
            Title = "Remisspaketet kan inte registreras",
            Detail = refused.Message + " Inget har registrerats.",
        },
        MeetingAlreadyRecorded duplicate => new ProblemDetails
        {
            Status = 409,
            Title = "Sammanträdet finns redan",
            Detail = duplicate.Message + $" Se {Registry.Web.Meetings.MeetingEndpoints.Route}/{duplicate.MeetingId}.",
            Extensions = { ["meetingId"] = duplicate.MeetingId },
        },
        VersionConflict conflict => Problem(409, "Versionskonflikt", conflict.Message),
        IdempotencyKeyReused reused => Problem(422, "Idempotency-Key återanvänd", reused.Message),
        ConcurrencyException or ExistingStreamIdCollisionException => Problem(409, "Versionskonflikt",
            "Dokumentet ändrades samtidigt av någon annan. Läs in det på nytt och försök igen."),
        BadHttpRequestException { InnerException: JsonException json } => JsonProblem(json),
        JsonException json => JsonProblem(json),
        MissingBody missing => Problem(400, "Ogiltig JSON", missing.Message),
        BadHttpRequestException bad => Problem(bad.StatusCode, "Ogiltig begäran", bad.Message),
        ODataException odata => Problem(400, "Ogiltig OData-fråga", odata.Message),
        InvalidDataException => Problem(413, "För stort formulär",
            "Formuläret innehåller för mycket text eller för många fält. Korta texterna och skicka igen."),
        _ when DatabaseUnavailable.Is(exception) => Unavailable(),
        _ => Problem(500, "Internt fel", "Ett oväntat fel inträffade. Försök igen; kvarstår felet, kontakta förvaltningen."),
    };

    /// <summary>
    /// Problems the framework writes itself (status code pages, Wolverine's JSON errors) come in English without
    /// a detail: say them in Swedish.
    /// </summary>
    public static void Localize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status == 400 && problem.Title == "Invalid JSON format")
        {
            LocalizeJsonProblem(problem);
            return;
        }
        if (problem.Detail is not null) return;
        (problem.Title, problem.Detail) = problem.Status switch
        {
            404 => ("Finns inte", "Adressen finns inte i registrets API."),
            405 => ("Metoden stöds inte", "Adressen finns, men inte för den här HTTP-metoden."),
            406 => ("Svarsformatet stöds inte", "Registrets API svarar med JSON (Accept: application/json)."),
            415 => ("Innehållstypen stöds inte", "Skicka begärans innehåll som JSON (Content-Type: application/json)."),
            413 => ("För stor begäran", "Begärans innehåll är för stort."),
            _ => (problem.Title, "Begäran kunde inte utföras."),
        };
    }

    /// <summary>Wolverine's message names internal types: name the field at fault instead (also under <c>errors</c>).</summary>
    private static void LocalizeJsonProblem(ProblemDetails problem)
    {
        var detail = problem.Detail ?? "";
        problem.Title = "Ogiltig JSON";
        (string Field, string Message)? error = MissingFields().Match(detail) is { Success: true } missing
            ? (missing.Groups[1].Value, $"Fältet {missing.Groups[1].Value} saknas.")
            : UnknownMember().Match(detail) is { Success: true } unknown
                ? (UnknownField(unknown.Groups[1].Value, detail), UnknownMessage(UnknownField(unknown.Groups[1].Value, detail)))
            : JsonPath().Match(detail) is { Success: true } path
                ? (path.Groups[1].Value, $"Fältet {path.Groups[1].Value} har fel format.")
                : null;
        problem.Detail = error?.Message ?? "Begärans innehåll är inte giltig JSON.";
        if (error is { } e) problem.Extensions["errors"] = new Dictionary<string, string[]> { [e.Field] = [e.Message] };
    }

    [GeneratedRegex(@"missing required properties including: '([^']+)'")]
    private static partial Regex MissingFields();

    [GeneratedRegex(@"Path: \$\.([^ |]+)")]
    private static partial Regex JsonPath();

    [GeneratedRegex(@"The JSON property '([^']+)' could not be mapped")]
    private static partial Regex UnknownMember();

    /// <summary>The unknown member with its place in the body ("source.bodyy"), as the serializer's path gives it.</summary>
    private static string UnknownField(string member, string message) =>
        JsonPath().Match(message) is { Success: true } path ? path.Groups[1].Value : member;

    private static string UnknownMessage(string field) =>
        $"Fältet {field} finns inte för det här steget. Kontrollera stavningen; okända fält sparas aldrig.";

    /// <summary>Names the field at fault (also under <c>errors</c>) instead of the serializer's English and internal types.</summary>
    private static ProblemDetails JsonProblem(JsonException json)
    {
        var field = MissingFields().Match(json.Message) is { Success: true } missing ? missing.Groups[1].Value : null;
        var path = json.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : null;
        var unknown = UnknownMember().Match(json.Message) is { Success: true } u ? path ?? u.Groups[1].Value : null;
        var (name, message) = field is not null ? (field, $"Fältet {field} saknas.")
            : unknown is not null ? (unknown, UnknownMessage(unknown))
            : path is not null ? (path, $"Fältet {path} har fel format.")
            : ((string?)null, "Begärans innehåll är inte giltig JSON.");
        var problem = name is null
            ? new ProblemDetails()
            : new ValidationProblemDetails(new Dictionary<string, string[]> { [name] = [message] });
        problem.Status = 400;
        problem.Title = "Ogiltig JSON";
        problem.Detail = message;
        return problem;
    }

    public static ProblemDetails Unavailable() => Problem(503, "Databasen är inte tillgänglig",
        "Registret når inte sin databas just nu. Inget har sparats; försök igen om en stund.");

    /// <summary>What the framework's 413 and 415 say once <see cref="Localize"/> has put them in Swedish.</summary>
    public static ProblemDetails Localized(int status)
    {
        var context = new ProblemDetailsContext { HttpContext = new DefaultHttpContext(), ProblemDetails = new ProblemDetails { Status = status } };
        Localize(context);
        return context.ProblemDetails;
    }

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };
}
