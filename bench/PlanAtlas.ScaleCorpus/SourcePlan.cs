using PlanAtlas.Model.Jurisdictions;

namespace PlanAtlas.ScaleCorpus;

/// <summary>One of the repository's real plans as a model for generated ones: its body and the place names to replace.</summary>
internal sealed class SourcePlan
{
    private SourcePlan(string path, string level, string code, string body)
    {
        Path = path;
        Level = level;
        Code = code;
        Body = body;
    }

    public string Path { get; }

    /// <summary>The plan level of its front matter: province, municipality, prefecture, county, district.</summary>
    public string Level { get; }

    public string Code { get; }

    /// <summary>The text after the front matter.</summary>
    public string Body { get; }

    /// <summary>The names the text calls its own place and the place above by, longest first.</summary>
    public IReadOnlyList<string> OwnNames { get; private set; } = [];

    public IReadOnlyList<string> ParentNames { get; private set; } = [];

    public static IReadOnlyList<SourcePlan> ReadAll(string folder) =>
        Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).Select(Read).ToList();

    /// <summary>The model for a place: the real plan of the same plan level, else of the same tier.</summary>
    public static SourcePlan For(IReadOnlyList<SourcePlan> plans, AdministrativeDivision place)
    {
        var level = LevelOf(place);
        return plans.FirstOrDefault(p => p.Level == level)
            ?? plans.FirstOrDefault(p => TierOf(p.Level) == place.Level)
            ?? plans[0];
    }

    /// <summary>The plan level a place's plan is written with: 上海市 a municipality, 大足区 a district.</summary>
    public static string LevelOf(AdministrativeDivision place) => place.Level switch
    {
        JurisdictionLevel.Province => place.Name.EndsWith('市') ? "municipality" : "province",
        JurisdictionLevel.Prefecture => "prefecture",
        _ => place.Name.EndsWith('区') ? "district" : "county",
    };

    public void Resolve(JurisdictionRegister register)
    {
        if (register.Find(Code) is not { } place)
        {
            return;
        }

        OwnNames = Names.Of(place.Name);
        ParentNames = register.Parent(place) is { } parent ? Names.Of(parent.Name) : [];
    }

    private static JurisdictionLevel TierOf(string level) => level switch
    {
        "province" or "municipality" => JurisdictionLevel.Province,
        "prefecture" => JurisdictionLevel.Prefecture,
        _ => JurisdictionLevel.County,
    };

    private static SourcePlan Read(string path)
    {
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        var front = text[..end];
        string Field(string name) =>
            front.Split('\n').FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal))?[(name.Length + 1)..].Trim() ?? "";
        return new SourcePlan(path, Field("level"), Field("jurisdiction"), text[(end + 5)..]);
    }
}

/// <summary>The ways a text names a place: 凉山彝族自治州, 凉山州, 凉山.</summary>
internal static class Names
{
    private static readonly string[] Suffixes = ["特别行政区", "自治区", "自治州", "自治县", "省", "市", "州", "县", "区", "旗", "盟"];

    public static IReadOnlyList<string> Of(string name)
    {
        var stem = Stem(name);
        var names = new List<string> { name };
        if (name.Contains("自治州", StringComparison.Ordinal))
        {
            names.Add(stem + "州");
        }

        if (stem.Length >= 2 && stem != name)
        {
            names.Add(stem);
        }

        return names.Distinct().OrderByDescending(n => n.Length).ToList();
    }

    /// <summary>The name without its tier: 凉山彝族自治州 → 凉山, 甘肃省 → 甘肃, 渠县 → 渠县 (one character is no name).</summary>
    public static string Stem(string name)
    {
        foreach (var suffix in Suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2)
            {
                var stem = name[..^suffix.Length];
                // Ethnic autonomous places keep only the place part: 凉山彝族 → 凉山.
                var ethnic = stem.IndexOf("族", StringComparison.Ordinal);
                return ethnic > 2 ? stem[..2] : stem;
            }
        }

        return name;
    }
}
