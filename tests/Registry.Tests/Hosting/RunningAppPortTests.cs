using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Registry.Tests.Hosting;

/// <summary>
/// A newcomer runs the app (it listens on localhost:5080) and then the tests beside it: no test host may want that port.
/// </summary>
public sealed class RunningAppPortTests(RegistryApp app)
{
    public const int AppPort = 5080;

    [Fact]
    public async Task A_test_host_on_a_real_port_starts_while_port_5080_is_taken()
    {
        // Taken by the running app, or here by this listener standing in for it.
        using var standIn = TryListen(AppPort);
        Assert.False(PortIsFree(AppPort));

        var database = await app.CreateDatabaseAsync("port_" + Guid.NewGuid().ToString("N")[..8]);
        await using var factory = app.Derive(database, app.Clock);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();

        var address = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single().Replace("[::1]", "127.0.0.1"));
        Assert.NotEqual(AppPort, address.Port);
        using var http = new HttpClient { BaseAddress = address };
        var health = await http.GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.True(health.StatusCode == HttpStatusCode.OK,
            $"{address}/health answered {(int)health.StatusCode}: {await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
    }

    private static TcpListener? TryListen(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return listener;
        }
        catch (SocketException)
        {
            return null;
        }
    }

    private static bool PortIsFree(int port)
    {
        using var probe = TryListen(port);
        probe?.Stop();
        return probe is not null;
    }
}
