namespace PlanAtlas.Tests.Search;

/// <summary>Finds the repository root (the folder holding Site.sln) from the test's output folder.</summary>
internal static class SearchRepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Site.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Site.sln above {AppContext.BaseDirectory}.");
    }
}
