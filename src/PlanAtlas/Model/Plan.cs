namespace PlanAtlas.Model;

/// <summary>One local plan: its metadata, the unnumbered preamble, and its numbered parts.</summary>
public sealed class Plan
{
    public required PlanMetadata Metadata { get; init; }

    /// <summary>The Markdown file the plan was read from, relative to the site root.</summary>
    public required string SourcePath { get; init; }

    public required IReadOnlyList<string> Preamble { get; init; }

    public required IReadOnlyList<Division> Parts { get; init; }

    public required ResponsibilityConvention Convention { get; init; }

    public string Slug => Metadata.Slug;

    public IEnumerable<Division> AllDivisions => Parts.SelectMany(p => p.DescendantsAndSelf());

    /// <summary>Leaf provisions in document order.</summary>
    public IReadOnlyList<Division> Provisions => _provisions ??= AllDivisions.Where(d => d.IsProvision).ToList();

    private IReadOnlyList<Division>? _provisions;

    public Division? FindDivision(string id) => AllDivisions.FirstOrDefault(d => d.Id == id);
}
