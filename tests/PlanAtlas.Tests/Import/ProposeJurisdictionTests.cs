using PlanAtlas.Analyse.Jurisdictions;
using PlanAtlas.Diagnostics;
using PlanAtlas.Import;
using PlanAtlas.Model;
using PlanAtlas.Model.Jurisdictions;

namespace PlanAtlas.Tests.Import;

/// <summary>The importer proposes the GB/T 2260 code from the title's place name, read from the real register.</summary>
public sealed class ProposeJurisdictionTests
{
    private static readonly Lazy<JurisdictionRegister> Register = new(() => LoadJurisdictions.Read(RepoPaths.NodeModules));

    [Theory]
    [InlineData("甘肃省", PlanLevel.Province, "620000", PlanLevel.Province)]
    [InlineData("上海", null, "310000", PlanLevel.Municipality)]
    [InlineData("凉山州", PlanLevel.Prefecture, "513400", PlanLevel.Prefecture)]
    [InlineData("渠县", PlanLevel.County, "511725", PlanLevel.County)]
    [InlineData("大足区", PlanLevel.District, "500111", PlanLevel.District)]
    [InlineData("内蒙古自治区", PlanLevel.Province, "150000", PlanLevel.Province)]
    [InlineData("延边朝鲜族自治州", PlanLevel.Prefecture, "222400", PlanLevel.Prefecture)]
    public void A_short_name_gives_its_place_and_the_level_its_tier_means(string shortName, PlanLevel? detected, string code, PlanLevel level)
    {
        var diagnostics = new DiagnosticBag();

        var place = ProposeJurisdiction.For(shortName, detected, Register.Value, diagnostics, SourceLocation.StartOf("a.txt"));

        Assert.Empty(diagnostics.Items);
        Assert.Equal(code, place?.Code);
        Assert.Equal(level, ProposeJurisdiction.LevelOf(place!, detected));
    }

    [Fact]
    public void A_name_that_several_places_bear_is_never_guessed()
    {
        var diagnostics = new DiagnosticBag();

        var place = ProposeJurisdiction.For("朝阳区", PlanLevel.District, Register.Value, diagnostics, SourceLocation.StartOf("a.txt"));

        Assert.Null(place);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Contains("北京市朝阳区 110105", warning.Message);
        Assert.Contains("set 'jurisdiction' by hand", warning.Message);
    }

    [Fact]
    public void A_name_no_place_bears_is_a_warning()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(ProposeJurisdiction.For("甲县", PlanLevel.County, Register.Value, diagnostics, SourceLocation.StartOf("a.txt")));
        Assert.Contains("no GB/T 2260 place is named '甲县'", Assert.Single(diagnostics.Items).Message);
    }
}
