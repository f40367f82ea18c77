using PlanAtlas.Analyse.Agencies;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;

namespace PlanAtlas.Search;

/// <summary>
/// The other words a query word stands for: the abbreviations and synonyms of <c>input/synonyms.yml</c> (法援 for
/// 法律援助) and the names and aliases of each registered agency as the plans write them with a level mark (县委办 for
/// 县委办公室, 区应急局 for 区应急管理局). A query word equal to a word of a group matches a document holding any word of
/// the group; the groups are written into meta.js, so the browser expands exactly as <see cref="SubstringScan"/> does.
/// </summary>
/// <remarks>
/// Agency groups come from the registry entries and the level marks (县, 州, 区 …) of the indexed agencies, never from
/// the names of places: their number is bounded by the registry, not by the number of plans.
/// </remarks>
public sealed class QueryExpansion
{
    private readonly Dictionary<string, List<string>> _variants = new(StringComparer.Ordinal);

    public QueryExpansion(IEnumerable<IEnumerable<string>> groups)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<IReadOnlyList<string>>();
        foreach (var group in groups)
        {
            var words = group.Select(ChineseTokenizer.Fold).Distinct(StringComparer.Ordinal).ToList();
            if (words.Count < 2 || !seen.Add(string.Join("\n", words.Order(StringComparer.Ordinal))))
            {
                continue; // a name without aliases, or a group already listed
            }

            kept.Add(words);
            foreach (var word in words)
            {
                var variants = _variants.TryGetValue(word, out var known) ? known : _variants[word] = [word];
                variants.AddRange(words.Where(w => !variants.Contains(w, StringComparer.Ordinal)));
            }
        }

        Groups = kept;
    }

    public static QueryExpansion None { get; } = new([]);

    /// <summary>Every group, folded, each word once, in the order of the file, then of the registry.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    /// <summary>The folded word first, then every other word of every group that holds it.</summary>
    public IReadOnlyList<string> Variants(string word)
    {
        var folded = ChineseTokenizer.Fold(word);
        return _variants.TryGetValue(folded, out var variants) ? variants : [folded];
    }

    /// <summary>The synonyms of the site, then the agency names of <paramref name="agencies"/> (those the index holds).</summary>
    public static QueryExpansion Of(IReadOnlyList<SynonymGroup> synonyms, IEnumerable<Agency> agencies) =>
        new(synonyms.Select(g => g.Words).Concat(AgencyGroups(agencies)));

    private static IEnumerable<IEnumerable<string>> AgencyGroups(IEnumerable<Agency> agencies)
    {
        var done = new HashSet<(string Slug, PlanLevel Level, string Mark)>();
        foreach (var agency in agencies)
        {
            if (agency.Registered is not { } entry)
            {
                continue;
            }

            foreach (var mark in agency.Jurisdiction.Marks)
            {
                if (done.Add((entry.Slug, agency.Jurisdiction.Level, mark)))
                {
                    var patterns = entry.Aliases.Prepend(entry.NameFor(agency.Jurisdiction.Level));
                    yield return patterns.Select(p => AgencyNameNormalizer.Expand(p, mark, mark));
                }
            }
        }
    }
}
