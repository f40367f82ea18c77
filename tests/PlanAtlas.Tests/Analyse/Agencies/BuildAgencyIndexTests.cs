using System.Text.RegularExpressions;
using PlanAtlas.Analyse.Agencies;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Structure;

namespace PlanAtlas.Tests.Analyse.Agencies;

/// <summary>The responsibility index of the real corpus, and of small plans that show one rule each.</summary>
public sealed partial class BuildAgencyIndexTests
{
    private const string PlanPath = "input/plans/a.md";

    /// <summary>A county plan whose notes repeat an agency under two names, name an unknown one twice, and list a leader again.</summary>
    /// <summary>A plan of 甲县 whose notes name registered agencies, one the registry does not know and catch-alls.</summary>
    internal const string PlanWithNotes = """
        ---
        slug: a
        title: 甲县法治社会建设实施方案（2021—2025年）
        short: 甲县
        level: county
        responsibility: semicolon
        ---

        一、主要任务

        1.维护宪法权威

        （1）加强宪法学习。抓好关键少数。（责任单位：县委办、县委办公室、县司法局；县数字法治中心、县司法局、县委党校等县级有关部门及各乡镇（街道）按职责分工负责。）

        （2）加强宪法宣传。推进宪法进机关。（责任单位：县委办公室；县数字法治中心、县级有关部门按职责分工负责。）

        （3）落实宪法宣誓制度。开展宪法专题学习。（责任单位：甲县数字法治中心、县委办。）

        """;

    [Fact]
    public void The_registry_knows_every_agency_of_the_real_corpus()
    {
        Assert.DoesNotContain(AgencyCorpus.Diagnostics, d => d.Code is DiagnosticCodes.UnknownAgency or DiagnosticCodes.RegistryError);
        Assert.Empty(AgencyCorpus.Index.Unregistered);
    }

    [Theory]
    [InlineData("quxian", 42)]
    [InlineData("liangshan", 38)]
    [InlineData("dazu", 34)]
    [InlineData("gansu", 0)]
    [InlineData("shanghai", 0)]
    public void Each_plan_has_its_number_of_agencies(string slug, int count)
    {
        Assert.Equal(count, AgencyCorpus.Index.InPlan(AgencyCorpus.Plan(slug)).Count);
    }

    [Theory]
    [InlineData("quxian")]
    [InlineData("liangshan")]
    [InlineData("dazu")]
    public void Every_named_agency_of_the_annotated_plans_is_found_in_its_own_jurisdiction(string slug)
    {
        var plan = AgencyCorpus.Plan(slug);
        var mentions = plan.Provisions.Where(p => p.Note is not null).SelectMany(p => p.Note!.Lead.Concat(p.Note.Participants)).ToList();
        Assert.NotEmpty(mentions);
        foreach (var mention in mentions)
        {
            var agency = AgencyCorpus.Index.Find(plan, mention);
            Assert.True(agency is not null, $"{slug}: '{mention}' has no agency");
            Assert.Equal(plan.Metadata.Short, agency.Jurisdiction.Name);
            Assert.True(agency.IsRegistered);
            Assert.StartsWith(slug + "-", agency.Slug);
        }
    }

    [Fact]
    public void No_catch_all_phrase_is_an_agency()
    {
        var index = AgencyCorpus.Index;
        foreach (var plan in AgencyCorpus.Plans)
        {
            foreach (var phrase in plan.Provisions.Where(p => p.Note is not null).SelectMany(p => p.Note!.CatchAll))
            {
                Assert.Null(index.Find(plan, phrase));
            }
        }

        Assert.All(index.Agencies, a => Assert.All(a.WrittenForms, w => Assert.False(CatchAllPhrases.IsCatchAll(w), $"{a.Slug}: '{w}'")));
        Assert.DoesNotContain(index.Agencies, a => a.Name.Contains("有关部门", StringComparison.Ordinal) || a.Name.Contains("各乡镇", StringComparison.Ordinal));
    }

