using Registry.Documents;
using Registry.Drafting;

namespace Registry.Web.Ui.Forms;

/// <summary>A lifecycle step as the UI offers it: the command from the domain catalog, with a Swedish heading.</summary>
public sealed record StepDefinition(string Name, string Title, Type CommandType, string Done, string? Help = null)
{
    public string Button => Title;
}

public static class StepCatalog
{
    public static readonly StepDefinition Draft = new(DocumentCommandCatalog.Draft, "Nytt styrdokument", typeof(DraftDocument), "Utkastet är registrerat.",
        "Dokumentet registreras som utkast. Remiss, ställningstagande och ikraftträdande registreras sedan på dokumentets sida.");

    private static readonly Dictionary<string, (string Title, string Done, string? Help)> Texts = new()
    {
        ["extend"] = ("Registrera förlängning", "Förlängningen är registrerad.",
            "Flyttar slutdatumet för ett gällande dokument enligt ett beslut. Beslutet måste ha fattats innan dokumentet upphörde."),
        ["enter-into-force"] = ("Registrera ikraftträdande", "Ikraftträdandet är registrerat.", "Dokumentet (eller en pågående revidering) börjar gälla."),
        ["send-remiss"] = ("Skicka på remiss", "Remissen är registrerad som skickad.", null),
        ["change-remiss-deadline"] = ("Ändra sista svarsdag för remissen", "Den nya svarsdagen är registrerad.", null),
        ["record-remiss-response"] = ("Registrera remissvar", "Remissvaret är registrerat.", null),
        ["close-remiss"] = ("Stäng remissen", "Remissen är stängd.", null),
        ["endorse"] = ("Registrera ställningstagande", "Ställningstagandet är registrerat.", "SRO:s eller VVG:s ställningstagande vid ett möte, under en paragraf."),
        ["adopt"] = ("Registrera beslut hos huvudman", "Beslutet hos huvudmannen är registrerat.", "Regionen eller en kommun beslutar att anta dokumentet."),
        ["draft-revision"] = ("Påbörja revidering", "Revideringen är påbörjad.", "En ny version tas fram medan den nuvarande fortsätter att gälla."),
        ["change-notice-period"] = ("Ändra uppsägningstid", "Den nya uppsägningstiden är registrerad.", null),
        ["give-notice"] = ("Registrera uppsägning", "Uppsägningen är registrerad.", null),
        ["schedule-follow-up"] = ("Planera uppföljning", "Uppföljningen är planerad.", null),
        ["complete-follow-up"] = ("Registrera genomförd uppföljning", "Uppföljningen är registrerad som genomförd.", null),
        ["withdraw"] = ("Återkalla dokumentet", "Dokumentet är återkallat.", "Endast ett dokument som inte har trätt i kraft kan återkallas."),
        ["supersede"] = ("Registrera att dokumentet ersatts", "Det är registrerat att dokumentet ersatts.", null),
        ["expire"] = ("Registrera att dokumentet upphört", "Det är registrerat att dokumentet upphört.", "Endast när slutdatumet har passerat utan förlängning."),
    };

    /// <summary>Every step of <see cref="DocumentCommandCatalog"/>: the extension first, then in lifecycle order.</summary>
    public static readonly IReadOnlyList<StepDefinition> Steps = Texts
        .Select(t => new StepDefinition(t.Key, t.Value.Title, DocumentCommandCatalog.Steps[t.Key], t.Value.Done, t.Value.Help))
        .ToList();

    public static StepDefinition? Find(string name) => Steps.FirstOrDefault(s => s.Name == name);

    /// <summary>The steps worth offering for a document in this state (the commands' rules still decide).</summary>
    public static IEnumerable<StepDefinition> Relevant(Styrdokument document) => Steps.Where(step => step.Name switch
    {
        "send-remiss" => (document.Status.IsBeforeEntryIntoForce() || document.PendingRevision is not null)
                         && document.OpenConsultation is null,
        "change-remiss-deadline" or "record-remiss-response" or "close-remiss" => document.OpenConsultation is not null,
        "endorse" or "adopt" or "schedule-follow-up" or "supersede" => !document.Status.IsTerminal(),
        "enter-into-force" => document.Status.IsBeforeEntryIntoForce() || document.PendingRevision is not null,
        "extend" or "draft-revision" => document.Status == DocumentStatus.InForce,
        "change-notice-period" => !document.Status.IsTerminal() && DocumentKinds.Agreements.Contains(document.Kind),
        "give-notice" => document.Status == DocumentStatus.InForce && document.NoticePeriodMonths is not null,
        "complete-follow-up" => document.FollowUps.Any(f => f.CompletedOn is null),
        "withdraw" => document.Status.IsBeforeEntryIntoForce(),
        "expire" => document.Status.IsInForce() && document.ValidTo is not null,
        _ => true,
    });
}
