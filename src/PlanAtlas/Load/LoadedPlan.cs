using PlanAtlas.Model;

namespace PlanAtlas.Load;

/// <summary>A plan file after the load stage: validated metadata and the body's paragraphs, not yet structured.</summary>
public sealed record LoadedPlan(string SourcePath, PlanMetadata Metadata, IReadOnlyList<SourceParagraph> Paragraphs)
{
    /// <summary>Where the slug's value stands, for the error that names a second plan with the same slug.</summary>
    public Diagnostics.SourceLocation SlugAt { get; init; } = Diagnostics.SourceLocation.StartOf(SourcePath);
}
