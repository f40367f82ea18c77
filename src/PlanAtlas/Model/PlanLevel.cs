namespace PlanAtlas.Model;

/// <summary>The administrative level of the issuing jurisdiction, as written in front matter.</summary>
public enum PlanLevel
{
    National,
    Province,
    Municipality,
    Prefecture,
    County,
    District,
}
