using MimeKit;

namespace Registry.Tests.Warnings;

/// <summary>A real SMTP server: Debian's python3-aiosmtpd storing what it receives in a maildir.</summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private Process? _process;

    public int Port { get; } = FreePort();

    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), "registry-smtp-" + Guid.NewGuid().ToString("N")[..8]);

    public bool Running => _process is { HasExited: false };

    public async Task Start()
    {
        if (Running) return;
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        _process = Process.Start(new ProcessStartInfo(python,
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", MailDirectory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        await Eventually.True(async () =>
        {
            if (_process.HasExited)
                Assert.Fail("aiosmtpd did not start (install python3-aiosmtpd, see .ci/prepare-machine): " +
                    await _process.StandardError.ReadToEndAsync());
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }, "the SMTP server to accept connections");
    }

    public IReadOnlyList<MimeMessage> Messages()
    {
        var received = Path.Combine(MailDirectory, "new");
        return Directory.Exists(received) ? Directory.GetFiles(received).Select(file => MimeMessage.Load(file)).ToList() : [];
    }

    public IReadOnlyList<MimeMessage> MessagesAbout(string title) => Messages().Where(m => m.Subject?.Contains(title, StringComparison.Ordinal) == true).ToList();

    public async Task Stop()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await Stop();
        if (Directory.Exists(MailDirectory)) Directory.Delete(MailDirectory, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
