namespace PlanAtlas.Testing;

/// <summary>
/// Paths in the checkout, found from the test binaries so tests run from any working directory.
/// One file, linked into every test project (tests/Directory.Build.props).
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding Site.sln.</summary>
    public static string Root => LazyRoot.Value;

    public static string Input => Path.Combine(Root, "input");

    public static string NodeModules => Path.Combine(Root, "node_modules");

    public static string VnuJar => Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar");

    public static string AxeScript => Path.Combine(NodeModules, "axe-core", "axe.min.js");

    public static string Artifacts => Path.Combine(Root, "artifacts");

    public static string Screenshots => Path.Combine(Artifacts, "screenshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Site.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No Site.sln above {AppContext.BaseDirectory}: the tests must run from a build inside the repository.");
    }
}
