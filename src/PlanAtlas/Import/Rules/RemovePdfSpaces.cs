using PlanAtlas.Text;

namespace PlanAtlas.Import.Rules;

/// <summary>Removes the spaces PDF line wrapping left inside Chinese text ("县委组 织部" → "县委组织部").</summary>
public sealed class RemovePdfSpaces : IImportRule
{
    public void Apply(ImportDocument document) =>
        document.Lines = document.Lines.Select(l => l with { Text = CjkText.RemoveCjkSpaces(l.Text) }).ToList();
}
