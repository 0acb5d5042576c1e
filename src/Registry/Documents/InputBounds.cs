using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace Registry.Documents;

/// <summary>
/// One set of bounds on every command's input, checked before its rules run, whoever sends it (API, UI, import,
/// demo data): dates in 1900–2199 (so no date arithmetic can leave NodaTime's range), no control characters, no
/// invisible characters that reorder or hide text, capped text lengths and list sizes. Each violation is a
/// <see cref="RuleViolation"/> naming the field, as in the JSON (<c>decision.body</c>).
/// </summary>
public static class InputBounds
{
    public static readonly LocalDate EarliestDate = new(1900, 1, 1);
    public static readonly LocalDate LatestDate = new(2199, 12, 31);
    public const int MaxTitleLength = 300;
    public const int MaxTextLength = 4_000;
    public const int MaxOwnerBodies = 100;
    public const int MaxListLength = 200;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <exception cref="RuleViolation">The first value out of bounds.</exception>
    public static void Check(object command) => CheckObject(command, prefix: "", depth: 0);

    private static void CheckObject(object value, string prefix, int depth)
    {
        foreach (var property in Properties.GetOrAdd(value.GetType(), InputProperties))
        {
            var field = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            CheckValue(property.GetValue(value), field, depth);
        }
    }

    private static void CheckValue(object? value, string field, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case LocalDate date:
                Rule.Require(date >= EarliestDate && date <= LatestDate,
                    $"Datumet i fältet {field} ({Iso(date)}) ligger utanför det tillåtna intervallet " +
                    $"{Iso(EarliestDate)}–{Iso(LatestDate)}.", field);
                return;
            case string text:
                CheckText(text, field, field == "title" ? MaxTitleLength : MaxTextLength, multiline: field != "title");
                return;
            case IEnumerable items:
                var list = items.Cast<object?>().ToList();
                var max = field == "ownerBodies" ? MaxOwnerBodies : MaxListLength;
                Rule.Require(list.Count <= max, $"Fältet {field} får innehålla högst {max} värden (nu {list.Count}).", field);
                foreach (var item in list) CheckValue(item, field, depth + 1);
                return;
            default:
                // Nested input records of the domain (a decision), not primitives or ids.
                if (depth < 3 && value.GetType() is { IsClass: true } type && type.Namespace?.StartsWith("Registry") == true)
                    CheckObject(value, field + ".", depth + 1);
                return;
        }
    }

    private static void CheckText(string text, string field, int maxLength, bool multiline)
    {
        Rule.Require(text.Length <= maxLength, $"Fältet {field} får vara högst {maxLength} tecken (nu {text.Length}).", field);
        foreach (var c in text)
        {
            if (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
                throw new RuleViolation($"Fältet {field} innehåller ett otillåtet styrtecken (U+{(int)c:X4}).", field);
            if (IsInvisibleFormatting(c))
                throw new RuleViolation(
                    $"Fältet {field} innehåller ett osynligt tecken som vänder textens riktning eller döljer tecken " +
                    $"(U+{(int)c:X4}). Ta bort det och skriv texten på nytt.", field);
        }
    }

    /// <summary>Bidi embeddings, overrides, isolates and marks, and zero-width characters: they make a title look like another.</summary>
    private static bool IsInvisibleFormatting(char c) => c is
        '\u061C' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E')
        or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u2069') or '\u180E' or '\uFEFF';

    /// <summary>The input of a command record: the properties its constructor takes, not computed ones.</summary>
    private static PropertyInfo[] InputProperties(Type type)
    {
        var parameters = type.GetConstructors().SelectMany(c => c.GetParameters())
            .Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && parameters.Contains(p.Name))
            .ToArray();
    }

    private static string Iso(LocalDate date) =>
        date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
