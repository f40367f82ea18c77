using System.Text;
using PlanAtlas.Model;

namespace PlanAtlas.Tests.Structure;

/// <summary>
/// A plan's tree as structure specs write it: one line per division (<c>id marker title</c>, <c>*</c> for a
/// provision), then for provisions their text and the parts of their responsibility note.
/// </summary>
public static class TreeDump
{
    public static string Write(Plan plan)
    {
        var sb = new StringBuilder();
        if (plan.Convention != ResponsibilityConvention.None)
        {
            sb.Append("convention: ").Append(plan.Convention.ToString().ToLowerInvariant()).Append('\n');
        }

        foreach (var paragraph in plan.Preamble)
        {
            sb.Append("preamble: ").Append(paragraph).Append('\n');
        }

        foreach (var division in plan.Parts.SelectMany(p => p.DescendantsAndSelf()))
        {
            var indent = new string(' ', 2 * division.Ancestors.Count());
            sb.Append(indent).Append(division.Id).Append(' ').Append(division.Marker.Written).Append(' ').Append(division.Title);
            sb.Append(division.IsProvision ? " *" : string.Empty).Append('\n');
            foreach (var paragraph in division.Paragraphs)
            {
                sb.Append(indent).Append("  text: ").Append(paragraph).Append('\n');
            }

            if (division.Note is { } note)
            {
                Line(sb, indent, "lead", note.Lead.Select(a => a.ToString()));
                Line(sb, indent, "participants", note.Participants.Select(a => a.ToString()));
                Line(sb, indent, "catchAll", note.CatchAll);
            }
        }

        return sb.ToString().TrimEnd('\n');
    }

    private static void Line(StringBuilder sb, string indent, string name, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            sb.Append(indent).Append("  ").Append(name).Append(": ").Append(string.Join(" | ", list)).Append('\n');
        }
    }
}
