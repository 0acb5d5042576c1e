using Microsoft.OData.Edm;
using Microsoft.OData.ModelBuilder;

namespace Registry.Web.OData;

/// <summary>
/// The OData entity sets and types served at /odata (see docs/odata.md), as declared in <see cref="FeedSet.All"/>.
/// Every child set has a navigation property <c>Document</c> with the referential constraint DocumentId → Id, and
/// Documents the reverse collections, so Power BI finds the relationships in $metadata.
/// </summary>
public static class RegistryEdmModel
{
    public const string Namespace = "Styrdokumentregistret";

    public static IEdmModel Build()
    {
        var builder = new ODataConventionModelBuilder { Namespace = Namespace, ContainerName = "Registry" };
        foreach (var set in FeedSet.All) set.AddTo(builder);
        return builder.GetEdmModel();
    }
}
