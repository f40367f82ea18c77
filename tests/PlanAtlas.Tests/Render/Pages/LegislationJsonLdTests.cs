using System.Text.Json;
using AngleSharp.Html.Parser;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Rendering.Pages;

/// <summary>schema.org Legislation JSON-LD on plan and provision pages of the real corpus, read back by parsing.</summary>
[Collection(CorpusCollection.Name)]
public sealed class LegislationJsonLdTests(CorpusFixture corpus)
{
    [Fact]
    public void Every_plan_and_provision_page_carries_one_legislation_with_the_required_properties()
    {
        // The plan-above comparisons live under plans/ too, but are comparisons, not legislation.
        var pages = Directory.GetFiles(Path.Combine(corpus.Output, "plans"), "index.html", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}above{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToArray();
        Assert.True(pages.Length > 150);
        foreach (var page in pages)
        {
            using var json = JsonLd(page);
            var root = json.RootElement;
            Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
            Assert.Equal("Legislation", root.GetProperty("@type").GetString());
            foreach (var property in new[] { "name", "legislationIdentifier", "legislationLegalForce", "legislationJurisdiction", "url" })
            {
                Assert.True(root.TryGetProperty(property, out _), $"{page}: no {property}");
            }

            Assert.StartsWith("/akn/cn-", root.GetProperty("legislationIdentifier").GetString(), StringComparison.Ordinal);
            Assert.StartsWith(TestSettings.BaseUrl + "plans/", root.GetProperty("url").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_draft_provision_is_not_in_force_and_names_its_plan_place_and_citation()
    {
        using var json = JsonLd(Path.Combine(corpus.Output, "plans", "quxian", "part_2__sec_5__art_19__para_57", "index.html"));
        var root = json.RootElement;

        Assert.Equal("https://schema.org/NotInForce", root.GetProperty("legislationLegalForce").GetString());
        Assert.Equal("511725", root.GetProperty("legislationJurisdiction").GetProperty("identifier").GetString());
        Assert.Equal("渠县", root.GetProperty("legislationJurisdiction").GetProperty("name").GetString());
        Assert.EndsWith("（征求意见稿）》二、（五）19.（57）", root.GetProperty("alternateName").GetString(), StringComparison.Ordinal);
        Assert.Equal(TestSettings.BaseUrl + "plans/quxian/", root.GetProperty("isPartOf").GetProperty("url").GetString());
        Assert.EndsWith("/~part_2__sec_5__art_19__para_57", root.GetProperty("legislationIdentifier").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_final_plan_is_in_force_with_its_issuer_date_and_every_provision_as_a_part()
    {
        using var json = JsonLd(Path.Combine(corpus.Output, "plans", "gansu", "index.html"));
        var root = json.RootElement;

        Assert.Equal("https://schema.org/InForce", root.GetProperty("legislationLegalForce").GetString());
        Assert.Equal("中共甘肃省委", root.GetProperty("legislationPassedBy").GetProperty("name").GetString());
        Assert.Equal("2021-12-14", root.GetProperty("legislationDate").GetString());
        Assert.Equal("/akn/cn-620000/act/plan/2021-12-14/fazhi-shehui", root.GetProperty("legislationIdentifier").GetString());
        Assert.Equal(28, root.GetProperty("hasPart").GetArrayLength());
    }

    [Fact]
    public void A_provision_page_gives_reference_managers_and_link_previews_what_they_read()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(corpus.Output, "plans", "quxian", "part_2__sec_5__art_19__para_57", "index.html")));
        string Meta(string attribute, string key) =>
            Assert.Single(page.QuerySelectorAll($"meta[{attribute}='{key}']")).GetAttribute("content")!;

        Assert.Equal("《渠县法治社会建设实施方案（2021—2025年）（征求意见稿）》二、（五）19.（57）", Meta("name", "citation_title"));
        Assert.Equal("中共渠县县委全面依法治县委员会办公室", Meta("name", "citation_author"));
        Assert.Equal(TestSettings.BaseUrl + "plans/quxian/part_2__sec_5__art_19__para_57/", Meta("name", "citation_public_url"));
        Assert.StartsWith(Meta("property", "og:title") + " · ", page.Title, StringComparison.Ordinal);
        Assert.Equal(Meta("name", "citation_public_url"), Meta("property", "og:url"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("property", "og:description")));
    }

    private static JsonDocument JsonLd(string page)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
        var script = Assert.Single(document.Scripts, s => s.Type == "application/ld+json");
        return JsonDocument.Parse(script.Text);
    }
}
