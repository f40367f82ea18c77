namespace PlanAtlas.Model.Agencies;

/// <summary>
/// The place whose government an agency belongs to, taken from the plan that names it: 渠县, 凉山州, 大足区.
/// Plans of the same place share one jurisdiction (and so one 司法局): the same GB/T 2260 code, or, for a plan that
/// names none, the same <see cref="PlanMetadata.Short"/>.
/// </summary>
/// <param name="Slug">ASCII, the first part of its agencies' slugs: the slug of its plan (the ordinally first, when several plans share it).</param>
/// <param name="Name">The jurisdiction's name as its plan writes it (<see cref="PlanMetadata.Short"/>).</param>
/// <param name="Level">The plan's level.</param>
/// <param name="Marks">The one-character level prefixes its plan writes for it: 县 (县司法局), 州, 区, 市, 省.</param>
/// <param name="Code">
/// The place's GB/T 2260 code (511725 for 渠县): the 县 of 县司法局 in 渠县's plan resolves to it, so that agencies of the
/// same kind can be compared across places by code. Null when the plan names no code.
/// </param>
public sealed record Jurisdiction(string Slug, string Name, PlanLevel Level, IReadOnlyList<string> Marks, string? Code = null)
{
    public override string ToString() => Name;
}
