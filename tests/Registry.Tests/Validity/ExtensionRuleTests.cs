namespace Registry.Tests.Validity;

public sealed class ExtensionRuleTests
{
    [Fact]
    public void Extension_moves_the_end_date_and_adds_a_validity_period()
    {
        var document = Scenario.Given(InForce())
            .When(new ExtendDocument(Date(2026, 12, 31), new DecisionReference(" VVG", Date(2023, 12, 15), "5 "), true, " Ny bilaga "))
            .Then(new DocumentExtended(DocumentId, 1, Date(2023, 12, 31), Date(2026, 12, 31), Vvg(Date(2023, 12, 15)), true,
                "Ny bilaga", Recording));

        Assert.Equal(Date(2026, 12, 31), document.ValidTo);
        Assert.Equal(Date(2023, 12, 31), document.OriginalValidTo);
        Assert.Equal(1, document.ExtensionCount);
        Assert.Equal(new ValidityPeriod(1, Date(2024, 1, 1), Date(2026, 12, 31), ValidityBasis.Extension, Vvg(Date(2023, 12, 15)), true),
            document.ValidityPeriods[^1]);
    }

    [Fact]
    public void Second_extension_starts_from_the_extended_end_date()
    {
        var first = new DocumentExtended(DocumentId, 1, Date(2023, 12, 31), Date(2024, 12, 31), Vvg(Date(2023, 12, 1)), false, null, Recording);
        var document = Scenario.Given([.. InForce(), first]).When(new ExtendDocument(Date(2025, 12, 31), Vvg(Date(2024, 12, 1))))
            .Then(new DocumentExtended(DocumentId, 1, Date(2024, 12, 31), Date(2025, 12, 31), Vvg(Date(2024, 12, 1)), false, null, Recording));

        Assert.Equal(2, document.ExtensionCount);
    }

    [Fact]
    public void Extension_decided_on_the_last_day_in_force_is_accepted()
    {
        Scenario.Given(InForce()).When(new ExtendDocument(Date(2024, 12, 31), Vvg(Date(2023, 12, 31))))
            .Then(new DocumentExtended(DocumentId, 1, Date(2023, 12, 31), Date(2024, 12, 31), Vvg(Date(2023, 12, 31)), false, null, Recording));
    }

    [Fact]
    public void Late_extension_applied_retroactively_continues_from_the_day_after_the_old_end()
    {
        var document = Scenario.Given(InForce()).When(new ExtendDocument(Date(2024, 12, 31), Vvg(Date(2024, 1, 18)), Retroactive: true))
            .Then(new DocumentExtended(DocumentId, 1, Date(2023, 12, 31), Date(2024, 12, 31), Vvg(Date(2024, 1, 18)), false, null,
                Recording, Retroactive: true));

        var period = document.ValidityPeriods[^1];
        Assert.Equal((Date(2024, 1, 1), Date(2024, 12, 31), true, (LocalDate?)null), (period.From!.Value, period.To!.Value, period.Retroactive, period.UncoveredFrom));
        Assert.Equal(DocumentStatus.InForce, document.EffectiveStatus(Date(2024, 1, 18)));
        Assert.EndsWith("retroaktivt från 2024-01-01", new DocumentExtended(DocumentId, 1, Date(2023, 12, 31), Date(2024, 12, 31),
            Vvg(Date(2024, 1, 18)), false, null, Recording, Retroactive: true).Describe().Summary);
    }

    [Fact]
    public void Late_extension_from_a_later_day_records_the_uncovered_gap()
    {
        var document = Scenario.Given(InForce())
            .When(new ExtendDocument(Date(2025, 12, 31), Vvg(Date(2024, 2, 9)), ResumesOn: Date(2024, 3, 1)))
            .Then(new DocumentExtended(DocumentId, 1, Date(2023, 12, 31), Date(2025, 12, 31), Vvg(Date(2024, 2, 9)), false, null,
                Recording, ResumesOn: Date(2024, 3, 1)));

        var period = document.ValidityPeriods[^1];
        Assert.Equal(Date(2024, 3, 1), period.From);
        Assert.Equal((Date(2024, 1, 1), Date(2024, 2, 29)), (period.UncoveredFrom!.Value, period.UncoveredTo!.Value));
        Assert.False(period.Retroactive);
        // In the gap the document has lapsed; from the day it resumes it is in force again.
        Assert.Equal(DocumentStatus.Lapsed, document.EffectiveStatus(Date(2024, 2, 29)));
        Assert.Equal(DocumentStatus.InForce, document.EffectiveStatus(Date(2024, 3, 1)));
        Assert.Contains("gäller igen från 2024-03-01; glapp 2024-01-01 – 2024-02-29", new DocumentExtended(DocumentId, 1,
            Date(2023, 12, 31), Date(2025, 12, 31), Vvg(Date(2024, 2, 9)), false, null, Recording, ResumesOn: Date(2024, 3, 1)).Describe().Summary);
    }

