namespace PlanAtlas.Import;

/// <summary>Choices a person makes about an import.</summary>
public sealed record ImportOptions
{
    /// <summary>
    /// Keep half-width <c>, ; : ( ) ? !</c> between Chinese characters as the source writes them
    /// (<c>--keep-punctuation</c>); by default they are made full width.
    /// </summary>
    public bool KeepPunctuation { get; init; }

    /// <summary>The GB/T 2260 register to propose the plan's <c>jurisdiction</c> code from its title; none when absent.</summary>
    public Model.Jurisdictions.JurisdictionRegister? Register { get; init; }
}
