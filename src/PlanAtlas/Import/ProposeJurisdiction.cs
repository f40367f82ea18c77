using PlanAtlas.Diagnostics;
using PlanAtlas.Model;
using PlanAtlas.Model.Jurisdictions;

namespace PlanAtlas.Import;

/// <summary>
/// The GB/T 2260 place a plan's short name (甘肃省, 渠县, 凉山州, 上海) names, for the <c>jurisdiction</c> code the
/// importer proposes. Titles shorten names (凉山州 for 凉山彝族自治州, 上海 for 上海市), so a place matches when its
/// name is the short name, or starts with the short name's stem and ends with its type (州, 县, 区, 市 …). Several
/// places with one name (朝阳区 in 北京 and 长春) are never guessed between: the importer warns and names them.
/// </summary>
public static class ProposeJurisdiction
{
    private const string Types = "省市州县区旗盟";

    public static AdministrativeDivision? For(string shortName, PlanLevel? level, JurisdictionRegister register, DiagnosticBag diagnostics, SourceLocation at)
    {
        var candidates = Candidates(shortName, register).ToList();
        if (candidates.Count > 1 && level is { } known)
        {
            // The name's own type (县, 州, 省) narrows a short stem that several tiers share.
            var sameTier = candidates.Where(c => JurisdictionLevels.Agrees(known, c.Level)).ToList();
            candidates = sameTier.Count > 0 ? sameTier : candidates;
        }

        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        diagnostics.Warning(DiagnosticCodes.AmbiguousLevel, at, candidates.Count == 0
            ? $"no GB/T 2260 place is named '{shortName}'; set 'jurisdiction' by hand"
            : $"'{shortName}' may be any of {string.Join("、", candidates.Take(6).Select(c => $"{Path(c, register)} {c.Code}"))}; set 'jurisdiction' by hand");
        return null;
    }

    /// <summary>The plan level a place's tier means; a province-level city is a municipality, a 区 a district.</summary>
    public static PlanLevel LevelOf(AdministrativeDivision place, PlanLevel? detected) => place.Level switch
    {
        JurisdictionLevel.Province => place.Name.EndsWith('市') ? PlanLevel.Municipality : PlanLevel.Province,
        JurisdictionLevel.Prefecture => PlanLevel.Prefecture,
        _ => place.Name.EndsWith('区') || detected is PlanLevel.District ? PlanLevel.District : PlanLevel.County,
    };

    private static IEnumerable<AdministrativeDivision> Candidates(string shortName, JurisdictionRegister register)
    {
        var name = shortName.Trim();
        if (name.Length == 0)
        {
            return [];
        }

        var exact = register.Places.Where(p => p.Name == name).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        var type = Types.Contains(name[^1]) && name.Length > 1 ? name[^1].ToString() : string.Empty;
        var stem = type.Length > 0 ? name[..^1] : name;
        return stem.Length < 2 ? [] : register.Places.Where(p => p.Name.StartsWith(stem, StringComparison.Ordinal) && p.Name.EndsWith(type, StringComparison.Ordinal));
    }

    private static string Path(AdministrativeDivision place, JurisdictionRegister register) =>
        string.Concat(register.AncestorsOf(place).Select(a => a.Name)) + place.Name;
}
