using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Registry.Bench;

/// <summary>The built Registry.Web started as users run it, on a loopback port of its own.</summary>
public static class AppProcess
{
    public static Process Start(string connectionString, int port, params string[] extraArguments)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = root.Parent!.Name;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Registry.sln"))) root = root.Parent;
        var web = Path.Combine(root!.FullName, "src", "Registry.Web", "bin", configuration, "net10.0", "Registry.Web.dll");
        var info = new ProcessStartInfo("dotnet",
        [
            web, $"--urls=http://127.0.0.1:{port}", $"--ConnectionStrings:Registry={connectionString}",
            "--Registry:LoadDemoData=false", "--Registry:Access:AnonymousRead=true", "--Logging:LogLevel:Default=Warning",
            .. extraArguments,
        ])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("app: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task WaitForHealth(HttpClient http, Process app)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (app.HasExited) throw new InvalidOperationException($"The app exited with code {app.ExitCode}.");
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("The app did not become healthy within two minutes.");
    }

    public static async Task Stop(Process app)
    {
        if (app.HasExited) return;
        app.Kill(entireProcessTree: true);
        await app.WaitForExitAsync();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
