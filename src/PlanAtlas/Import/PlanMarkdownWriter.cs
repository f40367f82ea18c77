using System.Text;
using System.Text.RegularExpressions;
using PlanAtlas.Load;

namespace PlanAtlas.Import;

/// <summary>Writes a plan file: YAML front matter in a fixed order, then one paragraph per blank-line block.</summary>
public static partial class PlanMarkdownWriter
{
    [GeneratedRegex(@"^[\w\u4e00-\u9fff（）—、《》\-]+$")]
    private static partial Regex PlainScalar();

    public static string Write(FrontMatter front, IReadOnlyList<string> paragraphs)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        Field(sb, "slug", front.Slug);
        Field(sb, "title", front.Title);
        Field(sb, "short", front.Short);
        Field(sb, "level", front.Level, "national | province | municipality | prefecture | county | district");
        if (front.Jurisdiction is not null)
        {
            // Only when the register named one place: a wrong code would pass review more easily than a gap.
            Field(sb, "jurisdiction", front.Jurisdiction);
        }
        Field(sb, "issuer", front.Issuer, "not stated in the text");
        Field(sb, "issued", front.Issued, "not stated in the text");
        if (front.Published is not null)
        {
            Field(sb, "published", front.Published);
        }

        Field(sb, "status", front.Status);
        Field(sb, "source", front.Source, "not stated in the text");
        sb.Append("---\n");
        foreach (var paragraph in paragraphs)
        {
            sb.Append('\n').Append(paragraph).Append('\n');
        }

        return sb.ToString();
    }

    private static void Field(StringBuilder sb, string key, string? value, string? whenMissing = null)
    {
        if (string.IsNullOrEmpty(value))
        {
            // A commented line shows the reviewer what is missing without inventing a value.
            sb.Append("# ").Append(key).Append(": ").Append(whenMissing ?? "unknown").Append('\n');
            return;
        }

        sb.Append(key).Append(": ").Append(Scalar(value)).Append('\n');
    }

    private static string Scalar(string value) =>
        PlainScalar().IsMatch(value) && !char.IsDigit(value[0]) || IsDate(value)
            ? value
            : "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static bool IsDate(string value) => value.Length == 10 && value[4] == '-' && value[7] == '-';
}
