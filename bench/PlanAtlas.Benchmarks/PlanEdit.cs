using System.Text.RegularExpressions;

namespace PlanAtlas.Benchmarks;

/// <summary>The one-line edit both edit benchmarks make: the kind of change made while proofreading a plan.</summary>
public static partial class PlanEdit
{
    /// <summary>
    /// Appends <paramref name="mark"/> to the title of the plan's first numbered provision. Generated plans write their
    /// brackets half- or full-width, so the numbering is matched in both.
    /// </summary>
    public static void MarkFirstTitle(string plan, string mark)
    {
        var lines = File.ReadAllLines(plan);
        var at = Array.FindIndex(lines, l => NumberedWithTitle().IsMatch(l));
        if (at < 0)
        {
            throw new BenchmarkException($"{plan} has no numbered provision with a title to edit");
        }

        lines[at] = NumberedWithTitle().Replace(lines[at], "$1" + mark + "。", 1);
        File.WriteAllLines(plan, lines);
    }

    [GeneratedRegex("^([（(][一二三四五六七八九十]+[）)][^。]+)。")]
    private static partial Regex NumberedWithTitle();
}
