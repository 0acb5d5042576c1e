using Registry.Provenance;
using Registry.Remiss;

namespace Registry.Tests.Remiss;

public sealed class RemissConferenceRuleTests
{
    [Fact]
    public void A_conference_is_a_dated_entry_of_the_open_remiss()
    {
        var document = Scenario.Given(OnRemiss())
            .When(new RecordRemissConference(Date(2021, 10, 1), " Remisskonferens Fyrbodal ", Precision: new Dictionary<string, DatePrecision> { ["heldOn"] = DatePrecision.Month }))
            .Then(new RemissConferenceRecorded(DocumentId, 1, Date(2021, 10, 1), "Remisskonferens Fyrbodal", Recording,
                Precision: new Dictionary<string, DatePrecision> { ["heldOn"] = DatePrecision.Month }));

        Assert.Equal([new RemissConference(Date(2021, 10, 1), "Remisskonferens Fyrbodal", DatePrecision.Month)],
            document.OpenConsultation!.Conferences);
    }

    [Fact]
    public void A_conference_before_the_remiss_was_sent_is_refused() =>
        Scenario.Given(OnRemiss()).When(new RecordRemissConference(Date(2021, 9, 30), "Konferens"))
            .ThenRejects("heldOn", "Remisskonferensen kan inte ha hållits före remissens utskicksdatum 2021-10-01.");

    [Fact]
    public void A_conference_needs_a_description() =>
        Scenario.Given(OnRemiss()).When(new RecordRemissConference(Date(2021, 10, 12), " "))
            .ThenRejects("description", "Konferens måste anges.");

    [Fact]
    public void Without_an_open_remiss_there_is_no_conference() =>
        Scenario.Given(Draft()).When(new RecordRemissConference(Date(2021, 10, 12), "Konferens"))
            .ThenRejects("status", "Det finns ingen öppen remiss för dokumentet.");
}
