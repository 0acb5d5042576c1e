using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Registry.Web.Access;

/// <summary>
/// The fallback policy's requirement: a signed-in reader or admin; anyone when anonymous reading is on;
/// anyone for the probes and the OpenAPI document, which are mapped elsewhere without auth metadata.
/// </summary>
public sealed class ReadAccess : IAuthorizationRequirement
{
    public static readonly IReadOnlyList<PathString> PublicPaths = ["/health", "/openapi"];
}

internal sealed class ReadAccessHandler(IOptionsMonitor<AccessOptions> options) : AuthorizationHandler<ReadAccess>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ReadAccess requirement)
    {
        var http = context.Resource as HttpContext;
        if (options.CurrentValue.AnonymousRead
            || Roles.All.Any(context.User.IsInRole)
            || (http is not null && ReadAccess.PublicPaths.Any(p => http.Request.Path.StartsWithSegments(p))))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
