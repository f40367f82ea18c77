using PlanAtlas.Diagnostics;

namespace PlanAtlas.Model.Agencies;

/// <summary>
/// One entry of <c>input/agencies.yml</c>: an agency as every jurisdiction has it, its name and aliases written
/// as patterns in which <c>*</c> stands for the jurisdiction (县, 渠县 …) and <c>#</c> for its level mark (县).
/// A pattern without <c>*</c> starts with it: <c>司法局</c> is <c>*司法局</c>.
/// </summary>
/// <param name="Slug">ASCII; the agency of a jurisdiction gets <c>&lt;jurisdiction&gt;-&lt;slug&gt;</c>.</param>
/// <param name="Name">The canonical name pattern: <c>*司法局</c>, <c>共青团*委员会</c>.</param>
/// <param name="LevelNames">Canonical names that differ by level (the prefecture's court is a 中级人民法院).</param>
/// <param name="Aliases">Other patterns the plans write: <c>*委办</c> for <c>*委办公室</c>.</param>
/// <param name="Location">Where the entry starts in the registry file.</param>
public sealed record RegisteredAgency(
    string Slug,
    string Name,
    AgencyKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<PlanLevel, string> LevelNames,
    SourceLocation Location)
{
    /// <summary>The name and every alias, canonical name first.</summary>
    public IEnumerable<string> Patterns => LevelNames.Values.Prepend(Name).Concat(Aliases);

    /// <summary>The canonical name pattern for a jurisdiction of the given level.</summary>
    public string NameFor(PlanLevel level) => LevelNames.GetValueOrDefault(level, Name);
}
