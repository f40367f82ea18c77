using AngleSharp.Html.Dom;

namespace PlanAtlas.PostProcess;

/// <summary>
/// Rewrites every root path the templates wrote (<c>href="/plans/gansu/"</c>) into a relative link to a file
/// (<c>../gansu/index.html</c>), so one output works on any host, under any base path and from <c>file://</c>.
/// A page marked <c>data-absolute-links</c> (404.html) gets absolute links instead, when a base URL is set.
/// It also records the way back to the root in <c>data-root</c>, for scripts that build links.
/// </summary>
public sealed class RewriteLinks(string baseUrl) : IDomPass
{
    public void Apply(IHtmlDocument document, string pageFile)
    {
        var html = document.DocumentElement;
        var absolute = html.HasAttribute("data-absolute-links") && !string.IsNullOrWhiteSpace(baseUrl);
        string Rewrite(string rootPath) => absolute
            ? baseUrl.TrimEnd('/') + rootPath
            : RelativeLinks.From(pageFile, rootPath);

        foreach (var attribute in HtmlDocuments.LinkAttributes)
        {
            foreach (var element in document.QuerySelectorAll($"[{attribute}]"))
            {
                var value = element.GetAttribute(attribute)!;
                if (IsRootPath(value))
                {
                    element.SetAttribute(attribute, Rewrite(value));
                }
            }
        }

        foreach (var refresh in document.QuerySelectorAll("meta[http-equiv=refresh]"))
        {
            var content = refresh.GetAttribute("content") ?? string.Empty;
            var at = content.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && IsRootPath(content[(at + 4)..]))
            {
                refresh.SetAttribute("content", content[..(at + 4)] + Rewrite(content[(at + 4)..]));
            }
        }

        html.RemoveAttribute("data-absolute-links");
        html.SetAttribute("data-root", absolute ? baseUrl.TrimEnd('/') + "/" : RelativeLinks.ToRoot(pageFile));
    }

    private static bool IsRootPath(string value) => value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal);
}
