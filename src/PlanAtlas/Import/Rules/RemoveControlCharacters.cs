using System.Globalization;
using System.Text;
using PlanAtlas.Diagnostics;

namespace PlanAtlas.Import.Rules;

/// <summary>
/// Removes NUL and the other control characters a converted or scraped text carries (form feeds of PDF
/// pages, stray carriage returns, C1 codes): they would pass unseen into the Markdown. Tabs stay, they are spaces.
/// </summary>
public sealed class RemoveControlCharacters : IImportRule
{
    public void Apply(ImportDocument document) =>
        document.Lines = document.Lines.Select(line => Clean(line, document)).ToList();

    private static RawLine Clean(RawLine line, ImportDocument document)
    {
        var first = IndexOfControl(line.Text);
        if (first < 0)
        {
            return line;
        }

        var sb = new StringBuilder(line.Text.Length);
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var c in line.Text)
        {
            if (IsRemoved(c))
            {
                removed.Add("U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
                count++;
                continue;
            }

            sb.Append(c);
        }

        document.Statistics.ControlCharactersRemoved += count;
        document.Diagnostics.Warning(DiagnosticCodes.ControlCharacter, document.At(line, first + 1),
            $"removed {count} control character(s) ({string.Join(", ", removed)}) that a text must not carry");
        return line with { Text = sb.ToString() };
    }

    private static int IndexOfControl(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsRemoved(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsRemoved(char c) => char.IsControl(c) && c != '\t';
}
