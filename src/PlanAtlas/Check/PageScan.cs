using PlanAtlas.Render.Theme;

namespace PlanAtlas.Check;

/// <summary>
/// The ids a rendered page declares and the links it holds, found by scanning its text for <c> id="…"</c>,
/// <c> href="…"</c>, <c> src="…"</c> and <c> action="…"</c> instead of parsing it. A scan is enough because the
/// templates write every attribute in double quotes and every value through <see cref="HtmlText"/>, which encodes
/// quotes: plan text can never hold such an attribute unencoded. It sees links a theme wrote literally too, so a
/// broken one is caught whoever wrote it. The tests check it against a full HTML parser.
/// </summary>
public static class PageScan
{
    public static PageLinks Of(string html)
    {
        var ids = Values(html, "id").Select(Decode).ToHashSet(StringComparer.Ordinal);
        var links = HtmlDocuments.LinkAttributes
            .SelectMany(attribute => Values(html, attribute).Select(v => new PageLink(attribute, Decode(v))))
            .ToList();
        return new PageLinks(ids, links);
    }

    private static string Decode(string value) => System.Net.WebUtility.HtmlDecode(value) ?? value;

    private static IEnumerable<string> Values(string html, string attribute)
    {
        var marker = $" {attribute}=\"";
        for (var at = html.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = html.IndexOf(marker, at + 1, StringComparison.Ordinal))
        {
            var start = at + marker.Length;
            var end = html.IndexOf('"', start);
            if (end >= start)
            {
                yield return html[start..end];
            }
        }
    }
}
