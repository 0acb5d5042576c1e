namespace Registry.Tests.Support;

/// <summary>The built Registry.Web run as a separate process, the way the README runs it.</summary>
public static class BuiltApp
{
    public static Process Start(string workDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet", [Path(), .. arguments])
        {
            WorkingDirectory = workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment.Remove("ConnectionStrings__Registry");
        return Process.Start(info)!;
    }

    /// <summary>
    /// Starts the built app in a fresh working directory on a free port, waits until it is healthy, runs
    /// <paramref name="test"/> (working directory, a client of the app, the app), then stops the app and removes the directory.
    /// </summary>
    public static async Task WhileRunning(string name, Func<string, HttpClient, Process, Task> test)
    {
        var workDirectory = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"registry-{name}-" + Guid.NewGuid().ToString("N")[..8]));
        var port = FreePort();
        using var app = Start(workDirectory.FullName, $"--urls=http://127.0.0.1:{port}");
        var output = CollectOutput(app);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        try
        {
            await WaitForHealth(http, app, output);
            await test(workDirectory.FullName, http, app);
        }
        finally
        {
            await Stop(app);
            workDirectory.Delete(recursive: true);
        }
    }

    /// <summary>Runs a command-line verb to its end: exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunVerb(string workDirectory, params string[] arguments)
    {
        using var process = Start(workDirectory, arguments);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Collects a running app's output lines, so that a test can read what it printed.</summary>
    public static ConcurrentQueue<string> CollectOutput(Process process)
    {
        var lines = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) lines.Enqueue(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) lines.Enqueue(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return lines;
    }

    public static async Task WaitForHealth(HttpClient http, Process app, IEnumerable<string> output)
    {
        // Generous: four agents share two cores, and the first start compiles Wolverine's code.
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(app.HasExited, $"The app exited before it was healthy:\n{string.Join("\n", output)}");
            try
            {
                var response = await http.GetAsync("/health", TestContext.Current.CancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"The app did not become healthy within four minutes:\n{string.Join("\n", output.TakeLast(40))}");
    }

    public static async Task Stop(Process app)
    {
        if (app.HasExited) return;
        // SIGTERM lets the host shut down and stop its PostgreSQL.
        Process.Start("kill", ["-TERM", app.Id.ToString()])!.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await app.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            app.Kill(entireProcessTree: true);
        }
    }

    /// <summary>The Registry.Web build output next to this test build (same configuration).</summary>
    public static string Path()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(System.IO.Path.Combine(root.FullName, "Registry.sln"))) root = root.Parent;
        var path = System.IO.Path.Combine(root!.FullName, "src", "Registry.Web", "bin", configuration, "net10.0", "Registry.Web.dll");
        Assert.True(File.Exists(path), $"Registry.Web is not built at {path}.");
        return path;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
