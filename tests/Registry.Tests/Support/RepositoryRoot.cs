namespace Registry.Tests.Support;

/// <summary>The repository's root folder (the one with Registry.sln), found from the test build's output.</summary>
public static class RepositoryRoot
{
    public static string? Find()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Registry.sln"))) root = root.Parent;
        return root?.FullName;
    }

    public static string Combine(params string[] parts) =>
        Path.Combine([Find() ?? throw new InvalidOperationException("Registry.sln not found above the test build."), .. parts]);
}
