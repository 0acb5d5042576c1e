namespace Registry.Tests.Support;

/// <summary>A test class that talks to the shared registry through its HTTP API.</summary>
public abstract class ApiTests(RegistryApp app)
{
    protected RegistryApp App { get; } = app;

    protected ApiClient Api { get; } = app.Api();
}
