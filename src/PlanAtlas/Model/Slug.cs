using System.Text.RegularExpressions;

namespace PlanAtlas.Model;

/// <summary>The one rule for the ASCII names used in URLs and ids: plan slugs, topic ids, agency and kind slugs.</summary>
public static partial class Slug
{
    public const string Rule = "lower-case ASCII letters, digits and hyphens";

    public static bool IsValid(string text) => Pattern().IsMatch(text);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
