using System.Text;
using System.Xml;
using System.Xml.Linq;
using PlanAtlas.Model;
using PlanAtlas.Pipeline;
using PlanAtlas.Write;

namespace PlanAtlas.Data.Akn;

/// <summary>
/// Writes <c>data/akn/&lt;slug&gt;.xml</c>: each plan in Akoma Ntoso 3.0, for legal-informatics tools. The body keeps
/// the plan's numbering as part / section / article / paragraph with the same eIds as the pages and the JSON, and
/// each provision's paragraphs exactly as the JSON's <c>text</c> gives them (responsibility notes are left to the JSON).
/// </summary>
public sealed class WriteAkomaNtoso(DataStamp stamp)
{
    public static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private const string Editor = "planatlas";
    private const string Issuer = "issuer";

    public static string PathOf(Plan plan) => $"data/akn/{plan.Slug}.xml";

    /// <param name="reuse">A preview rebuild's reuse: an unchanged plan's file is kept as last written.</param>
    public void Run(SiteModel site, SiteFiles files, PageReuse? reuse = null)
    {
        foreach (var plan in site.Plans.Where(p => reuse?.TryKeep(PathOf(p), p, files) != true))
        {
            files.Add(PathOf(plan), Bytes(Document(plan, site)));
        }
    }

    public XDocument Document(Plan plan, SiteModel site)
    {
        var m = plan.Metadata;
        var names = AknNames.Of(plan, site.JurisdictionOf(plan));
        var root = new XElement(Akn + names.DocumentType,
            new XAttribute("name", AknNames.Subtype),
            Meta(m, names),
            new XElement(Akn + "preface", new XElement(Akn + "longTitle", P(m.Title))));
        if (plan.Preamble.Count > 0)
        {
            root.Add(new XElement(Akn + "preamble", plan.Preamble.Select(P)));
        }

        root.Add(new XElement(Akn + "body", plan.Parts.Select(Hierarchy)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Akn + "akomaNtoso", root));
    }

    private XElement Meta(PlanMetadata m, AknNames names)
    {
        var date = AknNames.FrbrDate(m);
        var workDate = date is { } d ? FrbrDate(d.Date, d.Name) : null;
        return new XElement(Akn + "meta",
            new XElement(Akn + "identification",
                new XAttribute("source", "#" + Editor),
                new XElement(Akn + "FRBRWork",
                    Value("FRBRthis", names.Work + "/!main"),
                    Value("FRBRuri", names.Work),
                    workDate,
                    Author(Issuer),
                    Value("FRBRcountry", "cn"),
                    Value("FRBRsubtype", AknNames.Subtype),
                    Value("FRBRnumber", names.Number),
                    Value("FRBRname", m.Title)),
                new XElement(Akn + "FRBRExpression",
                    Value("FRBRthis", names.Expression + "/!main"),
                    Value("FRBRuri", names.Expression),
                    workDate,
                    Author(Issuer),
                    new XElement(Akn + "FRBRlanguage", new XAttribute("language", AknNames.Language))),
                new XElement(Akn + "FRBRManifestation",
                    Value("FRBRthis", names.Manifestation),
                    Value("FRBRuri", names.Expression + ".xml"),
                    FrbrDate(stamp.Generated, "generation"),
                    Author(Editor))),
            new XElement(Akn + "references",
                new XAttribute("source", "#" + Editor),
                Organization(Issuer, $"/ontology/organization/{names.Country}/issuer", m.Issuer ?? m.Short),
                Organization(Editor, "/ontology/organization/planatlas", "Plan Atlas")));
    }

    /// <summary>A numbered division and its children: text above the children is an intro, a leaf's text its content.</summary>
    private static XElement Hierarchy(Division division)
    {
        var element = new XElement(Akn + ElementOf(division.Marker.Level),
            new XAttribute("eId", division.Id),
            new XElement(Akn + "num", division.Marker.Written),
            new XElement(Akn + "heading", division.Title));
        if (division.Children.Count == 0)
        {
            // content must hold a block: a provision that is only a heading gets an empty paragraph.
            element.Add(new XElement(Akn + "content", division.Paragraphs.Count > 0 ? division.Paragraphs.Select(P) : [P(string.Empty)]));
            return element;
        }

        if (division.Paragraphs.Count > 0)
        {
            element.Add(new XElement(Akn + "intro", division.Paragraphs.Select(P)));
        }

        element.Add(division.Children.Select(Hierarchy));
        return element;
    }

    private static string ElementOf(NumberLevel level) => level switch
    {
        NumberLevel.Part => "part",
        NumberLevel.Section => "section",
        NumberLevel.Article => "article",
        _ => "paragraph",
    };

    private static XElement P(string text) => new(Akn + "p", text);

    private static XElement Value(string name, string value) => new(Akn + name, new XAttribute("value", value));

    private static XElement Author(string eId) => new(Akn + "FRBRauthor", new XAttribute("href", "#" + eId));

    private static XElement FrbrDate(DateOnly date, string name) =>
        new(Akn + "FRBRdate", new XAttribute("date", AknNames.Iso(date)), new XAttribute("name", name));

    private static XElement Organization(string eId, string href, string showAs) =>
        new(Akn + "TLCOrganization", new XAttribute("eId", eId), new XAttribute("href", href), new XAttribute("showAs", showAs));

    private static byte[] Bytes(XDocument document)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }
}
