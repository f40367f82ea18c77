namespace PlanAtlas.Import;

/// <summary>What the importer could read off the raw text; null where the text does not say.</summary>
public sealed class DetectedMetadata
{
    public string? Title { get; set; }
    public string? Issuer { get; set; }
    public DateOnly? Issued { get; set; }
    public DateOnly? Published { get; set; }
    public string? Source { get; set; }
    public bool IsDraft { get; set; }
}
