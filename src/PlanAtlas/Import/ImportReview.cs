using System.Globalization;
using System.Text;
using PlanAtlas.Diagnostics;

namespace PlanAtlas.Import;

/// <summary>
/// The summary <c>import --check</c> prints for a reviewer: the metadata found and the line it came from,
/// what the rules dropped, joined and split, the markers recovered, and the findings a person must decide.
/// </summary>
public static class ImportReview
{
    public static string Write(string displayPath, ImportResult result, IReadOnlyList<Diagnostic> diagnostics)
    {
        var sb = new StringBuilder();
        var front = result.FrontMatter;
        var found = result.Metadata.FoundAt;
        sb.Append("Review of ").Append(displayPath).Append(" (nothing written)\n\nMetadata\n");
        Field(sb, "title", front.Title, found, "title");
        Field(sb, "short", front.Short, derived: "from the title");
        Field(sb, "level", front.Level, derived: front.Jurisdiction is not null ? "from the GB/T 2260 code"
            : front.Short is { Length: > 0 } s ? $"from the name {s}" : null);
        Field(sb, "jurisdiction", front.Jurisdiction, derived: front.Jurisdiction is not null ? $"the GB/T 2260 place named {front.Short}" : null);
        Field(sb, "issuer", front.Issuer, found, "issuer");
        Field(sb, "issued", front.Issued, found, front.Issued is not null && !found.ContainsKey("issued") ? "published" : "issued");
        Field(sb, "published", front.Published, found, "published");
        Field(sb, "status", front.Status, derived: result.Metadata.IsDraft ? "the text says 征求意见稿" : null);
        Field(sb, "source", front.Source, found, "source");

        var stats = result.Statistics;
        sb.Append("\nLines\n");
        Count(sb, "dropped", stats.Dropped.Values.Sum(), string.Join(", ", stats.Dropped.Select(d => $"{d.Key} {d.Value}")));
        Count(sb, "joined", stats.Joined);
        Count(sb, "split", stats.Split + stats.MarkersRecovered);
        Count(sb, "markers recovered", stats.MarkersRecovered);
        Count(sb, "punctuation made full width", stats.PunctuationNormalized);
        Count(sb, "control characters removed", stats.ControlCharactersRemoved);
        Count(sb, "paragraphs written", result.ParagraphCount);

        var decisions = diagnostics.Where(d => d.Severity != Severity.Info).ToList();
        sb.Append("\nNeeds a person's decision (").Append(decisions.Count.ToString(CultureInfo.InvariantCulture)).Append(")\n");
        foreach (var d in decisions)
        {
            sb.Append("  ").Append(d).Append('\n');
        }

        if (decisions.Count == 0)
        {
            sb.Append("  nothing\n");
        }

        return sb.ToString();
    }

    private static void Field(StringBuilder sb, string name, string? value, IReadOnlyDictionary<string, int>? found = null, string? key = null, string? derived = null)
    {
        sb.Append("  ").Append(name.PadRight(10));
        if (string.IsNullOrEmpty(value))
        {
            sb.Append("(not found)\n");
            return;
        }

        sb.Append(value);
        if (found is not null && key is not null && found.TryGetValue(key, out var line))
        {
            sb.Append("  ← line ").Append(line.ToString(CultureInfo.InvariantCulture));
        }
        else if (derived is not null)
        {
            sb.Append("  ← ").Append(derived);
        }

        sb.Append('\n');
    }

    private static void Count(StringBuilder sb, string name, int count, string? detail = null)
    {
        sb.Append("  ").Append(name.PadRight(28)).Append(count.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(detail))
        {
            sb.Append(" (").Append(detail).Append(')');
        }

        sb.Append('\n');
    }
}
