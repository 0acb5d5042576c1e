using Microsoft.OData.Edm;
using Microsoft.OData.ModelBuilder;

namespace Registry.Web.OData;

/// <summary>
/// The OData entity sets and types served at /odata (see docs/odata.md). Every child set has a navigation property
/// <c>Document</c> with the referential constraint DocumentId → Id, and Documents the reverse collections, so
/// Power BI finds the relationships in $metadata.
/// </summary>
public static class RegistryEdmModel
{
    public const string Namespace = "Styrdokumentregistret";

    public static IEdmModel Build()
    {
        var builder = new ODataConventionModelBuilder { Namespace = Namespace, ContainerName = "Registry" };
        var documents = Set<Document>(builder, "Documents");
        documents.EntityType.HasKey(d => d.Id);
        Child(documents, Set<ValidityPeriod>(builder, "ValidityPeriods"), p => new { p.DocumentId, p.Number },
            p => p.Document!, (p, d) => p.DocumentId == d.Id, d => d.ValidityPeriods);
        Child(documents, Set<LifecycleEvent>(builder, "LifecycleEvents"), e => e.Id,
            e => e.Document!, (e, d) => e.DocumentId == d.Id, d => d.LifecycleEvents);
        Child(documents, Set<Decision>(builder, "Decisions"), e => e.Id,
            e => e.Document!, (e, d) => e.DocumentId == d.Id, d => d.Decisions);
        Child(documents, Set<Consultation>(builder, "Consultations"), c => new { c.DocumentId, c.Number },
            c => c.Document!, (c, d) => c.DocumentId == d.Id, d => d.Consultations);
        Child(documents, Set<ConsultationResponse>(builder, "ConsultationResponses"), r => new { r.DocumentId, r.ConsultationNumber, r.Recipient },
            r => r.Document!, (r, d) => r.DocumentId == d.Id, d => d.ConsultationResponses);
        Child(documents, Set<Warning>(builder, "Warnings"), w => w.Id,
            w => w.Document!, (w, d) => w.DocumentId == d.Id, d => d.Warnings);
        Child(documents, Set<PartyStatus>(builder, "PartyStatus"), p => new { p.DocumentId, p.Party },
            p => p.Document!, (p, d) => p.DocumentId == d.Id, d => d.PartyStatus);
        Child(documents, Set<Relation>(builder, "Relations"), r => new { r.FromId, r.ToId, r.Kind },
            r => r.Document!, (r, d) => r.FromId == d.Id, d => d.Relations);
        Child(documents, Set<FollowUp>(builder, "FollowUps"), f => new { f.DocumentId, f.Key },
            f => f.Document!, (f, d) => f.DocumentId == d.Id, d => d.FollowUps);
        Set<Meeting>(builder, "Meetings").EntityType.HasKey(m => m.Id);
        Set<AgendaItem>(builder, "AgendaItems").EntityType.HasKey(a => new { a.MeetingId, a.Number });
        Set<Position>(builder, "Positions").EntityType.HasKey(p => p.Id);
        return builder.GetEdmModel();
    }

    private static EntitySetConfiguration<T> Set<T>(ODataConventionModelBuilder builder, string set) where T : class
    {
        var entitySet = builder.EntitySet<T>(set);
        entitySet.EntityType.Namespace = Namespace;
        return entitySet;
    }

    private static void Child<T, TKey>(EntitySetConfiguration<Document> documents,
        EntitySetConfiguration<T> children, Expression<Func<T, TKey>> key, Expression<Func<T, Document>> document,
        Expression<Func<T, Document, bool>> constraint, Expression<Func<Document, IEnumerable<T>>> collection) where T : class
    {
        children.EntityType.HasKey(key);
        children.EntityType.HasRequired(document, constraint, collection);
        children.HasRequiredBinding<Document>(document, documents);
        documents.HasManyBinding<T>(collection, children);
    }
}
