namespace PlanAtlas.Import;

/// <summary>One clean-up step of the importer. Rules run in order; each does one thing to the lines.</summary>
public interface IImportRule
{
    void Apply(ImportDocument document);
}
