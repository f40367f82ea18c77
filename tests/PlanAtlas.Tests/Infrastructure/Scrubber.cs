using System.Text.RegularExpressions;

namespace PlanAtlas.Tests.Infrastructure;

/// <summary>
/// Replaces volatile text matched by <see cref="Pattern"/> with a placeholder. A numbered scrubber
/// gives each distinct value its own number (<c>{Date_1}</c>, <c>{Date_2}</c>), so a snapshot still
/// shows whether two values were the same; an unnumbered one always writes <c>{Name}</c>.
/// </summary>
public sealed record Scrubber(string Name, Regex Pattern, bool Numbered = true)
{
    public Scrubber(string name, string pattern, bool numbered = true)
        : this(name, new Regex(pattern, RegexOptions.CultureInvariant), numbered)
    {
    }

    public string Apply(string text)
    {
        // Numbers are per snapshot, in order of first appearance, so they are stable across runs.
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        return Pattern.Replace(text, match =>
        {
            if (!Numbered)
            {
                return "{" + Name + "}";
            }

            if (!numbers.TryGetValue(match.Value, out var number))
            {
                number = numbers.Count + 1;
                numbers[match.Value] = number;
            }

            return "{" + Name + "_" + number + "}";
        });
    }
}
