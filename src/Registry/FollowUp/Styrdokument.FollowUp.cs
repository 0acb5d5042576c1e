using Registry.FollowUp;

namespace Registry.Documents;

public sealed partial class Styrdokument
{
    public void Apply(FollowUpScheduled e)
    {
        FollowUps.Add(new FollowUpItem(e.FollowUpKey, e.Kind, e.DueOn, e.Description, null, null));
        Touch(e.Recorded);
    }

    public void Apply(FollowUpCompleted e)
    {
        var index = FollowUps.FindIndex(f => f.Key == e.FollowUpKey);
        FollowUps[index] = FollowUps[index] with { CompletedOn = e.CompletedOn, Note = e.Note };
        Touch(e.Recorded);
    }
}
