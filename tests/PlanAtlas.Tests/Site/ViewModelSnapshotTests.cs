using PlanAtlas.Render;
using PlanAtlas.Render.Pages;
using PlanAtlas.Tests.Corpus;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Site;

/// <summary>The page view models as JSON: far less noisy than HTML when only the logic changes (docfx does the same).</summary>
[Collection(CorpusCollection.Name)]
public sealed class ViewModelSnapshotTests(CorpusFixture corpus)
{
    [Fact]
    public Task Home_model() => Snapshot.VerifyJson(new HomePage(Context, Views, []).Model(corpus.Result.Site!));

    [Fact]
    public Task Plan_model_of_liangshan() => Snapshot.VerifyJson(new PlanPage(Context, Views).Model(corpus.Result.Site!.FindPlan("liangshan")!));

    [Fact]
    public Task Provision_model_of_quxian_57() =>
        Snapshot.VerifyJson(new ProvisionPage(Context, Views).Model(corpus.Result.Site!.FindPlan("quxian")!, 56));

    private RenderContext Context => corpus.RenderContext;

    private PlanViews Views => new(Context, corpus.Result.Site!.Agencies, new PlanAtlas.Analyse.Topics.Counterparts(corpus.Result.Site!));
}
