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

    /// <summary>The source line each field was read from, so that a reviewer can check it (<c>import --check</c>).</summary>
    public Dictionary<string, int> FoundAt { get; } = new(StringComparer.Ordinal);

    /// <summary>Records where a field came from, unless an earlier line already gave it.</summary>
    public void Found(string field, int line) => FoundAt.TryAdd(field, line);

    /// <summary>Takes the issuer from a line unless an earlier line gave it.</summary>
    public void OfferIssuer(string issuer, int line)
    {
        if (Issuer is null)
        {
            Issuer = issuer;
            Found("issuer", line);
        }
    }

    /// <summary>Takes the date of issue from a line unless an earlier line gave it.</summary>
    public void OfferIssued(DateOnly issued, int line)
    {
        if (Issued is null)
        {
            Issued = issued;
            Found("issued", line);
        }
    }
}
