using PlanAtlas.Search;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Search;

/// <summary>
/// What a query word stands for: itself, its synonyms (input/synonyms.yml) and, for an agency written with a level mark,
/// its other names in the registry; and that the substring scan, the meaning every answer is held to, expands the same way.
/// </summary>
public sealed class QueryExpansionTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void A_word_stands_for_every_word_of_the_groups_that_hold_it_itself_first_and_folded()
    {
        var expansion = new QueryExpansion([["法律援助", "法援"], ["ＡＢＣ", "甲乙丙"], ["法援", "法律援助", "法律援助"], ["宪法"]]);

        Assert.Equal(["法援", "法律援助"], expansion.Variants("法援"));
        Assert.Equal(["法律援助", "法援"], expansion.Variants("法律援助"));
        Assert.Equal(["abc", "甲乙丙"], expansion.Variants("Ａbc"));
        Assert.Equal(["宪法"], expansion.Variants("宪法")); // a group of one word is no group
        Assert.Equal(["法援中心"], expansion.Variants("法援中心")); // only whole words
        Assert.Equal(2, expansion.Groups.Count); // the same group twice is written once
    }

    [Fact]
    public void The_sites_expansion_holds_its_synonyms_and_its_agencies_aliases_by_level_mark_never_by_place_name()
    {
        var expansion = SearchCorpus.Of(corpus.Site).Expansion;

        Assert.Contains("法律援助", expansion.Variants("法援"));
        Assert.Contains("法治宣传教育", expansion.Variants("普法"));
        Assert.Contains("县委办公室", expansion.Variants("县委办"));
        Assert.Contains("州委办公室", expansion.Variants("州委办"));
        Assert.Contains("区人力资源和社会保障局", expansion.Variants("区人社局"));
        Assert.Equal(["县司法局"], expansion.Variants("县司法局")); // no alias: the word alone, found as written
        Assert.Equal(["渠县委办"], expansion.Variants("渠县委办")); // place names would grow the groups with the plans
        var marks = corpus.Site.Agencies.Agencies.SelectMany(a => a.Jurisdiction.Marks).Distinct().Count();
        Assert.InRange(expansion.Groups.Count, 1, corpus.Site.Synonyms.Count + (corpus.Site.Agencies.Registry.Agencies.Count * marks));
    }

    [Fact]
    public void The_substring_scan_finds_for_a_word_any_of_its_variants_and_across_words_all_of_them()
    {
        var documents = SearchCorpus.Of(corpus.Site);
        string[] Refs(string query) => [.. SubstringScan.Search(documents, query).Select(d => d.Ref).Order(StringComparer.Ordinal)];

        // OR within a word: 法援 finds what 法律援助 finds, and what holds 法援 itself
        var short_ = Refs("法援");
        Assert.NotEmpty(short_);
        Assert.Equal(
            documents.Documents.Where(d => d.Fields.Any(f => f.Contains("法律援助", StringComparison.Ordinal) || f.Contains("法援", StringComparison.Ordinal)))
                .Select(d => d.Ref).Order(StringComparer.Ordinal),
            short_);

        // AND across words: narrowed to 渠县's plan
        Assert.Equal(Refs("法律援助 渠县"), Refs("法援 渠县"));
        Assert.All(Refs("法援 渠县"), r => Assert.StartsWith("quxian/", r, StringComparison.Ordinal));
    }

    [Fact]
    public void An_agency_name_finds_the_agency_and_the_provisions_whose_responsibility_notes_name_it()
    {
        var documents = SearchCorpus.Of(corpus.Site);

        var county = SubstringScan.Search(documents, "县司法局");
        Assert.Equal("agency:quxian-justice", county[0].Ref);
        Assert.Contains(county, d => d.Plan?.Slug == "quxian" && d.Note.Contains("县司法局", StringComparison.Ordinal) && !d.Text.Contains("县司法局", StringComparison.Ordinal));
        Assert.All(county, d => Assert.True(d.Ref == "agency:quxian-justice" || d.Plan?.Slug == "quxian", d.Ref));

        var every = SubstringScan.Search(documents, "司法局").Where(d => d.Kind == SearchKind.Agency).Select(d => d.Ref);
        Assert.Superset(new HashSet<string> { "agency:quxian-justice", "agency:liangshan-justice", "agency:dazu-justice" }, every.ToHashSet());

        // 县委办 is the alias of 县委办公室: the notes that write either are found
        var office = SubstringScan.Search(documents, "县委办");
        Assert.Contains(office, d => d.Ref == "agency:quxian-party-office");
    }
}
