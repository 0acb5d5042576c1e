using Microsoft.OData.Edm;
using Microsoft.OData.ModelBuilder;
using Registry.ReadModels;

namespace Registry.Web.OData;

/// <summary>The OData entity sets and types served at /odata (see docs/odata.md).</summary>
public static class RegistryEdmModel
{
    public const string Namespace = "Styrdokumentregistret";

    public static IEdmModel Build()
    {
        var builder = new ODataConventionModelBuilder { Namespace = Namespace, ContainerName = "Registry" };
        Set<DocumentRow>(builder, "Documents", "Document").HasKey(d => d.Id);
        Set<ValidityPeriodRow>(builder, "ValidityPeriods", "ValidityPeriod").HasKey(p => new { p.DocumentId, p.Number });
        Set<LifecycleEventRow>(builder, "LifecycleEvents", "LifecycleEvent").HasKey(e => e.Id);
        Set<DecisionRow>(builder, "Decisions", "Decision").HasKey(d => d.Id);
        Set<ConsultationRow>(builder, "Consultations", "Consultation").HasKey(c => new { c.DocumentId, c.Number });
        Set<ConsultationResponseRow>(builder, "ConsultationResponses", "ConsultationResponse")
            .HasKey(r => new { r.DocumentId, r.ConsultationNumber, r.Recipient });
        Set<WarningRow>(builder, "Warnings", "Warning").HasKey(w => w.Id);
        Set<MeetingRow>(builder, "Meetings", "Meeting").HasKey(m => m.Id);
        Set<AgendaItemRow>(builder, "AgendaItems", "AgendaItem").HasKey(a => new { a.MeetingId, a.Number });
        Set<PositionRow>(builder, "Positions", "Position").HasKey(p => p.Id);
        return builder.GetEdmModel();
    }

    private static EntityTypeConfiguration<T> Set<T>(ODataConventionModelBuilder builder, string set, string type)
        where T : class
    {
        var entity = builder.EntitySet<T>(set).EntityType;
        entity.Name = type;
        entity.Namespace = Namespace;
        return entity;
    }
}
