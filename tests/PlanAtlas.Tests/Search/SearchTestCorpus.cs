using System.Globalization;
using PlanAtlas.Search;

namespace PlanAtlas.Tests.Search;

/// <summary>
/// The documents the search tests index. Stand-in until the provision model feeds the index:
/// swap <see cref="Load"/> for one SearchDocument per provision and the tests keep working.
/// </summary>
internal static class SearchTestCorpus
{
    private static readonly Lazy<IReadOnlyList<SearchDocument>> Cached = new(Load);

    public static IReadOnlyList<SearchDocument> Documents => Cached.Value;

    /// <summary>
    /// input/plans/*.md when there are any (each paragraph of the body after the front matter),
    /// else input/sources/*.txt (each non-empty line). Ref is "&lt;slug&gt;#&lt;n&gt;".
    /// </summary>
    public static IReadOnlyList<SearchDocument> Load()
    {
        var plansDir = SearchRepoPaths.Combine("input", "plans");
        var plans = Directory.Exists(plansDir) ? Directory.GetFiles(plansDir, "*.md") : [];
        var docs = plans.Length > 0
            ? FromFiles(plans, path => Paragraphs(StripFrontMatter(File.ReadAllLines(path))))
            : FromFiles(Directory.GetFiles(SearchRepoPaths.Combine("input", "sources"), "*.txt"), path => File.ReadAllLines(path));
        if (docs.Count == 0)
        {
            throw new InvalidOperationException("No search test corpus in input/plans or input/sources.");
        }

        return docs;
    }

    private static List<SearchDocument> FromFiles(string[] files, Func<string, IEnumerable<string>> blocks)
    {
        var docs = new List<SearchDocument>();
        foreach (var file in files.OrderBy(f => f, StringComparer.Ordinal))
        {
            var slug = Path.GetFileNameWithoutExtension(file);
            var n = 0;
            foreach (var block in blocks(file).Select(b => b.Trim()).Where(b => b.Length > 0))
            {
                n++;
                docs.Add(new SearchDocument($"{slug}#{n}", Title(block), block, slug, ""));
            }
        }

        return docs;
    }

    // First 20 characters as the reader counts them, so a surrogate pair is never cut in half.
    private static string Title(string text)
    {
        var info = new StringInfo(text);
        return info.LengthInTextElements <= 20 ? text : info.SubstringByTextElements(0, 20);
    }

    private static IEnumerable<string> StripFrontMatter(string[] lines)
    {
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return lines;
        }

        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        return end < 0 ? lines : lines.Skip(end + 1);
    }

    private static IEnumerable<string> Paragraphs(IEnumerable<string> lines)
    {
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    yield return string.Join("\n", current);
                    current.Clear();
                }

                continue;
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            yield return string.Join("\n", current);
        }
    }
}
