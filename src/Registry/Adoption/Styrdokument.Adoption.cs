using Registry.Adoption;

namespace Registry.Documents;

public sealed partial class Styrdokument
{
    public void Apply(DocumentAdopted e)
    {
        Adoptions.Add(new AdoptionRecord(e.Party, e.DecidedOn, e.Decision, e.TextVersion));
        if (Status.IsBeforeEntryIntoForce()) Status = DocumentStatus.Adopted;
        Touch(e.Recorded, e.Decision);
    }
}
