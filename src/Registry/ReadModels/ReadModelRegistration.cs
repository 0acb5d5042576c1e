using JasperFx.Events.Projections;
using Marten;

namespace Registry.ReadModels;

public static class ReadModelRegistration
{
    /// <summary>The flat read tables (created with the rest of the schema) and the inline projection that fills them.</summary>
    public static StoreOptions AddReadModels(this StoreOptions options)
    {
        foreach (var table in ReadModelTables.All) options.Storage.ExtendedSchemaObjects.Add(table.ToWeaselTable());
        options.Projections.Add(new ReadModelProjection(), ProjectionLifecycle.Inline);
        return options;
    }
}
