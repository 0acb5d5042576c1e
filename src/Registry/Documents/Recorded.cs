namespace Registry.Documents;

/// <summary>Who recorded an event, and when (recording time, not business time).</summary>
public sealed record Recorded(string By, Instant At);
