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

    [Fact]
    public void Deadline_before_the_sending_date_is_rejected()
    {
        Scenario.Given(OnRemiss()).When(new ChangeRemissDeadline(Date(2021, 9, 30)))
            .ThenRejects("newDeadline", "Sista svarsdag kan inte ligga före remissens utskicksdatum 2021-10-01.");
    }

    [Fact]
    public void Unchanged_deadline_is_rejected()
    {
        Scenario.Given(OnRemiss()).When(new ChangeRemissDeadline(Date(2021, 12, 31)))
            .ThenRejects("newDeadline", "Den nya svarsdagen är samma som den nuvarande.");
    }

    [Fact]
    public void Deadline_change_without_an_open_remiss_is_rejected()
    {
        Scenario.Given([.. OnRemiss(), new RemissClosed(DocumentId, 1, Date(2022, 1, 10), Recording)])
            .When(new ChangeRemissDeadline(Date(2022, 1, 31)))
            .ThenRejects("status", "Det finns ingen öppen remiss för dokumentet.");
    }
}
