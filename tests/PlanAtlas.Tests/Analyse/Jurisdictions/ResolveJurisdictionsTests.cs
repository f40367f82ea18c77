using PlanAtlas.Analyse.Jurisdictions;
using PlanAtlas.Diagnostics;
using PlanAtlas.Load;
using PlanAtlas.Model;
using PlanAtlas.Model.Jurisdictions;
using PlanAtlas.Structure;

namespace PlanAtlas.Tests.Analyse.Jurisdictions;

public sealed class ResolveJurisdictionsTests
{
    [Fact]
    public void A_county_plan_gets_its_chain_and_the_nearest_plan_above_it_in_the_corpus()
    {
        // Given plans of 渠县 and 四川省, but none of 达州市 between them
        var diagnostics = new DiagnosticBag();
        var quxian = Plan("quxian", "county", "511725", diagnostics);
        var sichuan = Plan("sichuan", "province", "510000", diagnostics);

        // When they are placed
        var index = new ResolveJurisdictions().Run([quxian, sichuan], RealRegister.Value, diagnostics);

        // Then 渠县 sits under 四川省 and 达州市, and the plan to compare it with is 四川省's
        var place = index.Of(quxian)!;
        Assert.Empty(diagnostics.Items);
        Assert.Equal(("511725", "渠县", JurisdictionLevel.County), (place.Place.Code, place.Place.Name, place.Place.Level));
        Assert.Equal(["四川省 sichuan", "达州市 -"], place.Ancestors.Select(a => $"{a.Place.Name} {a.Plan?.Slug ?? "-"}"));
        Assert.Same(sichuan, place.NearestWithPlan?.Plan);
        Assert.Equal(["510000", "511700", "511725"], place.Chain.Select(p => p.Code));
        Assert.Empty(index.Of(sichuan)!.Ancestors);
        Assert.Null(index.Of(sichuan)!.NearestWithPlan);
    }

    [Fact]
    public void A_final_text_stands_for_its_place_before_a_draft()
    {
        var diagnostics = new DiagnosticBag();
        var draft = Plan("a-draft", "province", "510000", diagnostics, status: "draft");
        var final = Plan("b-final", "province", "510000", diagnostics);
        var county = Plan("county", "county", "511725", diagnostics);

        var index = new ResolveJurisdictions().Run([draft, final, county], RealRegister.Value, diagnostics);

        Assert.Same(final, index.Of(county)!.NearestWithPlan?.Plan);
    }

    [Fact]
    public void A_district_of_a_municipality_has_the_municipality_above_it()
    {
        var diagnostics = new DiagnosticBag();
        var dazu = Plan("dazu", "district", "500111", diagnostics);

        var index = new ResolveJurisdictions().Run([dazu], RealRegister.Value, diagnostics);

        Assert.Equal(["重庆市"], index.Of(dazu)!.Ancestors.Select(a => a.Place.Name));
    }

    [Fact]
    public void An_unknown_code_is_an_error_at_the_value()
    {
        var diagnostics = new DiagnosticBag();
        var plan = Plan("a", "county", "511799", diagnostics);

        var index = new ResolveJurisdictions().Run([plan], RealRegister.Value, diagnostics);

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.UnknownJurisdiction, error.Code);
        Assert.Equal(("a.md", 5, 15), (error.Location.Path, error.Location.Line, error.Location.Column));
        Assert.Null(index.Of(plan));
    }

    [Theory]
    [InlineData("province", "511725", "county or district")]
    [InlineData("county", "511700", "prefecture")]
    [InlineData("prefecture", "310000", "province or municipality")]
    [InlineData("national", "510000", "province or municipality")]
    public void A_level_the_code_does_not_allow_is_an_error_at_the_level(string level, string code, string expected)
    {
        var diagnostics = new DiagnosticBag();
        var plan = Plan("a", level, code, diagnostics);

        new ResolveJurisdictions().Run([plan], RealRegister.Value, diagnostics);

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.JurisdictionLevelMismatch, error.Code);
        Assert.Equal((4, 8), (error.Location.Line, error.Location.Column));
        Assert.EndsWith("expected " + expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("municipality", "310000")]
    [InlineData("province", "620000")]
    [InlineData("prefecture", "513400")]
    [InlineData("district", "500111")]
    [InlineData("county", "511725")]
    public void The_corpus_levels_agree_with_their_codes(string level, string code)
    {
        var diagnostics = new DiagnosticBag();
        var plan = Plan("a", level, code, diagnostics);

        Assert.NotNull(new ResolveJurisdictions().Run([plan], RealRegister.Value, diagnostics).Of(plan));
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_plan_that_names_no_place_is_a_warning_at_its_start_and_stays_outside_the_hierarchy()
    {
        var diagnostics = new DiagnosticBag();
        var text = "---\nslug: old\ntitle: 甲县法治社会建设实施方案\nlevel: county\n---\n\n一、主要任务\n\n1.维护宪法权威。加强宪法学习。\n";
        var plan = new BuildProvisionTree().Run(LoadPlans.Parse(text, "old.md", diagnostics)!, diagnostics);

        var index = new ResolveJurisdictions().Run([plan], RealRegister.Value, diagnostics);

        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal("old.md:1:1: warning PA020", $"{warning.Location}: warning {warning.Code}");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Null(index.Of(plan));
    }

    [Fact]
    public void Without_a_register_no_code_is_judged()
    {
        // The missing package is reported once by LoadJurisdictions; every plan's code would otherwise be "unknown".
        var diagnostics = new DiagnosticBag();
        var plan = Plan("a", "county", "511725", diagnostics);

        var index = new ResolveJurisdictions().Run([plan], JurisdictionRegister.Empty, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Null(index.Of(plan));
    }

    internal static Plan Plan(string slug, string level, string code, DiagnosticBag diagnostics, string status = "final")
    {
        var text = $"""
            ---
            slug: {slug}
            title: 甲县法治社会建设实施方案（2021—2025年）
            level: {level}
            jurisdiction: {code}
            status: {status}
            ---

            一、主要任务

            1.维护宪法权威。加强宪法学习。

            """;
        var loaded = LoadPlans.Parse(text, slug == "a" ? "a.md" : slug + ".md", diagnostics)!;
        return new BuildProvisionTree().Run(loaded, diagnostics);
    }
}
