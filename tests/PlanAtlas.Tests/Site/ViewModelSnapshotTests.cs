using PlanAtlas.Render.Views;
using PlanAtlas.Analyse.Topics;
using PlanAtlas.Model;
using PlanAtlas.Render;
using PlanAtlas.Render.Pages;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Site;

/// <summary>The page view models of the fixture site as JSON: far less noisy than HTML when only the logic changes (docfx does the same).</summary>
[Collection(FixtureSiteCollection.Name)]
public sealed class ViewModelSnapshotTests(FixtureSite site)
{
    [Fact]
    public Task Home_model() => Snapshot.VerifyJson(new HomePage(Context, Views, PlacePaging.Of(Site), []).Model(Site));

    [Fact]
    public Task Plan_model_of_jiaxian() => Snapshot.VerifyJson(new PlanPage(Context, Views).Model(Site.FindPlan("jiaxian")!));

    /// <summary>（2） of 甲县: a note with a co-leader, a participant and a catch-all.</summary>
    [Fact]
    public Task Provision_model_of_jiaxian_2() => Snapshot.VerifyJson(new ProvisionPage(Context, Views).Model(Site.FindPlan("jiaxian")!, 1));

    private SiteModel Site => site.Result.Site ?? throw new InvalidOperationException(string.Join("\n", site.Result.Diagnostics));

    private RenderContext Context => site.RenderContext;

    private PlanViews Views => new(Context, Site.Agencies, new Counterparts(Site));
}
