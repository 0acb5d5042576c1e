using System.Globalization;

namespace Registry.Provenance;

/// <summary>How much of a date the source states. A date recorded without one is exact to the day, as entered.</summary>
public enum DatePrecision
{
    /// <summary>The day is known: "2021-06-14".</summary>
    Day,

    /// <summary>Only the month: "juni 2021" (the date is the first of the month).</summary>
    Month,

    /// <summary>Only the year: "2015" (the date is 1 January).</summary>
    Year,

    /// <summary>About that year: "ca 2015".</summary>
    Approximate,

    /// <summary>The source leaves the date open: "okänt" (no date is stored).</summary>
    Unknown,
}

public static class DatePrecisions
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>The date as people write it at its precision: "2021-06-14", "juni 2021", "2015", "ca 2015", "okänt".</summary>
    public static string Show(LocalDate? date, DatePrecision? precision = null) => (date, precision ?? DatePrecision.Day) switch
    {
        (_, DatePrecision.Unknown) or (null, _) => "okänt",
        ({ } d, DatePrecision.Month) => $"{Swedish.DateTimeFormat.GetMonthName(d.Month)} {d.Year}",
        ({ } d, DatePrecision.Year) => d.Year.ToString(CultureInfo.InvariantCulture),
        ({ } d, DatePrecision.Approximate) => $"ca {d.Year}",
        ({ } d, _) => EventDescription.Date(d),
    };

    public static string Label(this DatePrecision precision) => precision switch
    {
        DatePrecision.Month => "Månad",
        DatePrecision.Year => "År",
        DatePrecision.Approximate => "Ungefärligt",
        DatePrecision.Unknown => "Okänt",
        _ => "Dag",
    };

    /// <summary>The precision of the date input <paramref name="input"/> (Day when not stated).</summary>
    public static DatePrecision Of(this IReadOnlyDictionary<string, DatePrecision>? precision, string input) =>
        precision is not null && precision.TryGetValue(input, out var p) ? p : DatePrecision.Day;

    /// <summary>
    /// A command's precisions, checked against its date inputs: each key names one, a month or year precision is on
    /// the first day of its month or year, and a date given at day precision needs no entry (dropped).
    /// </summary>
    public static IReadOnlyDictionary<string, DatePrecision>? Check(IReadOnlyDictionary<string, DatePrecision>? precision,
        IReadOnlyDictionary<string, LocalDate?> dates)
    {
        if (precision is null) return null;
        var result = new SortedDictionary<string, DatePrecision>(StringComparer.Ordinal);
        foreach (var (input, value) in precision)
        {
            Rule.Require(dates.ContainsKey(input),
                $"\"{input}\" är inget datum i det här steget. Precision kan anges för: {string.Join(", ", dates.Keys)}.",
                $"precision.{input}");
            Rule.Require(Enum.IsDefined(value), "Okänd precision.", $"precision.{input}");
            var date = dates[input];
            Rule.Require(value == DatePrecision.Unknown || date is not null,
                $"Datumet {input} saknas; ange precision \"unknown\" om källan inte anger det.", input);
            Rule.Require(value != DatePrecision.Unknown || date is null,
                $"Datumet {input} är okänt enligt precisionen och ska lämnas tomt.", input);
            Rule.Require(value != DatePrecision.Month || date!.Value.Day == 1 || date.Value.Day == date.Value.Calendar.GetDaysInMonth(date.Value.Year, date.Value.Month),
                "Ett datum med precision månad anges som månadens första eller sista dag (t.ex. 2021-06-01 för juni 2021).", input);
            Rule.Require(value is not (DatePrecision.Year or DatePrecision.Approximate)
                         || date!.Value is { Day: 1, Month: 1 } or { Day: 31, Month: 12 },
                "Ett datum med precision år eller ungefärligt anges som årets första eller sista dag (t.ex. 2015-01-01).", input);
            if (value != DatePrecision.Day) result[input] = value;
        }
        return result.Count == 0 ? null : result;
    }
}
