using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using Registry.Web.OData;

namespace Registry.Web.Access;

/// <summary>
/// Sign-in for the API, OData and feeds: no redirects, a 401 with a Basic challenge (Excel and Power BI then ask
/// for a name and password) and ProblemDetails bodies for 401 and 403 (OData error bodies under /odata).
/// </summary>
public abstract class ApiAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger, UrlEncoder encoder, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Realm = "Styrdokumentregistret";
    public const string SignInTitle = "Inloggning krävs";
    public const string SignInDetail = "Logga in med HTTP Basic (användarnamn och lösenord eller API-nyckel) eller skicka en API-nyckel i X-Api-Key.";
    public const string ForbiddenTitle = "Behörighet saknas";
    public const string ThrottledTitle = "För många inloggningsförsök";

    public static string ForbiddenDetail(string? account) =>
        $"Kontot {account} har inte behörighet till detta. Ändringar kräver rollen administratör (admin).";

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure?.Message;
        if (Context.Items[typeof(SignInThrottled)] is SignInThrottled throttled)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = throttled.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Write(StatusCodes.Status429TooManyRequests, ThrottledTitle, throttled.Message);
            return;
        }
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        var basic = $"Basic realm=\"{Realm}\", charset=\"UTF-8\"";
        // With organisational sign-in configured, Power BI's "Organisational account" needs the Bearer challenge too.
        Response.Headers.WWWAuthenticate = await BearerTokens.ChallengeAsync(Context) is { } bearer
            ? new Microsoft.Extensions.Primitives.StringValues([bearer, basic])
            : basic;
        await Write(StatusCodes.Status401Unauthorized, SignInTitle, failure ?? BearerTokens.Failure(Context) ?? SignInDetail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Write(StatusCodes.Status403Forbidden, ForbiddenTitle, ForbiddenDetail(Context.User.Identity?.Name));
    }

    private async Task Write(int status, string title, string detail)
    {
        if (ODataErrorBody.Applies(Context))
        {
            await ODataErrorBody.WriteAsync(Context, status, detail, Context.RequestAborted);
            return;
        }
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}

/// <summary>Authorization: Basic base64(name:password-or-key).</summary>
internal sealed class BasicAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger, UrlEncoder encoder, IProblemDetailsService problems, AccountService accounts)
    : ApiAuthenticationHandler(options, logger, encoder, problems)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter ?? ""));
        }
        catch (FormatException)
        {
            return AuthenticateResult.Fail("Authorization-huvudet är inte giltig Basic (base64 av namn:lösenord).");
        }
        var colon = decoded.IndexOf(':');
        if (colon < 0) return AuthenticateResult.Fail("Authorization-huvudet är inte giltig Basic (base64 av namn:lösenord).");

        Account? account;
        try
        {
            account = await accounts.VerifyPasswordAsync(decoded[..colon], decoded[(colon + 1)..], Context.RequestAborted,
                Context.Connection.RemoteIpAddress?.ToString());
        }
        catch (SignInThrottled throttled)
        {
            Context.Items[typeof(SignInThrottled)] = throttled;
            return AuthenticateResult.Fail(throttled.Message);
        }
        return account is null
            ? AuthenticateResult.Fail("Fel användarnamn eller lösenord.")
            : AuthenticateResult.Success(new AuthenticationTicket(AccountService.Principal(account, Scheme.Name), Scheme.Name));
    }
}

/// <summary>X-Api-Key: a key issued to an account.</summary>
internal sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger, UrlEncoder encoder, IProblemDetailsService problems, AccountService accounts)
    : ApiAuthenticationHandler(options, logger, encoder, problems)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[Schemes.ApiKeyHeader].ToString().Trim();
        if (key.Length == 0) return AuthenticateResult.NoResult();
        var account = await accounts.VerifyKeyAsync(key, Context.RequestAborted);
        return account is null
            ? AuthenticateResult.Fail("API-nyckeln är okänd eller återkallad.")
            : AuthenticateResult.Success(new AuthenticationTicket(AccountService.Principal(account, Scheme.Name), Scheme.Name));
    }
}
