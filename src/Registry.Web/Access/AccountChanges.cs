using Marten;
using NodaTime;
using Registry.Documents;

namespace Registry.Web.Access;

/// <summary>The audit trail of accounts and keys: appended in the same transaction as the change it describes.</summary>
public static class AccountChanges
{
    public static void Record(IDocumentSession session, IClock clock, string accountId, string by, string what) =>
        session.Insert(new AccountChange
        {
            Id = Guid.CreateVersion7(),
            AccountId = accountId,
            At = clock.GetCurrentInstant(),
            By = by,
            What = what,
        });
}

/// <summary>A key's expiry as the pages ask for it: the last day it works, in Stockholm.</summary>
public static class KeyExpiry
{
    /// <summary>The instant the key stops working: midnight in Stockholm after <paramref name="lastDay"/>.</summary>
    public static Instant? From(LocalDate? lastDay, IClock clock)
    {
        if (lastDay is not { } day) return null;
        Rule.Require(day >= clock.TodayInStockholm(),
            "Sista giltighetsdagen får inte ha passerat.", "lastDay");
        Rule.Require(day.Year <= 2199, "Sista giltighetsdagen måste ligga före år 2200.", "lastDay");
        return day.PlusDays(1).InStockholm(LocalTime.Midnight);
    }

    /// <summary>The last day a key works, from the instant it stops.</summary>
    public static LocalDate? LastDay(Instant? expiresAt) => expiresAt?.InStockholm().Date.PlusDays(-1);

    public static string Show(LocalDate? lastDay) =>
        lastDay is { } day ? $"giltig till och med {day:yyyy-MM-dd}" : "utan slutdatum";
}
