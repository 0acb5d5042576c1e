namespace Registry.ReadModels;

public static class ReadModelRegistration
{
    /// <summary>The flat read tables, created and migrated with the rest of the schema (filled by DocumentProjection).</summary>
    public static StoreOptions AddReadModels(this StoreOptions options)
    {
        foreach (var table in ReadModelTables.All) options.Storage.ExtendedSchemaObjects.Add(table.ToWeaselTable());
        return options;
    }
}
