using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PlanAtlas.Routing;

namespace PlanAtlas.Bundle;

/// <summary>
/// In a subset bundle, a link to a page that was left out would be dead. It points instead to that page on
/// the public site (marked as external, since it needs the network), or becomes plain text without a base URL.
/// </summary>
public sealed class ExternalizeLinks(IReadOnlySet<string> keptFiles, string baseUrl)
{
    public int Externalized { get; private set; }

    public void Apply(IHtmlDocument document, string pageFile)
    {
        foreach (var anchor in document.QuerySelectorAll("a[href]").ToList())
        {
            var href = anchor.GetAttribute("href")!;
            if (href.Contains("://", StringComparison.Ordinal) || href.StartsWith('#'))
            {
                continue;
            }

            var hashAt = href.IndexOf('#');
            var target = RelativeLinks.Resolve(pageFile, hashAt < 0 ? href : href[..hashAt]);
            if (target is null || keptFiles.Contains(target))
            {
                continue;
            }

            Externalized++;
            if (string.IsNullOrWhiteSpace(baseUrl))
            {
                ReplaceWithText(document, anchor);
                continue;
            }

            anchor.SetAttribute("href", baseUrl.TrimEnd('/') + "/" + PrettyPath(target) + (hashAt < 0 ? string.Empty : href[hashAt..]));
            anchor.SetAttribute("rel", "external");
            anchor.ClassList.Add("external");
            anchor.SetAttribute("title", "在线版本，需要联网");
        }
    }

    private static string PrettyPath(string file) =>
        file == "index.html" ? string.Empty : file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;

    private static void ReplaceWithText(IHtmlDocument document, IElement anchor)
    {
        var span = document.CreateElement("span");
        span.ClassName = "unavailable";
        span.TextContent = anchor.TextContent;
        anchor.Replace(span);
    }
}
