namespace PlanAtlas.Model.Jurisdictions;

/// <summary>
/// Where a plan belongs: its place, and each place above it with the corpus's plan for that place (if the corpus
/// has one), so that a page can say "compare with the plan above" or "the corpus lacks the plan of 达州市".
/// </summary>
/// <param name="Ancestors">Outermost first: 四川省, 达州市 for 渠县.</param>
public sealed record PlanJurisdiction(AdministrativeDivision Place, IReadOnlyList<AncestorPlan> Ancestors)
{
    /// <summary>The closest place above with a plan in the corpus: 四川省's plan for 渠县 when 达州市 has none.</summary>
    public AncestorPlan? NearestWithPlan => Ancestors.LastOrDefault(a => a.Plan is not null);

    /// <summary>The places above and the place itself, outermost first.</summary>
    public IEnumerable<AdministrativeDivision> Chain => Ancestors.Select(a => a.Place).Append(Place);
}

/// <summary>A place above a plan's own, and the corpus's plan for it; null when the corpus lacks it.</summary>
public sealed record AncestorPlan(AdministrativeDivision Place, Plan? Plan);
