using PlanAtlas.Diagnostics;
using PlanAtlas.Model;
using PlanAtlas.Model.Jurisdictions;

namespace PlanAtlas.Analyse.Jurisdictions;

/// <summary>
/// Stage: places every plan in the register. Checks each front matter's code (known, level agreeing) and gives each
/// plan the places above it with the corpus's plan for each: one look-up per plan and ancestor, so O(plans).
/// </summary>
public sealed class ResolveJurisdictions
{
    public JurisdictionIndex Run(IReadOnlyList<Plan> plans, JurisdictionRegister register, DiagnosticBag diagnostics)
    {
        foreach (var plan in plans.Where(p => p.Metadata.Jurisdiction is null))
        {
            // A warning, not an error, while older inputs lack the field: the plan builds, outside the hierarchy.
            diagnostics.Warning(DiagnosticCodes.MissingJurisdiction, SourceLocation.StartOf(plan.SourcePath),
                "front matter names no jurisdiction; add its GB/T 2260 code (jurisdiction: 511725) so the plan takes its place in the hierarchy");
        }

        // An empty register means the package is missing, already reported: every code would be "unknown".
        if (register.Count == 0)
        {
            return new JurisdictionIndex(register, new Dictionary<Plan, PlanJurisdiction>());
        }

        var placed = new List<(Plan Plan, AdministrativeDivision Place)>();
        foreach (var plan in plans)
        {
            if (Check(plan, register, diagnostics) is { } place)
            {
                placed.Add((plan, place));
            }
        }

        var planOf = PlanPerPlace(placed);
        var chains = placed.ToDictionary(
            x => x.Plan,
            x => new PlanJurisdiction(
                x.Place,
                register.AncestorsOf(x.Place).Select(a => new AncestorPlan(a, planOf.GetValueOrDefault(a.Code))).ToList()));
        return new JurisdictionIndex(register, chains);
    }

    /// <summary>The plan's place, or null when it names none or names it wrongly (reported at the value).</summary>
    private static AdministrativeDivision? Check(Plan plan, JurisdictionRegister register, DiagnosticBag diagnostics)
    {
        var m = plan.Metadata;
        if (m.Jurisdiction is not { } reference)
        {
            return null;
        }

        if (register.Find(reference.Code) is not { } place)
        {
            diagnostics.Error(DiagnosticCodes.UnknownJurisdiction, reference.CodeAt,
                $"jurisdiction '{reference.Code}' is not a place of the GB/T 2260 register ({LoadJurisdictions.Package} {LoadJurisdictions.Version})");
            return null;
        }

        if (!JurisdictionLevels.Agrees(m.Level, place.Level))
        {
            diagnostics.Error(DiagnosticCodes.JurisdictionLevelMismatch, reference.LevelAt,
                $"level '{m.Level.ToString().ToLowerInvariant()}' does not fit {place.Name} {place.Code}, a {JurisdictionLevels.Name(place.Level)}-level place; "
                + $"expected {JurisdictionLevels.Expected(place.Level)}");
            return null;
        }

        return place;
    }

    /// <summary>
    /// The plan that stands for each place: a final text before a draft, then the first slug, so that a place with
    /// a draft and its final version is compared with the final one.
    /// </summary>
    private static Dictionary<string, Plan> PlanPerPlace(IEnumerable<(Plan Plan, AdministrativeDivision Place)> placed) =>
        placed
            .GroupBy(x => x.Place.Code, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(x => x.Plan)
                    .OrderBy(p => p.Metadata.Status == PlanStatus.Draft)
                    .ThenBy(p => p.Slug, StringComparer.Ordinal)
                    .First(),
                StringComparer.Ordinal);
}
