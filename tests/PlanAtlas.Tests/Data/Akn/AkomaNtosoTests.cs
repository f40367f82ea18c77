using System.Xml.Linq;
using PlanAtlas.Data.Akn;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Data.Akn;

/// <summary>data/akn/&lt;slug&gt;.xml: Akoma Ntoso 3.0 that agrees with the pages and the JSON.</summary>
[Collection(CorpusCollection.Name)]
public sealed class AkomaNtosoTests(CorpusFixture corpus)
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    public static TheoryData<string> Slugs => new(CorpusData.Slugs);

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Each_provision_is_there_once_with_the_text_of_the_open_data(string slug)
    {
        // Given the plan's AKN, parsed as XML (so it is well-formed), and its JSON
        var akn = Parse(slug);
        using var plan = CorpusData.Plan(corpus, slug);
        var provisions = plan.RootElement.GetProperty("provisions").EnumerateArray().ToList();
        var byEId = akn.Descendants().Where(e => e.Attribute("eId") is not null).GroupBy(e => e.Attribute("eId")!.Value).ToList();

        // Then no eId repeats, and each provision's element holds the JSON's text, paragraph by paragraph
        Assert.All(byEId, g => Assert.Single(g));
        foreach (var provision in provisions)
        {
            var id = provision.GetProperty("id").GetString()!;
            var element = Assert.Single(byEId, g => g.Key == id).Single();
            var paragraphs = element.Element(Akn + "content")!.Elements(Akn + "p").Select(p => p.Value);

            Assert.Equal(provision.GetProperty("text").GetString(), string.Join("\n", paragraphs));
            Assert.Equal(provision.GetProperty("title").GetString(), element.Element(Akn + "heading")!.Value);
            Assert.Equal(provision.GetProperty("marker").GetString(), element.Element(Akn + "num")!.Value);
        }

        // And exactly the provisions are leaves: every other hierarchy element holds children, not content
        var leaves = akn.Descendants().Where(e => e.Element(Akn + "content") is not null && e.Name.LocalName != "part");
        Assert.Equal(provisions.Select(p => p.GetProperty("id").GetString()), leaves.Select(e => e.Attribute("eId")!.Value));
    }

    [Fact]
    public void The_hierarchy_nests_part_section_article_paragraph_with_the_page_ids()
    {
        var akn = Parse("quxian");
        var para = akn.Descendants(Akn + "paragraph").Single(e => e.Attribute("eId")!.Value == "part_2__sec_5__art_19__para_57");

        Assert.Equal(
            ["article part_2__sec_5__art_19", "section part_2__sec_5", "part part_2", "body"],
            para.Ancestors().TakeWhile(e => e.Name.LocalName != "bill").Select(e => $"{e.Name.LocalName} {e.Attribute("eId")?.Value}".TrimEnd()));
    }

    [Fact]
    public void A_final_plan_is_an_act_identified_by_its_place_and_issue_date()
    {
        var akn = Parse("gansu");
        var work = akn.Descendants(Akn + "FRBRWork").Single();

        Assert.Equal(Akn + "akomaNtoso", akn.Root!.Name);
        Assert.Equal("act", akn.Root.Elements().Single().Name.LocalName);
        Assert.Equal("/akn/cn-620000/act/plan/2021-12-14/fazhi-shehui", Value(work, "FRBRuri"));
        Assert.Equal("/akn/cn-620000/act/plan/2021-12-14/fazhi-shehui/!main", Value(work, "FRBRthis"));
        Assert.Equal("cn", Value(work, "FRBRcountry"));
        Assert.Equal(("2021-12-14", "issued"), (work.Element(Akn + "FRBRdate")!.Attribute("date")!.Value, work.Element(Akn + "FRBRdate")!.Attribute("name")!.Value));
        Assert.Equal("#issuer", work.Element(Akn + "FRBRauthor")!.Attribute("href")!.Value);
        Assert.Equal("中共甘肃省委", akn.Descendants(Akn + "TLCOrganization").Single(o => o.Attribute("eId")!.Value == "issuer").Attribute("showAs")!.Value);
        Assert.Equal("/akn/cn-620000/act/plan/2021-12-14/fazhi-shehui/zho@", Value(akn.Descendants(Akn + "FRBRExpression").Single(), "FRBRuri"));
        Assert.Equal("2026-01-15", akn.Descendants(Akn + "FRBRManifestation").Single().Element(Akn + "FRBRdate")!.Attribute("date")!.Value);
    }

    [Fact]
    public void A_draft_without_a_date_is_a_bill_known_by_its_first_year()
    {
        var akn = Parse("quxian");
        var work = akn.Descendants(Akn + "FRBRWork").Single();

        Assert.Equal("bill", akn.Root!.Elements().Single().Name.LocalName);
        Assert.Equal("/akn/cn-511725/bill/plan/2021/fazhi-shehui", Value(work, "FRBRuri"));
        Assert.Equal("periodStart", work.Element(Akn + "FRBRdate")!.Attribute("name")!.Value);
        Assert.Equal("渠县法治社会建设实施方案（2021—2025年）（征求意见稿）", Value(work, "FRBRname"));
    }

    [Fact]
    public void Text_outside_provisions_is_kept_as_preamble_intro_or_content()
    {
        var akn = Parse("gansu");

        Assert.StartsWith("为全面贯彻落实党中央", akn.Descendants(Akn + "preamble").Single().Value, StringComparison.Ordinal);
        var part1 = akn.Descendants(Akn + "part").First();
        Assert.Equal(2, part1.Element(Akn + "content")!.Elements(Akn + "p").Count());
    }

    private XDocument Parse(string slug)
    {
        var path = Path.Combine(corpus.Output, "data", "akn", slug + ".xml");
        Assert.Equal(WriteAkomaNtoso.PathOf(corpus.Result.Site!.FindPlan(slug)!), Path.GetRelativePath(corpus.Output, path).Replace('\\', '/'));
        return XDocument.Load(path);
    }

    private static string Value(XElement parent, string name) => parent.Element(Akn + name)!.Attribute("value")!.Value;
}
