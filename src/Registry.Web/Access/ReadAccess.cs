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
        // Credentials that were sent but not accepted get a 401, also where anonymous reading is allowed:
        // a mistyped key in Excel must not quietly read as anonymous.
        var rejectedCredentials = http is not null && context.User.Identity?.IsAuthenticated != true
            && (http.Request.Headers.Authorization.Count > 0 || http.Request.Headers.ContainsKey(Schemes.ApiKeyHeader));
        if ((options.CurrentValue.AnonymousRead && !rejectedCredentials)
            || Roles.All.Any(context.User.IsInRole)
            || (http is not null && ReadAccess.PublicPaths.Any(p => http.Request.Path.StartsWithSegments(p))))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
