using PlanAtlas.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PlanAtlas.Render.Cite;

/// <summary>
/// The citation styles readers of Chinese legal texts need: GB/T 7714—2015 for an electronic resource (the default),
/// the 《法学引注手册》 style of law journals, and CSL-JSON and BibTeX for reference managers.
/// </summary>
public static class CitationStyles
{
    public const string Default = "gbt7714";

    public static IReadOnlyList<CitationText> All(CitedWork work) => [GbT7714(work), LawJournal(work), CslJson(work), BibTex(work)];

    /// <summary>渠县人民政府. 渠县……（征求意见稿）：二、（五）19.（57）[EB/OL]. (2021-09-10)[2026-12-02]. https://…</summary>
    public static CitationText GbT7714(CitedWork work)
    {
        var b = new CitationBuilder();
        if (work.Issuer is { } issuer)
        {
            b.Text(issuer + ". ");
        }

        b.Text(work.TitleWithPlace("：") + "[EB/OL]. ");
        if (work.Issued is { } issued)
        {
            b.Text("(" + CitationBuilder.Date(issued, "iso") + ")");
        }

        return b.Text("[").Accessed(work, "iso").Text("]. ").Url(work, "text").Build(Default, "GB/T 7714—2015");
    }

    /// <summary>渠县人民政府：《渠县……（征求意见稿）》二、（五）19.（57），2021年9月10日发布，https://…，最后访问日期：2026年12月2日。</summary>
    public static CitationText LawJournal(CitedWork work)
    {
        var b = new CitationBuilder();
        if (work.Issuer is { } issuer)
        {
            b.Text(issuer + "：");
        }

        b.Text($"《{work.Title}》{work.Place}，");
        if (work.Issued is { } issued)
        {
            b.Text(CitationBuilder.Date(issued, "zh") + "发布，");
        }

        return b.Url(work, "text").Text("，最后访问日期：").Accessed(work, "zh").Text("。").Build("law", "《法学引注手册》");
    }

    /// <summary>A one-item CSL-JSON array, as Zotero, Mendeley and citeproc import it.</summary>
    public static CitationText CslJson(CitedWork work)
    {
        var b = new CitationBuilder().Text("[\n  {\n");
        void Field(string name, string value) => b.Text($"    {Json(name)}: {Json(value)},\n");
        Field("id", work.Key);
        Field("type", "legislation");
        Field("title", work.TitleWithPlace("："));
        if (work.Issuer is { } issuer)
        {
            b.Text($"    \"author\": [{{ \"literal\": {Json(issuer)} }}],\n");
            Field("authority", issuer);
        }

        if (work.Issued is { } issued)
        {
            b.Text($"    \"issued\": {{ \"date-parts\": [[{CitationBuilder.Date(issued, "csl")}]] }},\n");
        }

        if (work.Place is { } place)
        {
            Field("section", place);
        }

        if (work.IsDraft)
        {
            Field("status", "征求意见稿");
        }

        if (work.JurisdictionCode is { } code)
        {
            Field("jurisdiction", code);
        }

        Field("language", "zh-CN");
        b.Text("    \"URL\": \"").Url(work, "json").Text("\",\n");
        return b.Text("    \"accessed\": { \"date-parts\": [[").Accessed(work, "csl").Text("]] }\n  }\n]").Build("csl-json", "CSL-JSON");
    }

    /// <summary>A biblatex entry (<c>urldate</c>, <c>date</c>) that BibTeX also reads; the issuer as one corporate author.</summary>
    public static CitationText BibTex(CitedWork work)
    {
        var b = new CitationBuilder().Text($"@misc{{{work.Key},\n");
        if (work.Issuer is { } issuer)
        {
            b.Text($"  author = {{{{{Tex(issuer)}}}}},\n");
        }

        b.Text($"  title = {{{{{Tex(work.TitleWithPlace("："))}}}}},\n");
        if (work.Issued is { } issued)
        {
            b.Text($"  date = {{{CitationBuilder.Date(issued, "iso")}}},\n  year = {{{issued.Year}}},\n");
        }

        if (work.IsDraft)
        {
            b.Text("  note = {征求意见稿},\n");
        }

        b.Text("  language = {chinese},\n  url = {").Url(work, "bibtex").Text("},\n");
        return b.Text("  urldate = {").Accessed(work, "iso").Text("}\n}").Build("bibtex", "BibTeX");
    }

    internal static readonly JsonSerializerOptions Readable = JsonContracts.For(new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>A JSON string literal that keeps Chinese readable (the citation is for people too).</summary>
    private static string Json(string text) => JsonContracts.Serialize(text, Readable);

    /// <summary>Text in a BibTeX field: the characters TeX gives a meaning are written as themselves.</summary>
    public static string Tex(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '%' or '&' or '$' or '#' or '_' => "\\" + c,
                '^' => @"\^{}",
                '~' => @"\~{}",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>An address in BibTeX's url field is verbatim, but its braces must balance: they are percent-encoded.</summary>
    public static string BibTexUrl(string url) => url.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal);
}
