namespace Registry.Tests.Support;

public static class Decisions
{
    public static object Vvg(string date, string item = "5") => new { body = "VVG", meetingDate = date, agendaItem = item };

    public static object Sro(string date, string item = "4") => new { body = "SRO", meetingDate = date, agendaItem = item };
}