    [Fact]
    public void Aliases_in_one_plan_merge_into_one_agency()
    {
        // 渠县 writes both 县应急局 and 县应急管理局
        var plan = AgencyCorpus.Plan("quxian");
        var index = AgencyCorpus.Index;

        var short1 = index.Find(plan, "县应急局");
        var full = index.Find(plan, "县应急管理局");

        Assert.NotNull(short1);
        Assert.Same(short1, full);
        Assert.Equal("quxian-emergency", short1.Slug);
        Assert.Equal(["县应急管理局", "县应急局"], short1.WrittenForms);
        Assert.Equal(2, short1.Assignments.Count);
        Assert.Single(index.Agencies, a => a.Slug == "quxian-emergency");
    }

    [Fact]
    public void A_host_office_in_brackets_is_the_same_agency()
    {
        var plan = AgencyCorpus.Plan("liangshan");
        var justice = AgencyCorpus.Index.FindBySlug("liangshan-justice");

        Assert.NotNull(justice);
        Assert.Contains("州司法局（州委依法治州办）", justice.WrittenForms);
        Assert.Contains("州司法局", justice.WrittenForms);
        Assert.Same(justice, AgencyCorpus.Index.Find(plan, new AgencyMention("州司法局", "州委依法治州办")));
        Assert.Equal(17, justice.LeadCount);
        Assert.Equal(5, justice.JoinCount);
    }

    [Fact]
    public void One_kind_holds_the_same_agency_of_every_jurisdiction()
    {
        var index = AgencyCorpus.Index;
        var justice = index.Kinds.Single(k => k.Id == "justice");

        var agencies = index.OfKind(justice);

        Assert.Equal(["凉山州司法局", "渠县司法局", "大足区司法局"], agencies.Select(a => a.Name));
        Assert.Equal([17, 27, 12], agencies.Select(a => a.LeadCount));
        Assert.Equal([5, 3, 2], agencies.Select(a => a.JoinCount));
        Assert.Equal(["liangshan-justice", "quxian-justice", "dazu-justice"], agencies.Select(a => a.Slug));
    }

    [Fact]
    public void Within_one_note_duplicates_are_dropped_and_aliases_merge()
    {
        // Given a plan whose first note names 县委办 and 县委办公室, and 县司法局 as leader and again as participant
        var (plans, index, _) = Build(PlanWithNotes, withRegistry: true);
        var plan = plans[0];
        var first = plan.Provisions[0];

        // Then 县委办 and 县委办公室 are one agency, counted once in that note, and 县司法局 only leads
        var office = index.Find(plan, "县委办");
        Assert.NotNull(office);
        Assert.Same(office, index.Find(plan, "县委办公室"));
        Assert.Equal("a-party-office", office.Slug);
        Assert.Equal("甲县委办公室", office.Name);
        Assert.Equal(["县委办", "县委办公室"], office.WrittenForms);
        Assert.Equal([AgencyRole.Lead, AgencyRole.Lead, AgencyRole.Lead], office.Assignments.Select(a => a.Role));
        Assert.Equal([first, plan.Provisions[1], plan.Provisions[2]], office.Assignments.Select(a => a.Provision));

        var justice = index.Find(plan, "县司法局")!;
        Assert.Equal([AgencyRole.Lead], justice.Assignments.Select(a => a.Role));
        Assert.Equal(["甲县委办公室", "甲县司法局"], index.OfProvision(first, AgencyRole.Lead).Select(a => a.Name));
        Assert.Equal(["甲县数字法治中心", "甲县委党校"], index.OfProvision(first, AgencyRole.Participant).Select(a => a.Name));
    }

