using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace PlanAtlas.Tests.Infrastructure;

/// <summary>A short line diff for a failure message: changed lines with a little context, capped in length.</summary>
internal static class SnapshotDiff
{
    private const int ContextLines = 3;
    private const int MaxLines = 40;

    public static string Render(string verified, string received)
    {
        // Both texts end with a newline; trimming it keeps an empty last line out of the diff.
        var lines = new InlineDiffBuilder(new Differ())
            .BuildDiffModel(verified.TrimEnd('\n'), received.TrimEnd('\n'), ignoreWhitespace: false)
            .Lines;
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type is ChangeType.Unchanged)
            {
                continue;
            }

            for (var j = Math.Max(0, i - ContextLines); j <= Math.Min(lines.Count - 1, i + ContextLines); j++)
            {
                keep[j] = true;
            }
        }

        var output = new StringBuilder();
        var written = 0;
        var skipping = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!keep[i])
            {
                skipping = true;
                continue;
            }

            if (written == MaxLines)
            {
                var remaining = lines.Skip(i).Count(l => l.Type is not ChangeType.Unchanged);
                output.Append("  … diff cut here; ").Append(remaining).Append(" more changed lines\n");
                break;
            }

            if (skipping)
            {
                output.Append("  …\n");
                skipping = false;
            }

            output.Append(Prefix(lines[i])).Append(lines[i].Text).Append('\n');
            written++;
        }

        return output.ToString();
    }

    private static string Prefix(DiffPiece line)
    {
        var number = line.Position is { } position ? position.ToString().PadLeft(4) : "    ";
        return line.Type switch
        {
            ChangeType.Deleted => "-    | ",
            ChangeType.Inserted => "+" + number + "| ",
            _ => " " + number + "| ",
        };
    }
}
