using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace PlanAtlas.Tests.Infrastructure;

/// <summary>
/// Pretty-prints HTML so snapshot diffs are line by line and ignore noise that does not change the
/// page: attribute order and quoting, indentation and line breaks between tags.
/// </summary>
public static class HtmlSnapshotFormatter
{
    public static string Format(string html)
    {
        var parser = new HtmlParser();
        var formatter = new SnapshotMarkupFormatter { Indentation = "  ", NewLine = "\n" };

        if (IsDocument(html))
        {
            var document = parser.ParseDocument(html);
            Normalize(document.DocumentElement);
            return document.ToHtml(formatter);
        }

        // A fragment is parsed as the content of <body> so it is not wrapped in <html><head><body>.
        var context = parser.ParseDocument("").Body!;
        var nodes = parser.ParseFragment(html, context);
        var parts = new List<string>();
        foreach (var node in nodes)
        {
            if (node is IElement element)
            {
                Normalize(element);
            }
            else if (node is IText text && string.IsNullOrWhiteSpace(text.Data))
            {
                continue;
            }

            parts.Add(node.ToHtml(formatter).Trim('\n'));
        }

        return string.Join("\n", parts);
    }

    private static bool IsDocument(string html)
    {
        var start = html.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static void Normalize(IElement root)
    {
        foreach (var element in root.DescendantsAndSelf<IElement>())
        {
            SortAttributes(element);
        }
    }

    private static void SortAttributes(IElement element)
    {
        if (element.Attributes.Length < 2)
        {
            return;
        }

        var attributes = element.Attributes
            .Select(a => (a.NamespaceUri, a.LocalName, a.Name, a.Value))
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
        foreach (var attribute in attributes)
        {
            element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
        }

        foreach (var (namespaceUri, _, name, value) in attributes)
        {
            if (namespaceUri is null)
            {
                element.SetAttribute(name, value);
            }
            else
            {
                element.SetAttribute(namespaceUri, name, value);
            }
        }
    }

    /// <summary>Keeps the text of elements where whitespace is content, which pretty-printing would reflow.</summary>
    private sealed class SnapshotMarkupFormatter : PrettyMarkupFormatter
    {
        public override string Text(ICharacterData text) =>
            text.Parent is IElement { LocalName: "pre" or "textarea" or "script" or "style" }
                ? HtmlMarkupFormatter.Instance.Text(text)
                : base.Text(text);
    }
}
