using System.Security.Cryptography;
using System.Text;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Text;

namespace PlanAtlas.Analyse.Agencies;

/// <summary>
/// Turns an agency name as a note writes it (县委办, 团州委, 人行凉山州中心支行) into a registry entry, for the
/// jurisdiction of the plan that writes it.
/// <para>
/// Registry names are patterns: <c>*</c> stands for the jurisdiction, written either as its level mark (县, 州, 区,
/// 市, 省: the last character of the plan's short name, or the level's usual mark) or as its name (渠县, 凉山州);
/// <c>#</c> stands for the level mark alone (县委依法治县办 is <c>*委依法治#办</c>). A pattern without <c>*</c>
/// starts with it, so the registry lists <c>司法局</c> once for 县司法局, 州司法局, 区司法局 and 渠县司法局.
/// A mark of another level (县司法局 in a prefecture's plan) is another jurisdiction's agency and does not match.
/// </para>
/// <para>
/// A name the registry does not know keeps its own name, its leading jurisdiction replaced by the full one
/// (县大数据中心 → 渠县大数据中心), and gets the slug <c>&lt;jurisdiction&gt;-x-&lt;8 hex&gt;</c>: the first 8 hex digits of
/// the SHA-256 of the UTF-8 name pattern (<c>*大数据中心</c>). The slug depends only on the jurisdiction and the
/// name, so it survives edits elsewhere; registering the name later gives it a readable slug instead.
/// </para>
/// </summary>
public sealed class AgencyNameNormalizer(AgencyRegistry registry)
{
    public const char JurisdictionMark = '*';
    public const char LevelMark = '#';

    /// <summary>The level marks a short name may end with; the plans write their agencies with it (县委办, 州委办).</summary>
    private const string LevelCharacters = "县州区市省盟旗";

    /// <summary>Every registry pattern (names, level names, aliases) → its entry; the registry refuses clashes.</summary>
    private readonly Dictionary<string, RegisteredAgency> _patterns = BuildPatterns(registry);

