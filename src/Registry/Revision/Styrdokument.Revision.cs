using Registry.Revision;

namespace Registry.Documents;

public sealed partial class Styrdokument
{
    public void Apply(RevisionDrafted e)
    {
        PendingRevision = new PendingRevision(e.TextVersion, e.Summary, e.DraftedOn);
        Touch(e.Recorded);
    }
}
