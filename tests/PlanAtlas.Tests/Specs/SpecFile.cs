using System.Text;

namespace PlanAtlas.Tests.Specs;

/// <summary>
/// Reads examples written the way the CommonMark spec (and Markdig's tests) write them, so that a case is
/// added by editing a Markdown file, not C#:
/// <code>
/// ## Name of the example
/// ```````````````````````````````` example
/// input
/// .
/// expected output
/// .
/// expected findings, one per line (optional)
/// ````````````````````````````````
/// </code>
/// A line of a single "." separates the sections; "→" stands for a tab and "␣" for a trailing space.
/// </summary>
public static class SpecFile
{
    private const string Fence = "````````````````````````````````";

    public static IReadOnlyList<SpecExample> Read(string path)
    {
        var examples = new List<SpecExample>();
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var name = string.Empty;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#'))
            {
                name = lines[i].TrimStart('#').Trim();
                continue;
            }

            if (!lines[i].StartsWith(Fence + " example", StringComparison.Ordinal))
            {
                continue;
            }

            var start = i + 1;
            var sections = new List<List<string>> { new() };
            for (i = start; i < lines.Length && lines[i] != Fence; i++)
            {
                if (lines[i] == ".")
                {
                    sections.Add([]);
                }
                else
                {
                    sections[^1].Add(Unescape(lines[i]));
                }
            }

            string Section(int n) => n < sections.Count ? string.Join("\n", sections[n]) : string.Empty;
            examples.Add(new SpecExample(path, start, name, Section(0), Section(1), Section(2)));
        }

        return examples;
    }

    /// <summary>
    /// The examples of the <c>*.spec.md</c> files in a folder of the test output, as [MemberData] keys.
    /// Keys are strings so that the test runner lists every example as its own test.
    /// </summary>
    public static IEnumerable<object[]> Keys(string folder) => InFolder(folder).Select(e => new object[] { e.ToString() });

    public static SpecExample Find(string folder, string key) => InFolder(folder).Single(e => e.ToString() == key);

    private static IEnumerable<SpecExample> InFolder(string folder) =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.spec.md")
            .Order(StringComparer.Ordinal)
            .SelectMany(Read);

    private static string Unescape(string line) => line.Replace('→', '\t').Replace('␣', ' ');
}
