namespace PlanAtlas.Model.Jurisdictions;

/// <summary>The GB/T 2260 register of places, read once per build: code → name, tier and parent.</summary>
public sealed class JurisdictionRegister
{
    private readonly Dictionary<string, AdministrativeDivision> _byCode;

    public JurisdictionRegister(IEnumerable<AdministrativeDivision> places)
    {
        _byCode = places.ToDictionary(p => p.Code, StringComparer.Ordinal);
    }

    /// <summary>A register that knows no place (a build whose plans name none).</summary>
    public static JurisdictionRegister Empty { get; } = new([]);

    public int Count => _byCode.Count;

    public AdministrativeDivision? Find(string code) => _byCode.GetValueOrDefault(code);

    public IEnumerable<AdministrativeDivision> Places => _byCode.Values;

    /// <summary>The places above <paramref name="place"/>, outermost first: 四川省, 达州市 for 渠县.</summary>
    public IReadOnlyList<AdministrativeDivision> AncestorsOf(AdministrativeDivision place)
    {
        var chain = new List<AdministrativeDivision>();
        for (var parent = Parent(place); parent is not null; parent = Parent(parent))
        {
            chain.Add(parent);
        }

        chain.Reverse();
        return chain;
    }

    public AdministrativeDivision? Parent(AdministrativeDivision place) =>
        place.ParentCode is { } code ? Find(code) : null;
}
