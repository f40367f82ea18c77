namespace PlanAtlas.Model.Agencies;

/// <summary>The contents of <c>input/agencies.yml</c>: the kinds, in display order, and the agencies.</summary>
public sealed class AgencyRegistry(IReadOnlyList<AgencyKind> kinds, IReadOnlyList<RegisteredAgency> agencies, bool isPresent = true)
{
    /// <summary>No registry file: every agency is listed as the plans write it, without a kind.</summary>
    public static AgencyRegistry None { get; } = new([], [], isPresent: false);

    public IReadOnlyList<AgencyKind> Kinds { get; } = kinds;

    public IReadOnlyList<RegisteredAgency> Agencies { get; } = agencies;

    /// <summary>False when the input has no <c>agencies.yml</c>.</summary>
    public bool IsPresent { get; } = isPresent;

    public AgencyKind? FindKind(string id) => Kinds.FirstOrDefault(k => k.Id == id);
}
