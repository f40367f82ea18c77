using System.Text.Json;
using PlanAtlas.Data;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Data;

/// <summary>What data/plans/&lt;slug&gt;.json tells a legal reader beyond the provisions' text.</summary>
[Collection(CorpusCollection.Name)]
public sealed class PlanDataTests(CorpusFixture corpus)
{
    [Theory]
    [InlineData("gansu")]
    [InlineData("quxian")]
    public void Every_file_says_its_contract_version_build_date_and_licence(string slug)
    {
        using var plan = CorpusData.Plan(corpus, slug);
        var root = plan.RootElement;

        Assert.Equal(DataStamp.CurrentSchemaVersion, root.GetProperty("schemaVersion").GetString());
        Assert.Equal("2026-01-15", root.GetProperty("generated").GetString());
        Assert.Contains("著作权法", root.GetProperty("license").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_county_plan_carries_its_place_and_the_places_above_it()
    {
        using var plan = CorpusData.Plan(corpus, "quxian");
        var jurisdiction = plan.RootElement.GetProperty("jurisdiction");

        Assert.Equal("511725", jurisdiction.GetProperty("code").GetString());
        Assert.Equal("county", jurisdiction.GetProperty("level").GetString());
        Assert.Equal(
            ["510000 四川省 province -", "511700 达州市 prefecture -", "511725 渠县 county quxian"],
            jurisdiction.GetProperty("chain").EnumerateArray().Select(Place));
    }

    [Theory]
    [InlineData("dazu", "500000 重庆市 province -|500111 大足区 county dazu")]
    [InlineData("liangshan", "510000 四川省 province -|513400 凉山彝族自治州 prefecture liangshan")]
    [InlineData("shanghai", "310000 上海市 province shanghai")]
    [InlineData("gansu", "620000 甘肃省 province gansu")]
    public void Each_plan_has_its_chain(string slug, string chain)
    {
        using var plan = CorpusData.Plan(corpus, slug);

        Assert.Equal(chain.Split('|'), plan.RootElement.GetProperty("jurisdiction").GetProperty("chain").EnumerateArray().Select(Place));
    }

    [Fact]
    public void The_metadata_is_the_front_matters()
    {
        using var gansu = CorpusData.Plan(corpus, "gansu");
        using var quxian = CorpusData.Plan(corpus, "quxian");

        Assert.Equal("中共甘肃省委", gansu.RootElement.GetProperty("issuer").GetString());
        Assert.Equal("2021-12-14", gansu.RootElement.GetProperty("issued").GetString());
        Assert.Equal("甘肃日报", gansu.RootElement.GetProperty("source").GetString());
        Assert.Equal("final", gansu.RootElement.GetProperty("status").GetString());
        Assert.Equal((2021, 2025), (gansu.RootElement.GetProperty("period").GetProperty("from").GetInt32(), gansu.RootElement.GetProperty("period").GetProperty("to").GetInt32()));
        Assert.Equal("draft", quxian.RootElement.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, quxian.RootElement.GetProperty("issued").ValueKind);
    }

    [Fact]
    public void A_drafts_citation_keeps_the_draft_mark_and_the_full_numbering()
    {
        using var plan = CorpusData.Plan(corpus, "quxian");
        var provision = CorpusData.Provision(plan, "part_2__sec_5__art_19__para_57");

        Assert.Equal("二、（五）19.（57）", provision.GetProperty("numberPath").GetString());
        Assert.Equal("《渠县法治社会建设实施方案（2021—2025年）（征求意见稿）》二、（五）19.（57）", provision.GetProperty("citation").GetString());
    }

    [Fact]
    public void Provisions_have_an_absolute_permalink_under_the_base_url()
    {
        using var plan = CorpusData.Plan(corpus, "gansu");
        var provision = CorpusData.Provision(plan, "part_2__sec_1__art_1");

        Assert.Equal(TestSettings.BaseUrl + "plans/gansu/part_2__sec_1__art_1/", provision.GetProperty("permalink").GetString());
        Assert.Equal("《甘肃省法治社会建设实施方案（2021—2025年）》二、（一）1.", provision.GetProperty("citation").GetString());
    }

    [Fact]
    public void Without_a_base_url_the_permalink_is_null()
    {
        var site = corpus.Result.Site!;
        var data = WriteOpenData.ToData(site.FindPlan("gansu")!, site, DataStamp.None);

        Assert.All(data.Provisions, p => Assert.Null(p.Permalink));
    }

    [Fact]
    public void Agencies_pair_each_written_name_with_its_registry_slug()
    {
        using var plan = CorpusData.Plan(corpus, "quxian");
        var provision = CorpusData.Provision(plan, "part_2__sec_1__art_1__para_1");
        var lead = provision.GetProperty("leadAgencies").EnumerateArray().ToList();

        // The pairs follow the plain lists name for name, so old consumers and new ones read the same note.
        Assert.Equal(provision.GetProperty("lead").EnumerateArray().Select(e => e.GetString()), lead.Select(a => a.GetProperty("name").GetString()));
        Assert.Contains(lead, a => a.GetProperty("name").GetString() == "县司法局" && a.GetProperty("agency").GetString() == "quxian-justice");
        Assert.Equal(["县委党校"], provision.GetProperty("participantAgencies").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
    }

    [Fact]
    public void A_slug_is_given_exactly_where_the_registry_knows_the_name()
    {
        var site = corpus.Result.Site!;
        foreach (var slug in CorpusData.Slugs)
        {
            var model = site.FindPlan(slug)!;
            using var plan = CorpusData.Plan(corpus, slug);
            foreach (var provision in plan.RootElement.GetProperty("provisions").EnumerateArray())
            {
                foreach (var pair in provision.GetProperty("leadAgencies").EnumerateArray().Concat(provision.GetProperty("participantAgencies").EnumerateArray()))
                {
                    var agency = site.Agencies.Find(model, pair.GetProperty("name").GetString()!);
                    Assert.Equal(agency is { IsRegistered: true } ? agency.Slug : null, pair.GetProperty("agency").GetString());
                }
            }
        }
    }

    [Fact]
    public void Text_outside_provisions_is_published_too()
    {
        using var gansu = CorpusData.Plan(corpus, "gansu");
        var unnumbered = gansu.RootElement.GetProperty("unnumbered").EnumerateArray().ToList();

        // 一、总体要求 of 甘肃 has no numbered items: its two paragraphs belong to no provision.
        var first = unnumbered[0];
        Assert.Equal(("part_1", "一、总体要求"), (first.GetProperty("id").GetString(), first.GetProperty("label").GetString()));
        Assert.Equal(2, first.GetProperty("paragraphs").GetArrayLength());
        Assert.StartsWith("为全面贯彻落实党中央", gansu.RootElement.GetProperty("preamble")[0].GetString(), StringComparison.Ordinal);
    }

    private static string Place(JsonElement place) =>
        $"{place.GetProperty("code").GetString()} {place.GetProperty("name").GetString()} {place.GetProperty("level").GetString()} {place.GetProperty("plan").GetString() ?? "-"}";
}
