using PlanAtlas.IO;
using System.Globalization;
using System.Text.Json;

namespace PlanAtlas.Render.Cite;

/// <summary>
/// A piece of a citation: fixed text, or a slot the reader's copy fills (the page's address where the site has no
/// public one, and the date of access). The page shows the slot's default and the script replaces it in place, so
/// the citation a reader sees is always the one copied.
/// </summary>
/// <param name="Slot"><c>url</c> or <c>accessed</c>; null for fixed text.</param>
/// <param name="Form">How the slot is written: a date as <c>iso</c>, <c>zh</c> or <c>csl</c>; an address as <c>text</c>, <c>json</c> or <c>bibtex</c>.</param>
public sealed record CitationPart(string Text, string? Slot = null, string? Form = null);

/// <summary>One citation in one style, as parts.</summary>
public sealed record CitationText(string Style, string Label, IReadOnlyList<CitationPart> Parts)
{
    /// <summary>The citation with the slots' defaults: what a page shows before its script runs.</summary>
    public string Plain => string.Concat(Parts.Select(p => p.Text));
}

/// <summary>Builds a citation from fixed text and slots.</summary>
public sealed class CitationBuilder
{
    private readonly List<CitationPart> _parts = [];

    public CitationBuilder Text(string text)
    {
        if (text.Length == 0)
        {
            return this;
        }

        if (_parts.Count > 0 && _parts[^1].Slot is null)
        {
            _parts[^1] = new CitationPart(_parts[^1].Text + text);
        }
        else
        {
            _parts.Add(new CitationPart(text));
        }

        return this;
    }

    /// <param name="form"><c>text</c>, <c>json</c> (inside a JSON string) or <c>bibtex</c>: plan.js's addressForms apply the same rules.</param>
    public CitationBuilder Url(CitedWork work, string form)
    {
        var url = work.Url ?? string.Empty;
        var written = form switch
        {
            "json" => JsonContracts.Serialize(url, CitationStyles.Readable)[1..^1],
            "bibtex" => CitationStyles.BibTexUrl(url),
            _ => url,
        };
        _parts.Add(new CitationPart(written, "url", form));
        return this;
    }

    public CitationBuilder Accessed(CitedWork work, string form)
    {
        _parts.Add(new CitationPart(Date(work.Accessed, form), "accessed", form));
        return this;
    }

    public CitationText Build(string style, string label) => new(style, label, _parts.ToList());

    /// <summary>A date as the styles write it: 2021-09-10, 2021年9月10日, or CSL's 2021, 9, 10.</summary>
    public static string Date(DateOnly date, string form) => form switch
    {
        "zh" => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture),
        "csl" => string.Create(CultureInfo.InvariantCulture, $"{date.Year}, {date.Month}, {date.Day}"),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
