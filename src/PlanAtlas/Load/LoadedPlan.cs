using PlanAtlas.Model;

namespace PlanAtlas.Load;

/// <summary>A plan file after the load stage: validated metadata and the body's paragraphs, not yet structured.</summary>
public sealed record LoadedPlan(string SourcePath, PlanMetadata Metadata, IReadOnlyList<SourceParagraph> Paragraphs);
