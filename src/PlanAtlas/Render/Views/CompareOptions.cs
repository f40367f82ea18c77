using PlanAtlas.Model;

namespace PlanAtlas.Render.Views;

/// <summary>
/// How many two-plan comparisons the build precomputes. A measure that at most <see cref="AllPairsUpTo"/> plans
/// have gets a page for every pair (n(n−1)/2: 10 for today's five plans, 15 for six); above that, none: each plan is
/// compared with the plan above it (the plan-above pages, one per plan and measure), so that the pages grow with the
/// number of plans and never with its square (DESIGN.md "Scale": about 3,000 plans would otherwise mean millions of
/// pages per measure).
/// </summary>
public sealed record CompareOptions
{
    public const int DefaultAllPairsUpTo = 6;

    public int AllPairsUpTo { get; init; } = DefaultAllPairsUpTo;

    /// <summary>The pairs to compare among the plans that have a measure (given in column order), left plan first.</summary>
    public IReadOnlyList<(Plan Left, Plan Right)> PairsOf(IReadOnlyList<Plan> plans)
    {
        if (plans.Count < 2)
        {
            return [];
        }

        if (plans.Count <= AllPairsUpTo)
        {
            var all = new List<(Plan, Plan)>();
            for (var i = 0; i < plans.Count; i++)
            {
                for (var j = i + 1; j < plans.Count; j++)
                {
                    all.Add((plans[i], plans[j]));
                }
            }

            return all;
        }

        return [];
    }

    /// <summary>Plans in the order the comparison shows them: higher level first, then by slug.</summary>
    public static IReadOnlyList<Plan> Order(IEnumerable<Plan> plans) =>
        plans.OrderBy(p => p.Metadata.Level).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();
}
