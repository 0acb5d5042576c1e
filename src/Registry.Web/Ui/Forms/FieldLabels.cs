using Registry.Adoption;
using Registry.Documents;
using Registry.Endorsement;
using Registry.Remiss;

namespace Registry.Web.Ui.Forms;

/// <summary>Swedish labels for the commands' inputs and choices.</summary>
public static class FieldLabels
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["title"] = "Titel",
        ["kind"] = "Typ",
        ["ownerBodies"] = "Ägande organ",
        ["parentId"] = "Hör till dokument",
        ["officialTextUrl"] = "Länk till dokumentets text",
        ["requiresAllParties"] = "Kräver beslut hos alla 50 huvudmän",
        ["draftedOn"] = "Datum",
        ["newValidTo"] = "Nytt slutdatum",
        ["withEditorialChanges"] = "Med redaktionella ändringar",
        ["note"] = "Anteckning",
        ["decision"] = "Beslut",
        ["decision.body"] = "Beslutande organ",
        ["decision.meetingDate"] = "Mötesdatum",
        ["decision.agendaItem"] = "Paragraf (§)",
        ["sentOn"] = "Utskicksdatum",
        ["responseDeadline"] = "Sista svarsdag",
        ["recipients"] = "Mottagare",
        ["subject"] = "Ämne",
        ["newDeadline"] = "Ny sista svarsdag",
        ["reason"] = "Skäl",
        ["recipient"] = "Remissinstans",
        ["stance"] = "Svar",
        ["respondedOn"] = "Svarsdatum",
        ["closedOn"] = "Stängd den",
        ["outcome"] = "Ställningstagande",
        ["presenter"] = "Föredragande",
        ["party"] = "Huvudman",
        ["decidedOn"] = "Beslutsdatum",
        ["validFrom"] = "Gäller från",
        ["validTo"] = "Gäller till",
        ["noticePeriodMonths"] = "Uppsägningstid (månader)",
        ["summary"] = "Vad revideras",
        ["givenOn"] = "Uppsägningsdatum",
        ["dueOn"] = "Senast",
        ["description"] = "Beskrivning",
        ["followUpKey"] = "Uppföljning",
        ["completedOn"] = "Genomförd den",
        ["withdrawnOn"] = "Återkallad den",
        ["supersededById"] = "Ersätts av",
        ["supersededOn"] = "Ersatt den",
    };

    private static readonly Dictionary<string, string> Hints = new()
    {
        ["ownerBodies"] = "Ett organ per rad, t.ex. SRO eller VVG.",
        ["recipients"] = "En mottagare per rad. Lämna tomt för Västra Götalandsregionen och alla 49 kommuner.",
        ["validTo"] = "Lämna tomt om dokumentet gäller tills vidare.",
        ["noticePeriodMonths"] = "Endast för avtal och överenskommelser.",
        ["decision.agendaItem"] = "Paragrafens nummer i protokollet, t.ex. 5.",
        ["followUpKey"] = "Lämna tomt för att få en nyckel automatiskt.",
    };

    public static string For(string name) => Labels.GetValueOrDefault(name, name);

    public static string? HintFor(string name) => Hints.GetValueOrDefault(name);

    public static string Kind(string kind) => kind switch
    {
        "avtal" => "Avtal",
        "overenskommelse" => "Överenskommelse",
        "riktlinje" => "Riktlinje",
        "handlingsplan" => "Handlingsplan",
        "strategi" => "Strategi / färdplan",
        "uppdragshandling" => "Uppdragshandling",
        "rutin" => "Rutin",
        _ => kind.Length > 0 ? char.ToUpperInvariant(kind[0]) + kind[1..] : kind,
    };

    public static string Enum(object value) => value switch
    {
        EndorsementOutcome.Endorsed => "Ställer sig bakom",
        EndorsementOutcome.RecommendedToPrincipals => "Rekommenderar huvudmännen att anta",
        EndorsementOutcome.Noted => "Noterar informationen",
        EndorsementOutcome.Rejected => "Avslår",
        ResponseStance.Approve => "Tillstyrker",
        ResponseStance.ApproveWithComments => "Tillstyrker med synpunkter",
        ResponseStance.Reject => "Avstyrker",
        ResponseStance.Abstain => "Avstår",
        FollowUpKind.Uppfoljning => "Uppföljning",
        FollowUpKind.Utvardering => "Utvärdering",
        FollowUpKind.Avstamning => "Avstämning",
        ValidityBasis.Original => "Ursprunglig",
        ValidityBasis.Extension => "Förlängning",
        ValidityBasis.Revision => "Revidering",
        _ => value.ToString() ?? "",
    };

    /// <summary>Adoption is about parties; kept here so every label of the UI is in one place.</summary>
    public static string Adoptions(Styrdokument document) =>
        document.RequiresAllParties
            ? $"{document.AdoptionCount} av {document.RequiredAdoptions}"
            : $"{document.AdoptionCount}";

    public static IEnumerable<AdoptionRecord> CurrentAdoptions(Styrdokument document) =>
        document.Adoptions.Where(a => a.TextVersion == document.AdoptionTargetVersion);
}
