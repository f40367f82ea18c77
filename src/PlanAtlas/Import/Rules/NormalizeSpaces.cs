using PlanAtlas.Text;

namespace PlanAtlas.Import.Rules;

/// <summary>Turns NBSP, EM SPACE, ideographic spaces and tabs into plain spaces and trims each line.</summary>
public sealed class NormalizeSpaces : IImportRule
{
    public void Apply(ImportDocument document) =>
        document.Lines = document.Lines.Select(l => l with { Text = CjkText.NormalizeSpaces(l.Text) }).ToList();
}
