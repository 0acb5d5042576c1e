namespace Registry.Validity;

/// <summary>
/// A document lapses by the calendar, not by a step (ADR 0027): from the day after its end date it is "Utgånget",
/// and an agreement whose notice has run out "Upphört". The recorded status stays as the events left it; every reader
/// computes the status in effect on "today" (Europe/Stockholm, from the injected clock) — in C# here, in PostgreSQL
/// with <see cref="Sql"/> for the OData feed — so no stored status is wrong after midnight.
/// </summary>
public static class Lapse
{
    /// <param name="resumesOn">After a late extension with a gap: the day the document is in force again.</param>
    /// <param name="renews">An agreement that renews itself (ADR 0034): its end date is only the first period's end.</param>
    public static DocumentStatus Of(DocumentStatus recorded, LocalDate? validTo, LocalDate today, LocalDate? resumesOn = null, bool renews = false) => recorded switch
    {
        DocumentStatus.InForce when (validTo < today && !renews) || resumesOn > today => DocumentStatus.Lapsed,
        DocumentStatus.NoticeGiven when validTo < today => DocumentStatus.Expired,
        _ => recorded,
    };

    /// <summary>The status of the document in effect on <paramref name="today"/>.</summary>
    public static DocumentStatus EffectiveStatus(this Styrdokument document, LocalDate today) =>
        Of(document.Status, document.ValidTo, today, document.ResumesOn(), document.CurrentRenewal() is not null);

    /// <summary>When the latest period follows a gap (a late extension not applied retroactively): its first day.</summary>
    public static LocalDate? ResumesOn(this Styrdokument document) =>
        document.ValidityPeriods.LastOrDefault() is { UncoveredTo: not null, From: var from } ? from : null;

    /// <summary>
    /// The same rule as SQL over a row with the columns <c>status</c>, <c>valid_to</c>, <c>resumes_on</c> and
    /// <c>renewal_period_months</c> (the recorded values), with
    /// "today" as the parameter named <paramref name="today"/>: the effective status code, and its Swedish label.
    /// </summary>
    public static (string Status, string Label) Sql(string today)
    {
        var lapsed = $"status = '{DocumentStatus.InForce}' and ((valid_to < {today} and renewal_period_months is null) or resumes_on > {today})";
        var ended = $"status = '{DocumentStatus.NoticeGiven}' and valid_to < {today}";
        return ($"case when {lapsed} then '{DocumentStatus.Lapsed}' when {ended} then '{DocumentStatus.Expired}' else status end",
            $"case when {lapsed} then '{DocumentStatus.Lapsed.Label()}' when {ended} then '{DocumentStatus.Expired.Label()}' else status_label end");
    }
}
