namespace Registry.Tests.Warnings;

/// <summary>Waits for a condition that background work (the outbox, a retry) makes true; fails with a message if it never does.</summary>
public static class Eventually
{
    public static async Task True(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting for {what}.");
            await Task.Delay(100);
        }
    }

    public static Task True(Func<bool> condition, string what, int seconds = 60) =>
        True(() => Task.FromResult(condition()), what, seconds);
}
