namespace Registry.Tests.Support;

/// <summary>The Registry.Web build output next to this test build (same configuration), to run as a process.</summary>
public static class BuiltApp
{
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
}
