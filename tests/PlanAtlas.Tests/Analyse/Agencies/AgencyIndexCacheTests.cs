using PlanAtlas.Analyse.Agencies;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;

namespace PlanAtlas.Tests.Analyse.Agencies;

/// <summary>A preview session keeps each place's agencies while the place's plans are the same objects and the registry says the same.</summary>
public sealed class AgencyIndexCacheTests
{
    private const string Place = BuildAgencyIndexTests.PlanWithNotes;

    private static readonly string OtherPlace = Place.Replace("slug: a", "slug: b", StringComparison.Ordinal).Replace("甲县", "乙县", StringComparison.Ordinal);

    [Fact]
    public void A_place_whose_plans_did_not_change_keeps_its_agencies_and_reports_its_warnings_again()
    {
        // Given an index of two places built with a session's cache
        var cache = new AgencyIndexCache();
        var plans = Load(("input/plans/a.md", Place), ("input/plans/b.md", OtherPlace));
        var first = new BuildAgencyIndex().Run(plans, AgencyCorpus.Registry, new DiagnosticBag(), cache);

        // When the second place's plan is edited (a new plan object, now naming 县委宣传部) and the index built again
        var edited = Load(("input/plans/b.md", OtherPlace.Replace("县委党校", "县委宣传部", StringComparison.Ordinal)))[0];
        var findings = new DiagnosticBag();
        var second = new BuildAgencyIndex().Run([plans[0], edited], AgencyCorpus.Registry, findings, cache);

        // Then the first place's agencies are the very objects of the last build, the edited place's are made again,
        // and the index and its warnings are those of a build without a cache
        Assert.Same(first.Find(plans[0], "县司法局"), second.Find(plans[0], "县司法局"));
        Assert.NotSame(first.Find(plans[1], "县司法局"), second.Find(edited, "县司法局"));
        Assert.NotNull(second.Find(edited, "县委宣传部"));
        Assert.Null(second.Find(edited, "县委党校"));

        var uncachedFindings = new DiagnosticBag();
        var uncached = new BuildAgencyIndex().Run([plans[0], edited], AgencyCorpus.Registry, uncachedFindings);
        Assert.Equal(uncached.Agencies.Select(Described), second.Agencies.Select(Described));
        Assert.Equal(uncachedFindings.Items.Select(d => d.ToString()), findings.Items.Select(d => d.ToString()));
        Assert.Contains(findings.Items, d => d.Code == DiagnosticCodes.UnknownAgency && d.Location.Path == "input/plans/a.md");
    }

    [Fact]
    public void Another_registry_makes_every_place_again()
    {
        var cache = new AgencyIndexCache();
        var plans = Load(("input/plans/a.md", Place));
        var registered = new BuildAgencyIndex().Run(plans, AgencyCorpus.Registry, new DiagnosticBag(), cache);

        var unregistered = new BuildAgencyIndex().Run(plans, AgencyRegistry.None, new DiagnosticBag(), cache);

        Assert.True(registered.Find(plans[0], "县司法局")!.IsRegistered);
        Assert.False(unregistered.Find(plans[0], "县司法局")!.IsRegistered);
    }

    private static List<Plan> Load(params (string Path, string Text)[] files)
    {
        var diagnostics = new DiagnosticBag();
        var plans = AgencyCorpus.LoadPlans(files, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return plans;
    }

    private static string Described(Agency agency) =>
        $"{agency.Slug} {agency.Name} {string.Join("/", agency.Assignments.Select(x => $"{x.Plan.Slug}:{x.Provision.Id}:{x.Role}"))}";
}