    /// <summary>The name without spaces (PDF wraps: 县委组 织部), brackets made full-width, trailing punctuation dropped.</summary>
    public static string Clean(string written)
    {
        var sb = new StringBuilder(written.Length);
        foreach (var c in written)
        {
            if (!CjkText.IsSpace(c) && !char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return CjkText.FullWidthBrackets(sb.ToString()).Trim('。', '.', '，', ',', '、', '；', ';', '：', ':');
    }

    /// <summary>A registry name as a pattern: cleaned, and starting with <c>*</c> unless it places <c>*</c> itself.</summary>
    public static string Pattern(string registryName)
    {
        var clean = Clean(registryName);
        return clean.Contains(JurisdictionMark) ? clean : JurisdictionMark + clean;
    }

    /// <summary>The jurisdiction a plan speaks for; <paramref name="slug"/> defaults to the plan's own.</summary>
    public static Jurisdiction JurisdictionOf(PlanMetadata plan, string? slug = null) =>
        new(slug ?? plan.Slug, plan.Short, plan.Level, MarksOf(plan.Short, plan.Level), plan.Jurisdiction?.Code);

    /// <summary>The level mark of a jurisdiction: the last character of 渠县, 凉山州, 大足区, 甘肃省; or the level's usual one (上海 → 市).</summary>
    public static IReadOnlyList<string> MarksOf(string shortName, PlanLevel level)
    {
        if (shortName.Length > 1 && LevelCharacters.Contains(shortName[^1]))
        {
            return [shortName[^1].ToString()];
        }

        return level switch
        {
            PlanLevel.Province => ["省"],
            PlanLevel.Municipality or PlanLevel.Prefecture => ["市"],
            PlanLevel.County => ["县"],
            PlanLevel.District => ["区"],
            _ => [],
        };
    }

    /// <summary>
    /// The registry entry a written name means in the jurisdiction, or null when the registry does not know it.
    /// Each place where the jurisdiction's name or mark occurs is tried as the <c>*</c> of a pattern (the name
    /// first, left to right), the later marks also as <c>#</c>: a few dictionary look-ups, whatever the size of
    /// the registry or the number of jurisdictions.
    /// </summary>
    public RegisteredAgency? Resolve(Jurisdiction jurisdiction, string written)
    {
        var name = Clean(written);
        foreach (var token in jurisdiction.Marks.Prepend(jurisdiction.Name).Where(t => t.Length > 0).Distinct())
        {
            for (var at = name.IndexOf(token, StringComparison.Ordinal); at >= 0; at = name.IndexOf(token, at + 1, StringComparison.Ordinal))
            {
                var rest = name[(at + token.Length)..];
                var candidate = name[..at] + JurisdictionMark + rest;
                if (_patterns.TryGetValue(candidate, out var entry))
                {
                    return entry;
                }

                var withLevel = jurisdiction.Marks.Aggregate(rest, (text, mark) => text.Replace(mark, LevelMark.ToString(), StringComparison.Ordinal));
                if (withLevel != rest && _patterns.TryGetValue(name[..at] + JurisdictionMark + withLevel, out entry))
                {
                    return entry;
                }
            }
        }

        return null;
    }

    /// <summary>The canonical name of a registry entry in a jurisdiction: 渠县司法局, 凉山州中级人民法院.</summary>
    public static string CanonicalName(RegisteredAgency entry, Jurisdiction jurisdiction) =>
        Expand(entry.NameFor(jurisdiction.Level), jurisdiction.Name, jurisdiction.Marks.FirstOrDefault() ?? string.Empty);

    /// <summary>
    /// The pattern an unregistered name stands for: its leading jurisdiction (name or mark) replaced by <c>*</c>,
    /// so that 县大数据中心 and 渠县大数据中心 are one agency.
    /// </summary>
    public static string UnregisteredPattern(Jurisdiction jurisdiction, string written)
    {
        var clean = Clean(written);
        if (clean.Length > jurisdiction.Name.Length && clean.StartsWith(jurisdiction.Name, StringComparison.Ordinal))
        {
            return JurisdictionMark + clean[jurisdiction.Name.Length..];
        }

        foreach (var mark in jurisdiction.Marks)
        {
            if (clean.Length > mark.Length && clean.StartsWith(mark, StringComparison.Ordinal))
            {
                return JurisdictionMark + clean[mark.Length..];
            }
        }

        return clean;
    }

    /// <summary>The name an unregistered agency is listed under: its pattern with the jurisdiction's full name.</summary>
    public static string UnregisteredName(Jurisdiction jurisdiction, string pattern) =>
        Expand(pattern, jurisdiction.Name, jurisdiction.Marks.FirstOrDefault() ?? string.Empty);

    /// <summary><c>&lt;jurisdiction&gt;-x-&lt;hex&gt;</c>: the first <paramref name="hexDigits"/> hex digits of the SHA-256 of the UTF-8 pattern.</summary>
    public static string UnregisteredSlug(Jurisdiction jurisdiction, string pattern, int hexDigits = 8)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(pattern)));
        return $"{jurisdiction.Slug}-x-{hash[..Math.Min(hexDigits, hash.Length)]}";
    }

    /// <summary>A pattern with <c>*</c> written as <paramref name="star"/> and <c>#</c> as <paramref name="hash"/>.</summary>
    public static string Expand(string pattern, string star, string hash) =>
        pattern.Replace(JurisdictionMark.ToString(), star, StringComparison.Ordinal)
            .Replace(LevelMark.ToString(), hash, StringComparison.Ordinal);

    private static Dictionary<string, RegisteredAgency> BuildPatterns(AgencyRegistry registry)
    {
        var patterns = new Dictionary<string, RegisteredAgency>(StringComparer.Ordinal);
        foreach (var entry in registry.Agencies)
        {
            foreach (var pattern in entry.Patterns)
            {
                patterns.TryAdd(pattern, entry);
            }
        }

        return patterns;
    }
}
