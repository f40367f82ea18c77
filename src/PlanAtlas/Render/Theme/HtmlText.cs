using System.Text;

namespace PlanAtlas.Render.Theme;

/// <summary>Encodes text for HTML element content and quoted attribute values.</summary>
public static class HtmlText
{
    /// <summary>
    /// Only the five characters that can end text or an attribute are replaced: the rest, Chinese included, stays
    /// readable in the page source.
    /// </summary>
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return sb.ToString();
    }
}
