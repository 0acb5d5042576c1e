namespace Registry.Tests.Warnings;

/// <summary>A webhook endpoint on loopback that answers 503 to the first <see cref="FailFirst"/> requests for each warning.</summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, int> _requests = new();

    public WebhookReceiver()
    {
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/hook/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(Serve);
    }

    public string Url { get; }

    public int FailFirst { get; set; }

    public int RequestsFor(Guid warningId) => _requests.GetValueOrDefault(warningId.ToString());

    public ConcurrentQueue<(JsonObject Body, string? IdempotencyKey)> Accepted { get; } = new();

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            var key = context.Request.Headers["Idempotency-Key"] ?? "";
            if (_requests.AddOrUpdate(key, 1, (_, count) => count + 1) <= FailFirst)
            {
                context.Response.StatusCode = 503;
            }
            else
            {
                Accepted.Enqueue((JsonNode.Parse(body)!.AsObject(), context.Request.Headers["Idempotency-Key"]));
                context.Response.StatusCode = 200;
            }
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
