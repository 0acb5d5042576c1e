namespace Registry.Tests.Support;

/// <summary>
/// Tests that move the shared <see cref="RegistryApp.Clock"/> belong here: xunit runs this collection on its own,
/// after the parallel ones, so no other test sees the clock moved. Restore the clock after each test.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClockCollection
{
    public const string Name = "Moves the clock";
}
