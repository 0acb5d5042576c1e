using Registry.Adoption;
using Registry.Contacts;
using Registry.Endorsement;
using Registry.Remiss;

namespace Registry.Web.Ui.Forms;

/// <summary>Swedish labels of choices and adoption counts (inputs are labelled by their step, see LifecycleStep.Inputs).</summary>
public static class FieldLabels
{
    /// <summary>A choice of a form's select: the domain's own Swedish label of the value.</summary>
    public static string Enum(object value) => value switch
    {
        EndorsementOutcome outcome => outcome.Label(),
        ResponseStance stance => stance.Label(),
        FollowUpKind kind => kind.Label(),
        ValidityBasis basis => basis.Label(),
        ContactRole role => role.Label(),
        Registry.Relations.RelationKind relation => Registry.Relations.RelationKinds.Label(relation),
        AdoptionRequirement requirement => requirement.Label(),
        NoticeScope scope => scope.Label(),
        Registry.Provenance.DatePrecision precision => Registry.Provenance.DatePrecisions.Label(precision),
        _ => value.ToString() ?? "",
    };

    /// <summary>Adoption is about parties; kept here so every label of the UI is in one place.</summary>
    public static string Adoptions(Styrdokument document) =>
        document.RequiredAdoptions > 0
            ? $"{document.AdoptionCount} av {document.RequiredAdoptions}"
            : $"{document.AdoptionCount}";

    public static IEnumerable<AdoptionRecord> CurrentAdoptions(Styrdokument document) =>
        document.Adoptions.Where(a => a.TextVersion == document.AdoptionTargetVersion);
}
