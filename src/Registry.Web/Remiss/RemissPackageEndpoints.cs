using Registry.Remiss;

namespace Registry.Web.Remiss;

/// <summary>
/// Remiss packages (ADR 0035): <c>POST /api/remiss-packages</c> sends one remiss over several documents in one
/// transaction; a response or a conference posted to the package is recorded on every member whose remiss is open;
/// <c>GET /api/remiss-packages/{id}</c> reads the package and each member's round.
/// </summary>
public static class RemissPackageEndpoints
{
    public const string Route = "/api/remiss-packages";

    public static IEndpointRouteBuilder MapRemissPackages(this IEndpointRouteBuilder app)
    {
        var packages = app.MapGroup(Route).WithTags(OpenApi.ApiTags.Remiss);
        packages.MapPost("", Send)
            .WithName("send-remiss-package").WithSummary("Skicka remisspaket")
            .WithDescription("En remiss över flera styrdokument (t.ex. ett avtal med tillhörande överenskommelser): samma datum och mottagare på varje dokument, i en transaktion, med paketets id och namn. " +
                "Kan ett dokument inte skickas på remiss i sitt läge blir svaret 409 och inget registreras på något dokument; ett okänt dokument ger 404.")
            .Produces<RemissPackageResult>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        ForEachMember<RecordRemissResponse>(packages, "responses", "record-remiss-package-response", "Registrera remissvar för remisspaketet",
            "Ett svar från en remissinstans, registrerat på varje dokument i paketet vars remiss är öppen (utom där svaret redan är registrerat).");
        ForEachMember<RecordRemissConference>(packages, "conferences", "record-remiss-package-conference", "Registrera remisskonferens för remisspaketet",
            "En remisskonferens för hela paketet, registrerad på varje dokument i paketet vars remiss är öppen.");
        packages.MapGet("{id:guid}", async (Guid id, RemissPackageRecorder recorder, CancellationToken cancellation) =>
                Results.Ok(RemissPackageView.Of(id, await recorder.Members(id, cancellation))))
            .WithName("remiss-package").WithSummary("Ett remisspaket")
            .WithDescription("Paketets namn och dess styrdokument, var och en med sin remiss i paketet: mottagare, svar och vilka som inte har svarat.")
            .Produces<RemissPackageView>().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> Send(SendRemissPackage? command, RemissPackageRecorder recorder, HttpContext http)
    {
        var plan = await recorder.Send(command ?? throw new MissingBody(), CommandGateway.RecordedByOf(http.User), http.RequestAborted);
        return Results.Created($"{Route}/{plan.PackageId}", RemissPackageResult.Of(plan));
    }

    /// <summary>A step of the open remiss posted once for the package and recorded on every member.</summary>
    private static void ForEachMember<TCommand>(RouteGroupBuilder packages, string path, string name, string summary, string description)
        where TCommand : class, IDocumentCommand =>
        packages.MapPost("{id:guid}/" + path, async (Guid id, TCommand? command, RemissPackageRecorder recorder, HttpContext http) =>
                Results.Ok(RemissPackageResult.Of(await recorder.ForEachMember(id, command ?? throw new MissingBody(),
                    CommandGateway.RecordedByOf(http.User), http.RequestAborted))))
            .WithName(name).WithSummary(summary).WithDescription(description)
            .Produces<RemissPackageResult>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}

/// <summary>What a package command recorded: each member's new events described.</summary>
public sealed record RemissPackageResult(Guid PackageId, string Name, IReadOnlyList<RemissPackageDocumentResult> Documents)
{
    public static RemissPackageResult Of(RemissPackagePlan plan) => new(plan.PackageId, plan.Name,
        plan.Documents.Select(d => new RemissPackageDocumentResult(d.DocumentId, d.Title, d.ExpectedVersion + d.Events.Count,
            d.Events.Select(e => e.Describe().OneLine).ToList())).ToList());
}

public sealed record RemissPackageDocumentResult(Guid DocumentId, string Title, long Version, IReadOnlyList<string> Changes);

/// <summary>A package as it stands: its members and each one's round in the package.</summary>
public sealed record RemissPackageView(Guid PackageId, string Name, IReadOnlyList<RemissPackageMember> Documents)
{
    public static RemissPackageView Of(Guid id, IReadOnlyList<Styrdokument> members) => new(id,
        RemissPackageRecorder.NameOf(id, members),
        members.Select(m => Member(m, m.Consultations.Last(c => c.Package?.Id == id))).ToList());

    private static RemissPackageMember Member(Styrdokument document, Consultation round) =>
        new(document.Id, document.Title, document.Status.Label(), round, [.. round.MissingResponders]);
}

public sealed record RemissPackageMember(Guid DocumentId, string Title, string StatusLabel, Consultation Consultation,
    IReadOnlyList<string> MissingResponders);
