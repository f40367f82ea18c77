namespace PlanAtlas.Model.Jurisdictions;

/// <summary>One place of the GB/T 2260 register: 渠县 511725, county-level, in 达州市 511700.</summary>
/// <param name="Code">The six-digit code.</param>
/// <param name="ParentCode">The place it belongs to; null for a province-level place.</param>
public sealed record AdministrativeDivision(string Code, string Name, JurisdictionLevel Level, string? ParentCode)
{
    public override string ToString() => $"{Name} {Code}";
}
