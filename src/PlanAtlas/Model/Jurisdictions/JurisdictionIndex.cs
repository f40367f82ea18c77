namespace PlanAtlas.Model.Jurisdictions;

/// <summary>The register and where each plan of the corpus belongs in it, built once by the analyse stage.</summary>
public sealed class JurisdictionIndex(JurisdictionRegister register, IReadOnlyDictionary<Plan, PlanJurisdiction> plans)
{
    public static JurisdictionIndex Empty { get; } = new(JurisdictionRegister.Empty, new Dictionary<Plan, PlanJurisdiction>());

    public JurisdictionRegister Register { get; } = register;

    /// <summary>Null for a plan whose front matter names no jurisdiction.</summary>
    public PlanJurisdiction? Of(Plan plan) => plans.GetValueOrDefault(plan);
}
