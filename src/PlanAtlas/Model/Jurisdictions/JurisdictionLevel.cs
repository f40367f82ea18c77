namespace PlanAtlas.Model.Jurisdictions;

/// <summary>
/// The three tiers of GB/T 2260. A plan's <see cref="PlanLevel"/> is finer (a municipality is a province-level
/// place, a district a county-level one); <see cref="JurisdictionLevels"/> says which plan levels fit which tier.
/// </summary>
public enum JurisdictionLevel
{
    /// <summary>省级: provinces, autonomous regions, municipalities (code ends in 0000).</summary>
    Province = 1,

    /// <summary>地级: prefecture-level cities, autonomous prefectures, leagues (code ends in 00).</summary>
    Prefecture = 2,

    /// <summary>县级: counties, districts, county-level cities, banners.</summary>
    County = 3,
}