    [Fact]
    public void Timely_extension_runs_on_from_the_day_after_the_old_end_and_is_not_recorded_as_retroactive()
    {
        Scenario.Given(InForce()).When(new ExtendDocument(Date(2025, 12, 31), Vvg(Date(2023, 12, 15)), Retroactive: true))
            .Then(new DocumentExtended(DocumentId, 1, Date(2023, 12, 31), Date(2025, 12, 31), Vvg(Date(2023, 12, 15)), false, null, Recording));
    }

    [Theory, MemberData(nameof(Refusals))]
    public void Refused(Refusal refusal) => refusal.Check();

    private const string AfterTheEnd = "Det nya slutdatumet måste ligga efter nuvarande slutdatum 2023-12-31.";

    // Issue 12 point 4: a decision after the end date was refused; it is now accepted when it says how it applies.
    private const string SayHowLateItApplies = "Beslutet (2024-02-01) fattades efter slutdatumet 2023-12-31. Ange om förlängningen gäller " +
                                               "retroaktivt eller från vilket datum den gäller igen (dagarna däremellan registreras som ett glapp), inte båda.";

    private const string ResumesInTheGap = "Gäller igen från måste ligga efter 2024-01-01 (annars gäller förlängningen retroaktivt) " +
                                           "och senast det nya slutdatumet 2025-12-31.";

    public static Refusals Refusals => new Refusals
    {
        { "Extension not after the current end date is rejected (2023-06-30)", InForce(), new ExtendDocument(Date(2023, 6, 30), Vvg(Date(2023, 5, 1))), "newValidTo", AfterTheEnd },
        { "Extension not after the current end date is rejected (2023-12-31)", InForce(), new ExtendDocument(Date(2023, 12, 31), Vvg(Date(2023, 5, 1))), "newValidTo", AfterTheEnd },
        { "Late extension must say whether it applies retroactively or from a later day (neither)", InForce(),
            new ExtendDocument(Date(2026, 12, 31), Vvg(Date(2024, 2, 1))), "retroactive", SayHowLateItApplies },
        { "Late extension must say whether it applies retroactively or from a later day (both)", InForce(),
            new ExtendDocument(Date(2026, 12, 31), Vvg(Date(2024, 2, 1)), Retroactive: true, ResumesOn: Date(2024, 3, 1)), "retroactive", SayHowLateItApplies },
        { "Late extension resumes after the day after the old end and by the new end (2024-01-01)", InForce(),
            new ExtendDocument(Date(2025, 12, 31), Vvg(Date(2024, 2, 9)), ResumesOn: Date(2024, 1, 1)), "resumesOn", ResumesInTheGap },
        { "Late extension resumes after the day after the old end and by the new end (2026-01-01)", InForce(),
            new ExtendDocument(Date(2025, 12, 31), Vvg(Date(2024, 2, 9)), ResumesOn: Date(2026, 1, 1)), "resumesOn", ResumesInTheGap },
        { "Timely extension has no gap", InForce(), new ExtendDocument(Date(2025, 12, 31), Vvg(Date(2023, 12, 31)), ResumesOn: Date(2024, 3, 1)),
            "resumesOn", "Beslutet (2023-12-31) fattades senast slutdatumet 2023-12-31; förlängningen fortsätter utan avbrott och har inget glapp." },
        { "Open ended document cannot be extended", InForce(openEnded: true), new ExtendDocument(Date(2027, 12, 31), Vvg(Date(2022, 12, 1))),
            "newValidTo", "Dokumentet gäller tills vidare och har inget slutdatum att förlänga." },
        { "Ended document cannot be extended (expired)", Expired(), new ExtendDocument(Date(2027, 12, 31), Vvg(Date(2022, 12, 1))),
            "status", "Dokumentet har upphört och kan inte förlängas." },
        { "Ended document cannot be extended (withdrawn)", Withdrawn(), new ExtendDocument(Date(2027, 12, 31), Vvg(Date(2022, 12, 1))),
            "status", "Dokumentet är återkallat och kan inte förlängas." },
        { "Ended document cannot be extended (superseded)", Superseded(), new ExtendDocument(Date(2027, 12, 31), Vvg(Date(2022, 12, 1))),
            "status", "Dokumentet är ersatt av ett annat och kan inte förlängas." },
        { "Agreement under notice cannot be extended", UnderNotice(), new ExtendDocument(Date(2027, 12, 31), Vvg(Date(2022, 1, 1))), "status", "Dokumentet är uppsagt och kan inte förlängas." },
        { "Draft cannot be extended", Draft(), new ExtendDocument(Date(2027, 12, 31), Vvg(Date(2022, 1, 1))), "status", "Endast ett gällande dokument kan förlängas." },
    }.RequiresADecision("Extension", InForce(), decision => new ExtendDocument(Date(2026, 12, 31), decision), Date(2023, 12, 1));
}
