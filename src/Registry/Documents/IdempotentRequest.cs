namespace Registry.Documents;

/// <summary>
/// The outcome of a command sent with an Idempotency-Key, stored in the same transaction as its events:
/// a retry with the same key gets the same outcome instead of recording the step twice.
/// </summary>
public sealed record IdempotentRequest(string Id, string RequestHash, Guid DocumentId, long Version, Instant RecordedAt)
{
    public const int MaxKeyLength = 200;

    public static string IdFor(string scope, string key)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(key) && key.Length <= MaxKeyLength,
            $"Idempotency-Key måste vara 1–{MaxKeyLength} tecken.", "Idempotency-Key");
        return $"{scope}:{key}";
    }

    public static long LockKey(string id) => BitConverter.ToInt64(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)));

    public static string HashOf(object command) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(
            new { type = command.GetType().FullName, command = (object)command }, RegistryJson.Input)));

    public CommandResult Replay(string requestHash) => requestHash == RequestHash
        ? new CommandResult(DocumentId, Version)
        : throw new IdempotencyKeyReused();
}

public sealed class IdempotencyKeyReused() : Exception(
    "Idempotency-Key har redan använts för en annan begäran. Använd en ny nyckel för en ny åtgärd.");
