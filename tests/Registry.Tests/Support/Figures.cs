namespace Registry.Tests.Support;

/// <summary>
/// Measured figures a test reports (never asserts on): to the test output and to artifacts/figures/NAME.txt,
/// since a passing test's output is not shown by the runner.
/// </summary>
public static class Figures
{
    public static void Print(string name, string text)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Registry.sln"))) root = root.Parent;
        if (root is null) return;
        var directory = Directory.CreateDirectory(Path.Combine(root.FullName, "artifacts", "figures"));
        File.WriteAllText(Path.Combine(directory.FullName, name + ".txt"), $"{DateTime.UtcNow:u} {text}\n");
    }
}
