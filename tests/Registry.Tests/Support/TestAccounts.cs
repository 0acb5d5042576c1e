using System.Net.Http.Headers;

namespace Registry.Tests.Support;

/// <summary>The accounts the test apps create on first start (Registry:Access:Bootstrap*), and how clients sign in.</summary>
public static class TestAccounts
{
    public const string Admin = "admin";
    public const string AdminPassword = "admin-lösenord-för-test";
    public const string Reader = "lasare";
    public const string ReaderPassword = "läsar-lösenord-för-test";

    public static void Configure(IWebHostBuilder web)
    {
        web.UseSetting("Registry:Access:AnonymousRead", "false");
        web.UseSetting("Registry:Access:BootstrapAdmin:Name", Admin);
        web.UseSetting("Registry:Access:BootstrapAdmin:Password", AdminPassword);
        web.UseSetting("Registry:Access:BootstrapReader:Name", Reader);
        web.UseSetting("Registry:Access:BootstrapReader:Password", ReaderPassword);
    }

    public static string PasswordOf(string user) => user switch
    {
        Admin => AdminPassword,
        Reader => ReaderPassword,
        _ => throw new ArgumentException($"No test account {user}.", nameof(user)),
    };

    /// <summary>An API client of <paramref name="factory"/>'s app, signed in as <paramref name="user"/>.</summary>
    public static ApiClient Api(WebApplicationFactory<Program> factory, IClock clock, string user = Admin) =>
        new(SignIn(factory.CreateClient(), user), clock, user);

    public static HttpClient SignIn(HttpClient http, string user) => Basic(http, user, PasswordOf(user));

    public static HttpClient Basic(HttpClient http, string user, string password)
    {
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return http;
    }
}
