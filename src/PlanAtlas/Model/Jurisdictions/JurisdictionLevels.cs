namespace PlanAtlas.Model.Jurisdictions;

/// <summary>Which plan levels a place of each GB/T 2260 tier may be written with.</summary>
public static class JurisdictionLevels
{
    public static bool Agrees(PlanLevel plan, JurisdictionLevel place) => place switch
    {
        JurisdictionLevel.Province => plan is PlanLevel.Province or PlanLevel.Municipality,
        JurisdictionLevel.Prefecture => plan is PlanLevel.Prefecture,
        _ => plan is PlanLevel.County or PlanLevel.District,
    };

    /// <summary>The plan levels a place of this tier may be written with, for messages: "province or municipality".</summary>
    public static string Expected(JurisdictionLevel place) =>
        string.Join(" or ", Enum.GetValues<PlanLevel>().Where(l => Agrees(l, place)).Select(l => l.ToString().ToLowerInvariant()));

    /// <summary>The tier as open data and messages write it: province, prefecture, county.</summary>
    public static string Name(JurisdictionLevel level) => level.ToString().ToLowerInvariant();
}
