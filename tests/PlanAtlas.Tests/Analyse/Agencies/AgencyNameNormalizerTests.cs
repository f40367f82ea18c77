using System.Text.RegularExpressions;
using PlanAtlas.Analyse.Agencies;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;

namespace PlanAtlas.Tests.Analyse.Agencies;

/// <summary>
/// Names as the notes write them, resolved through the real registry for the jurisdiction of the real plan that
/// writes them: abbreviations, the jurisdiction's mark or name, a mark inside the name (团县委), and the kind.
/// </summary>
public sealed partial class AgencyNameNormalizerTests
{
    private static readonly AgencyNameNormalizer Normalizer = new(AgencyCorpus.Registry);

    [Theory]
    // 党委办公室: abbreviation, full name, with the jurisdiction's name
    [InlineData("quxian", "县委办", "quxian-party-office", "渠县委办公室")]
    [InlineData("quxian", "县委办公室", "quxian-party-office", "渠县委办公室")]
    [InlineData("quxian", "渠县委办公室", "quxian-party-office", "渠县委办公室")]
    [InlineData("liangshan", "州委办", "liangshan-party-office", "凉山州委办公室")]
    [InlineData("dazu", "区委办公室", "dazu-party-office", "大足区委办公室")]
    [InlineData("dazu", "区委办", "dazu-party-office", "大足区委办公室")]
    // 人大常委会办公室: three ways of writing it
    [InlineData("quxian", "县人大办", "quxian-congress-office", "渠县人大常委会办公室")]
    [InlineData("liangshan", "州人大常委会办", "liangshan-congress-office", "凉山州人大常委会办公室")]
    [InlineData("dazu", "区人大常委会办公室", "dazu-congress-office", "大足区人大常委会办公室")]
    // 政府办公室
    [InlineData("quxian", "县政府办", "quxian-government-office", "渠县人民政府办公室")]
    [InlineData("dazu", "区政府办公室", "dazu-government-office", "大足区人民政府办公室")]
    // The jurisdiction inside the name
    [InlineData("quxian", "团县委", "quxian-youth-league", "共青团渠县委员会")]
    [InlineData("liangshan", "团州委", "liangshan-youth-league", "共青团凉山州委员会")]
    [InlineData("dazu", "团区委", "dazu-youth-league", "共青团大足区委员会")]
    [InlineData("liangshan", "人行凉山州中心支行", "liangshan-central-bank-centre", "中国人民银行凉山州中心支行")]
    // The level mark twice: 县委依法治县办
    [InlineData("quxian", "县委依法治县办", "quxian-rule-of-law-office", "渠县委全面依法治县委员会办公室")]
    // One agency, two abbreviations in the same plan
    [InlineData("quxian", "县应急局", "quxian-emergency", "渠县应急管理局")]
    [InlineData("quxian", "县应急管理局", "quxian-emergency", "渠县应急管理局")]
    // Names that differ by level, and other abbreviations
    [InlineData("liangshan", "州法院", "liangshan-court", "凉山州中级人民法院")]
    [InlineData("quxian", "县法院", "quxian-court", "渠县人民法院")]
    [InlineData("dazu", "区人力社保局", "dazu-human-resources", "大足区人力资源和社会保障局")]
    [InlineData("quxian", "县人社局", "quxian-human-resources", "渠县人力资源和社会保障局")]
    [InlineData("liangshan", "州人力资源社会保障局", "liangshan-human-resources", "凉山州人力资源和社会保障局")]
    [InlineData("dazu", "区纪委监委机关", "dazu-discipline", "大足区纪委监委")]
    // A PDF line-wrap space and half-width brackets are cleaned first
    [InlineData("quxian", "县委组 织部", "quxian-organisation", "渠县委组织部")]
    public void Each_written_form_resolves_to_its_agency(string plan, string written, string slug, string name)
    {
        var jurisdiction = JurisdictionOf(plan);

        var entry = Normalizer.Resolve(jurisdiction, written);

        Assert.NotNull(entry);
        Assert.Equal(slug, $"{jurisdiction.Slug}-{entry.Slug}");
        Assert.Equal(name, AgencyNameNormalizer.CanonicalName(entry, jurisdiction));
    }

    [Theory]
    [InlineData("quxian", "县司法局", "渠县司法局")]
    [InlineData("quxian", "渠县司法局", "渠县司法局")]
    [InlineData("liangshan", "州司法局", "凉山州司法局")]
    [InlineData("dazu", "区司法局", "大足区司法局")]
    public void The_jurisdiction_prefix_is_recognised_and_the_kind_is_the_same_everywhere(string plan, string written, string name)
    {
        var jurisdiction = JurisdictionOf(plan);

        var entry = Normalizer.Resolve(jurisdiction, written);

        Assert.NotNull(entry);
        Assert.Equal("justice", entry.Kind.Id);
        Assert.Equal(name, AgencyNameNormalizer.CanonicalName(entry, jurisdiction));
    }

    [Theory]
    [InlineData("liangshan", "县司法局")] // a county's bureau named in the prefecture's plan is not the prefecture's
    [InlineData("quxian", "州司法局")]
    [InlineData("quxian", "司法局")]    // no jurisdiction at all
    [InlineData("quxian", "县大数据管理局")]
    public void Another_level_or_an_unlisted_name_does_not_resolve(string plan, string written)
    {
        Assert.Null(Normalizer.Resolve(JurisdictionOf(plan), written));
    }

    [Theory]
    [InlineData("渠县", PlanLevel.County, "县")]
    [InlineData("凉山州", PlanLevel.Prefecture, "州")]
    [InlineData("大足区", PlanLevel.District, "区")]
    [InlineData("甘肃省", PlanLevel.Province, "省")]
    [InlineData("上海", PlanLevel.Municipality, "市")]
    [InlineData("某地", PlanLevel.Prefecture, "市")]
    public void The_level_mark_comes_from_the_short_name_or_the_level(string shortName, PlanLevel level, string mark)
    {
        Assert.Equal([mark], AgencyNameNormalizer.MarksOf(shortName, level));
    }

    [Fact]
    public void An_unregistered_name_gets_a_stable_ascii_slug_shared_by_its_written_forms()
    {
        var jurisdiction = JurisdictionOf("quxian");

        var short1 = AgencyNameNormalizer.UnregisteredPattern(jurisdiction, "县大数据管理局");
        var full = AgencyNameNormalizer.UnregisteredPattern(jurisdiction, "渠县大数据管理局");
        var slug = AgencyNameNormalizer.UnregisteredSlug(jurisdiction, short1);

        Assert.Equal("*大数据管理局", short1);
        Assert.Equal(short1, full);
        Assert.Equal("渠县大数据管理局", AgencyNameNormalizer.UnregisteredName(jurisdiction, short1));
        Assert.Matches(UnregisteredSlug(), slug);
        Assert.Equal(slug, AgencyNameNormalizer.UnregisteredSlug(jurisdiction, full));
        Assert.NotEqual(slug, AgencyNameNormalizer.UnregisteredSlug(jurisdiction, "*大数据发展局"));
    }

    private static Jurisdiction JurisdictionOf(string plan) => AgencyNameNormalizer.JurisdictionOf(AgencyCorpus.Plan(plan).Metadata);

    [GeneratedRegex("^quxian-x-[0-9a-f]{8}$")]
    private static partial Regex UnregisteredSlug();
}
