namespace PlanAtlas.Model.Agencies;

/// <summary>
/// What an agency is across jurisdictions: 县司法局, 州司法局 and 区司法局 are all of kind <c>justice</c>.
/// Kinds are declared in <c>input/agencies.yml</c>, in the order the index shows them.
/// </summary>
/// <param name="Id">ASCII id used in addresses: <c>/agencies/kinds/justice/</c>.</param>
/// <param name="Name">The kind as readers know it: 司法行政机关.</param>
/// <param name="Group">The family of kinds it belongs to on the index: 党委机构, 政府部门, 司法机关 …</param>
/// <param name="Order">Its place in the registry, for a stable display order.</param>
public sealed record AgencyKind(string Id, string Name, string Group, int Order);
