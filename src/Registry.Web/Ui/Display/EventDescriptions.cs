using Registry.Adoption;
using Registry.Documents;
using Registry.Drafting;
using Registry.Endorsement;
using Registry.FollowUp;
using Registry.Remiss;
using Registry.Revision;
using Registry.Termination;
using Registry.Validity;
using Registry.Web.Ui.Forms;

namespace Registry.Web.Ui.Display;

/// <summary>The history in Swedish: what each event means, in one line.</summary>
public static class EventDescriptions
{
    public static string Label(object e) => e switch
    {
        DocumentDrafted => "Utkast registrerat",
        DraftWithdrawn => "Återkallat",
        RemissSent => "Skickat på remiss",
        RemissDeadlineChanged => "Remisstiden ändrad",
        RemissResponseRecorded => "Remissvar registrerat",
        RemissClosed => "Remissen stängd",
        DocumentEndorsed => "Ställningstagande",
        DocumentAdopted => "Beslut hos huvudman",
        DocumentEnteredIntoForce => "Trätt i kraft",
        DocumentExtended => "Förlängt",
        RevisionDrafted => "Revidering påbörjad",
        NoticePeriodChanged => "Uppsägningstiden ändrad",
        NoticeGiven => "Uppsagt",
        DocumentSuperseded => "Ersatt",
        DocumentExpired => "Upphört",
        FollowUpScheduled => "Uppföljning planerad",
        FollowUpCompleted => "Uppföljning genomförd",
        _ => e.GetType().Name,
    };

    public static string Summary(object e) => e switch
    {
        DocumentDrafted d => $"{FieldLabels.Kind(d.Kind)} ”{d.Title}”, ägare {string.Join(", ", d.OwnerBodies)}, {Date(d.DraftedOn)}",
        DraftWithdrawn w => Join(Date(w.WithdrawnOn), w.Reason),
        RemissSent r => Join($"Remiss {r.Number} till {r.Recipients.Count} mottagare, svar senast {Date(r.ResponseDeadline)}", r.Subject),
        RemissDeadlineChanged c => Join($"Sista svarsdag {Date(c.PreviousDeadline)} → {Date(c.NewDeadline)}", c.Reason),
        RemissResponseRecorded r => $"{r.Recipient}: {FieldLabels.Enum(r.Stance)} ({Date(r.RespondedOn)})",
        RemissClosed c => $"Remiss {c.Number} stängd {Date(c.ClosedOn)}",
        DocumentEndorsed d => Join($"{FieldLabels.Enum(d.Outcome)}, {d.Decision}", d.Presenter is null ? null : "föredragande " + d.Presenter),
        DocumentAdopted a => Join($"{a.Party} antog version {a.TextVersion} {Date(a.DecidedOn)}", a.Decision?.ToString()),
        DocumentEnteredIntoForce f => Join($"Version {f.TextVersion} gäller {Period(f.ValidFrom, f.ValidTo)}", f.Decision?.ToString()),
        DocumentExtended x => Join($"Slutdatum {Date(x.PreviousValidTo)} → {Date(x.NewValidTo)}, {x.Decision}",
            x.WithEditorialChanges ? "med redaktionella ändringar" : null, x.Note),
        RevisionDrafted r => $"Version {r.TextVersion}: {r.Summary}",
        NoticePeriodChanged n => $"{(n.PreviousMonths is { } p ? p + " → " : "")}{n.NoticePeriodMonths} månader, {n.Decision}",
        NoticeGiven n => Join($"{n.Party} sade upp avtalet {Date(n.GivenOn)}; upphör {Date(n.EndsOn)}", n.Decision?.ToString()),
        DocumentSuperseded s => Join($"Ersatt {Date(s.SupersededOn)}", s.Decision?.ToString()),
        DocumentExpired x => $"Upphörde efter {Date(x.EndedOn)}",
        FollowUpScheduled f => Join($"{FieldLabels.Enum(f.Kind)} senast {Date(f.DueOn)}", f.Description),
        FollowUpCompleted c => Join($"{c.FollowUpKey} genomförd {Date(c.CompletedOn)}", c.Note),
        _ => "",
    };

    /// <summary>The decision an event was taken on, if any (for the list of decisions).</summary>
    public static DecisionReference? Decision(object e) => e switch
    {
        DocumentEndorsed d => d.Decision,
        DocumentAdopted a => a.Decision,
        DocumentEnteredIntoForce f => f.Decision,
        DocumentExtended x => x.Decision,
        NoticePeriodChanged n => n.Decision,
        NoticeGiven n => n.Decision,
        DocumentSuperseded s => s.Decision,
        _ => null,
    };

    public static string Date(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Period(NodaTime.LocalDate from, NodaTime.LocalDate? to) =>
        to is { } end ? $"{Date(from)} – {Date(end)}" : $"från {Date(from)} tills vidare";

    private static string Join(params string?[] parts) => string.Join("; ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
