namespace Registry.Web.Access;

/// <summary>
/// Every unsafe method (POST, PUT, PATCH, DELETE) under /api requires role admin, whoever maps the endpoint
/// (Wolverine, minimal API, controllers): checked here once, after the endpoint's own policies.
/// </summary>
public sealed class WritesRequireAdmin(RequestDelegate next)
{
    public static readonly PathString ApiRoot = "/api";

    public async Task InvokeAsync(HttpContext context, IAuthorizationService authorization)
    {
        if (IsWrite(context.Request) && context.GetEndpoint() is not null)
        {
            var result = await authorization.AuthorizeAsync(context.User, context, Policies.Admin);
            if (!result.Succeeded)
            {
                if (context.User.Identity?.IsAuthenticated == true) await context.ForbidAsync();
                else await context.ChallengeAsync();
                return;
            }
        }
        await next(context);
    }

    private static bool IsWrite(HttpRequest request) =>
        request.Path.StartsWithSegments(ApiRoot)
        && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method)
            || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method));
}
