using PlanAtlas.Diagnostics;

namespace PlanAtlas.Model.Jurisdictions;

/// <summary>
/// The front matter's <c>jurisdiction: 511725</c>, kept with where it and the plan's level are written: the register
/// is read after loading, so the analyse stage reports an unknown code or a level that disagrees at these places.
/// </summary>
public sealed record JurisdictionReference(string Code, SourceLocation CodeAt, SourceLocation LevelAt);
