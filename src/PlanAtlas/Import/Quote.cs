namespace PlanAtlas.Import;

/// <summary>Quotes source text in a message short enough to read on one line.</summary>
internal static class Quote
{
    public static string Short(string text, int max = 40) => text.Length <= max ? text : text[..max] + "…";
}
