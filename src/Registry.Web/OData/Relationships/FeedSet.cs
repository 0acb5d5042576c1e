using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.OData.ModelBuilder;
using Registry.ReadModels;

namespace Registry.Web.OData;

/// <summary>
/// One entity set of the feed, declared once in <see cref="All"/> (in $metadata order): the EDM model
/// (<see cref="RegistryEdmModel"/>) and the EF Core model (<see cref="ReadModelDbContext"/>) are both built from it.
/// A set that belongs to a document has a navigation property <c>Document</c> with the referential constraint
/// <see cref="DocumentColumn"/> → Documents.Id, and Documents the reverse collection of the same name as the set, so
/// Power BI finds the relationships in $metadata (docs/adr/0021).
/// </summary>
public abstract class FeedSet(string name, Type rowType, ReadModelTable? table, string[] key, string? documentColumn)
{
    public static readonly IReadOnlyList<FeedSet> All =
    [
        Root<Document>("Documents", ReadModelTables.Documents),
        Child(ReadModelTables.ValidityPeriods, d => d.ValidityPeriods),
        Child(ReadModelTables.LifecycleEvents, d => d.LifecycleEvents),
        Child(ReadModelTables.Decisions, d => d.Decisions),
        Child(ReadModelTables.Consultations, d => d.Consultations),
        Child(ReadModelTables.ConsultationResponses, d => d.ConsultationResponses),
        // The warnings feature owns its tables (docs/warnings.md); the feed only reads them (WarningRow.Sql).
        new FeedSet<Warning>(typeof(WarningRow), null, ["Id"], "DocumentId", d => d.Warnings),
        Child(ReadModelTables.PartyStatus, d => d.PartyStatus),
        Child(ReadModelTables.Relations, d => d.Relations),
        Child(ReadModelTables.FollowUps, d => d.FollowUps),
        Root<Meeting>("Meetings", ReadModelTables.Meetings),
        Root<AgendaItem>("AgendaItems", ReadModelTables.AgendaItems),
        Root<Position>("Positions", ReadModelTables.Positions),
    ];

    public string Name => name;

    /// <summary>The read row the set's entity type extends: its properties are the columns.</summary>
    public Type RowType => rowType;

    /// <summary>The read table the set is mapped to; null when the feed reads it through SQL of its own.</summary>
    public ReadModelTable? Table => table;

    public IReadOnlyList<string> Key => key;

    /// <summary>The column naming the document the row belongs to; null for a set that does not belong to one.</summary>
    public string? DocumentColumn => documentColumn;

    public abstract Type EntityType { get; }

    internal abstract void AddTo(ODataConventionModelBuilder builder);

    internal void AddTo(ModelBuilder model)
    {
        var entity = model.Entity(EntityType);
        if (Table is { } readTable) entity.ToTable(readTable.Name, Registry.Infrastructure.RegistryStore.SchemaName);
        entity.HasKey([.. Key]);
        foreach (var property in RowType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            entity.Property(property.Name).HasColumnName(ReadModelTable.Column(property.Name));
        if (DocumentColumn is { } column)
            model.Entity<Document>().HasMany(EntityType, Name).WithOne(nameof(Decision.Document)).HasForeignKey(column);
    }

    private static FeedSet<T> Root<T>(string name, ReadModelTable table) where T : class =>
        new(name, table.RowType, table, table.Key, null, null);

    private static FeedSet<T> Child<T>(ReadModelTable table, Expression<Func<Document, IEnumerable<T>>> documents) where T : class =>
        new(table.RowType, table, table.Key, table.DocumentColumn, documents);
}

/// <summary>A set of entities of type <typeparamref name="T"/>; <see cref="Documents"/> is the reverse collection of a child set.</summary>
public sealed class FeedSet<T>(string name, Type rowType, ReadModelTable? table, string[] key, string? documentColumn,
    Expression<Func<Document, IEnumerable<T>>>? documents) : FeedSet(name, rowType, table, key, documentColumn) where T : class
{
    /// <summary>A set belonging to a document, named as the document's collection of it.</summary>
    public FeedSet(Type rowType, ReadModelTable? table, string[] key, string documentColumn,
        Expression<Func<Document, IEnumerable<T>>> documents)
        : this(MemberName(documents), rowType, table, key, documentColumn, documents)
    {
    }

    public override Type EntityType => typeof(T);

    public Expression<Func<Document, IEnumerable<T>>>? Documents => documents;

    internal override void AddTo(ODataConventionModelBuilder builder)
    {
        var set = builder.EntitySet<T>(Name);
        set.EntityType.Namespace = RegistryEdmModel.Namespace;
        var type = builder.AddEntityType(typeof(T));
        foreach (var property in Key) type.HasKey(typeof(T).GetProperty(property)!);
        if (Documents is null || DocumentColumn is null) return;

        var row = Expression.Parameter(typeof(T), "r");
        var document = Expression.Parameter(typeof(Document), "d");
        var navigation = Expression.Lambda<Func<T, Document>>(Expression.Property(row, nameof(Decision.Document)), row);
        var constraint = Expression.Lambda<Func<T, Document, bool>>(
            Expression.Equal(Expression.Property(row, DocumentColumn), Expression.Property(document, nameof(Document.Id))), row, document);
        var documentSet = builder.EntitySet<Document>(All[0].Name);
        set.EntityType.HasRequired(navigation, constraint, Documents);
        set.HasRequiredBinding<Document>(navigation, documentSet);
        documentSet.HasManyBinding<T>(Documents, set);
    }

    private static string MemberName(Expression<Func<Document, IEnumerable<T>>> collection) =>
        (collection.Body is UnaryExpression { Operand: MemberExpression converted } ? converted : (MemberExpression)collection.Body).Member.Name;
}