    [Fact]
    public void An_unknown_name_gets_its_agency_and_one_warning_at_the_provision_where_it_first_appears()
    {
        // Given a plan naming 县数字法治中心 (twice) and 甲县数字法治中心, which the registry does not know
        var (plans, index, diagnostics) = Build(PlanWithNotes, withRegistry: true);
        var plan = plans[0];

        // Then it is one agency, without a kind, under a stable ASCII slug
        var unknown = index.Find(plan, "县数字法治中心");
        Assert.NotNull(unknown);
        Assert.Same(unknown, index.Find(plan, "甲县数字法治中心"));
        Assert.False(unknown.IsRegistered);
        Assert.Null(unknown.Kind);
        Assert.Equal("甲县数字法治中心", unknown.Name);
        Assert.Matches(UnregisteredSlug(), unknown.Slug);
        Assert.Equal([AgencyRole.Participant, AgencyRole.Participant, AgencyRole.Lead], unknown.Assignments.Select(a => a.Role));

        // And one warning names it and points at the first provision that names it, listing the others
        var warning = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnknownAgency);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(plan.Provisions[0].Location, warning.Location);
        Assert.Equal(PlanPath, warning.Location.Path);
        Assert.Equal(13, warning.Location.Line);
        Assert.Contains("'县数字法治中心' / '甲县数字法治中心' is not in agencies.yml", warning.Message);
        Assert.Contains($"agencies/{unknown.Slug}/", warning.Message);
        Assert.Contains("also named at lines 15, 17", warning.Message);
        Assert.StartsWith($"{PlanPath}:13:1: warning PA404: ", warning.ToString());
        Assert.Equal(1, diagnostics.Count(d => d.Severity != Severity.Info));
    }

    [Fact]
    public void Without_a_registry_every_name_is_listed_as_written_and_nothing_is_warned()
    {
        var (plans, index, diagnostics) = Build(PlanWithNotes, withRegistry: false);

        Assert.All(index.Agencies, a => Assert.False(a.IsRegistered));
        Assert.Equal(5, index.Agencies.Count); // 委办 and 委办公室 are two names without a registry to merge them
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.UnknownAgency);
        Assert.NotNull(index.Find(plans[0], "县委办"));
    }

    [Fact]
    public void Plans_of_one_jurisdiction_share_its_agencies()
    {
        // Given two plans of 甲县 (say a draft and the final text), both naming 县司法局
        var second = PlanWithNotes.Replace("slug: a", "slug: b", StringComparison.Ordinal);
        var diagnostics = new DiagnosticBag();
        var plans = AgencyCorpus.LoadPlans([("input/plans/b.md", second), (PlanPath, PlanWithNotes)], diagnostics);

        // When the index is built
        var index = new BuildAgencyIndex().Run(plans, AgencyCorpus.Registry, diagnostics);

        // Then 甲县司法局 is one agency, named after the first slug, with the measures of both plans
        var justice = index.Find(plans[0], "县司法局");
        Assert.NotNull(justice);
        Assert.Same(justice, index.Find(plans[1], "县司法局"));
        Assert.Equal("a-justice", justice.Slug);
        Assert.Equal(["b", "a"], justice.Plans.Select(p => p.Slug));
        Assert.Equal(2, justice.LeadCount);
    }

    [Fact]
    public void Plans_without_notes_give_an_empty_index()
    {
        var gansu = AgencyCorpus.Plan("gansu");
        var index = new BuildAgencyIndex().Run([gansu], AgencyCorpus.Registry, new DiagnosticBag());

        Assert.Empty(index.Agencies);
        Assert.Empty(index.Kinds);
    }

    private static (List<Plan> Plans, AgencyIndex Index, IReadOnlyList<Diagnostic> Diagnostics) Build(string planText, bool withRegistry)
    {
        var diagnostics = new DiagnosticBag();
        var plans = AgencyCorpus.LoadPlans([(PlanPath, planText)], diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var index = new BuildAgencyIndex().Run(plans, withRegistry ? AgencyCorpus.Registry : AgencyRegistry.None, diagnostics);
        return (plans, index, diagnostics.Items);
    }

    [GeneratedRegex("^a-x-[0-9a-f]{8}$")]
    private static partial Regex UnregisteredSlug();
}
