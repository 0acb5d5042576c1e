namespace Registry.Tests.Support;

/// <summary>Names no other test uses, so a test finds its own document, mail or account in a shared registry.</summary>
public static class Unique
{
    public static string Title(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..6];
}
