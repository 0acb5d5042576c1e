namespace Registry.Web.Api;

/// <summary>
/// One POST per lifecycle step, mapped from the steps' own declarations (<see cref="LifecycleSteps"/>): the route's
/// last segment is the step's name, the body its command. Each request is one transaction in
/// <see cref="DocumentCommandExecutor"/>; these endpoints add no transaction of their own.
/// </summary>
public static class LifecycleEndpoints
{
    public const string Route = "/api/documents";

    public static IEndpointRouteBuilder MapLifecycleSteps(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup(Route).WithTags("Livscykel");
        documents.MapPost("", (DraftDocument? command, CommandGateway gateway) => gateway.Draft(command))
            .WithName(DraftDocument.Step.Name).WithSummary(DraftDocument.Step.Title)
            .Produces<CommandResult>(StatusCodes.Status201Created).ProducesValidationProblem();
        var map = typeof(LifecycleEndpoints).GetMethod(nameof(MapStep), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var step in LifecycleSteps.All) map.MakeGenericMethod(step.CommandType).Invoke(null, [documents, step]);
        return app;
    }

    private static void MapStep<TCommand>(RouteGroupBuilder documents, LifecycleStep step) where TCommand : class, IDocumentCommand
    {
        Delegate handler = HasInput(typeof(TCommand))
            ? (Guid id, TCommand? command, CommandGateway gateway) => gateway.Run(id, command)
            : (Guid id, CommandGateway gateway) => gateway.Run(id, Activator.CreateInstance<TCommand>());
        documents.MapPost($"{{id:guid}}/{step.Name}", handler)
            .WithName(step.Name).WithSummary(step.Title).WithDescription(step.Help ?? step.Title)
            .Produces<CommandResult>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static bool HasInput(Type command) => command.GetConstructors().Any(c => c.GetParameters().Length > 0);
}
