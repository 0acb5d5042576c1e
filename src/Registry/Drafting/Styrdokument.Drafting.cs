using Registry.Drafting;

namespace Registry.Documents;

public sealed partial class Styrdokument
{
    public static Styrdokument Create(DocumentDrafted e)
    {
        var document = new Styrdokument
        {
            Id = e.DocumentId,
            Title = e.Title,
            Kind = e.Kind,
            OwnerBodies = [.. e.OwnerBodies],
            ParentId = e.ParentId,
            OfficialTextUrl = e.OfficialTextUrl,
            RequiresAllParties = e.RequiresAllParties,
            Status = DocumentStatus.Draft,
        };
        document.Touch(e.Recorded);
        return document;
    }

    public void Apply(DraftWithdrawn e)
    {
        Status = DocumentStatus.Withdrawn;
        Touch(e.Recorded);
    }
}
