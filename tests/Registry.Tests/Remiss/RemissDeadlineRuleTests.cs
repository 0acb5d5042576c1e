namespace Registry.Tests.Remiss;

public sealed class RemissDeadlineRuleTests
{
    [Fact]
    public void Deadline_change_records_the_previous_and_the_new_deadline()
    {
        var document = Scenario.Given(OnRemiss()).When(new ChangeRemissDeadline(Date(2022, 1, 31), " Jul "))
            .Then(new RemissDeadlineChanged(DocumentId, 1, Date(2021, 12, 31), Date(2022, 1, 31), "Jul", Recording));

        Assert.Equal(Date(2022, 1, 31), document.OpenConsultation!.ResponseDeadline);
    }

    [Fact]
    public void Deadline_may_be_moved_to_the_sending_date()
    {
        Scenario.Given(OnRemiss()).When(new ChangeRemissDeadline(Date(2021, 10, 1)))
            .Then(new RemissDeadlineChanged(DocumentId, 1, Date(2021, 12, 31), Date(2021, 10, 1), null, Recording));
    }

    [Theory, MemberData(nameof(Refusals))]
    public void Refused(Refusal refusal) => refusal.Check();

    public static Refusals Refusals => new Refusals
    {
        { "Deadline before the sending date is rejected", OnRemiss(), new ChangeRemissDeadline(Date(2021, 9, 30)), "newDeadline", "Sista svarsdag kan inte ligga före remissens utskicksdatum 2021-10-01." },
        { "Unchanged deadline is rejected", OnRemiss(), new ChangeRemissDeadline(Date(2021, 12, 31)), "newDeadline", "Den nya svarsdagen är samma som den nuvarande." },
    }.NeedsAnOpenRemiss("Deadline change without an open remiss is rejected", BackFromRemiss(), new ChangeRemissDeadline(Date(2022, 1, 31)));
}
