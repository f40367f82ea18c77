using PlanAtlas.Model.Jurisdictions;

namespace PlanAtlas.ScaleCorpus;

/// <summary>Which places have a plan: the real corpus's mix of tiers, chosen at random within each tier.</summary>
internal static class Places
{
    public static IEnumerable<AdministrativeDivision> Choose(JurisdictionRegister register, int count, Random random)
    {
        var tiers = register.Places.GroupBy(p => p.Level).ToDictionary(g => g.Key, g => Shuffle(g.OrderBy(p => p.Code, StringComparer.Ordinal), random));
        var provinces = Math.Min(tiers[JurisdictionLevel.Province].Count, Math.Max(1, (int)Math.Round(count * 0.01)));
        var prefectures = Math.Min(tiers[JurisdictionLevel.Prefecture].Count, (int)Math.Round(count * 0.10));
        var counties = count - provinces - prefectures;
        if (counties > tiers[JurisdictionLevel.County].Count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"the register has {register.Count} places");
        }

        return tiers[JurisdictionLevel.Province].Take(provinces)
            .Concat(tiers[JurisdictionLevel.Prefecture].Take(prefectures))
            .Concat(tiers[JurisdictionLevel.County].Take(counties))
            .OrderBy(p => p.Code, StringComparer.Ordinal);
    }

    private static List<AdministrativeDivision> Shuffle(IEnumerable<AdministrativeDivision> places, Random random)
    {
        var list = places.ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return list;
    }
}
