using AngleSharp;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace PlanAtlas.Check;

/// <summary>One place that parses and serialises the site's HTML, so every DOM pass sees the same document model.</summary>
public static class HtmlDocuments
{
    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    public static string Serialize(IHtmlDocument document) => document.ToHtml() + "\n";

    public static readonly string[] LinkAttributes = ["href", "src", "action"];
}
