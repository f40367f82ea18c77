using System.Text.RegularExpressions;
using PlanAtlas.Diagnostics;

namespace PlanAtlas.Import.Rules;

/// <summary>
/// Removes the page numbers of a printed or converted copy ("- 3 -", "第3页 共12页"). The line goes
/// altogether rather than becoming blank, so that a paragraph the page broke is joined again.
/// </summary>
public sealed partial class DropPageNumbers : IImportRule
{
    [GeneratedRegex(@"^([-—－]\s*\d{1,3}\s*[-—－]|第\s*\d{1,3}\s*页(\s*[,，/]?\s*共\s*\d{1,3}\s*页)?)$")]
    private static partial Regex PageNumber();

    public void Apply(ImportDocument document) =>
        document.Lines = document.Lines.Where(line =>
        {
            if (!PageNumber().IsMatch(line.Text))
            {
                return true;
            }

            document.Statistics.Drop("page number");
            document.Diagnostics.Info(DiagnosticCodes.WrapperDropped, document.At(line), $"dropped page number '{line.Text}'");
            return false;
        }).ToList();
}
