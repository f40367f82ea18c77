using System.Text.RegularExpressions;

namespace PlanAtlas.Write;

/// <summary>
/// The names Plan Atlas gives to what it writes beside and inside an output folder, in one place: the marker that
/// proves a folder is ours, the staging and retired copies of a swap, and the lock. Clean-up deletes only these.
/// </summary>
public static partial class OutputNames
{
    /// <summary>Written first into every output; a folder without it was not written by Plan Atlas and is never replaced.</summary>
    public const string Marker = ".plan-atlas-output";

    public const string MarkerText = "This folder was written by Plan Atlas (plan-atlas build). Every build replaces it whole: keep nothing else here.\n";

    public static string Staging(string output) => Sibling(output, "staging");

    public static string Retired(string output) => Sibling(output, "old");

    public static string Lock(string output) => Path.Combine(Parent(output), $".{Path.GetFileName(output)}.lock");

    /// <summary>Staging or retired folders of <paramref name="output"/> that an interrupted build left behind.</summary>
    public static IEnumerable<string> Leftovers(string output)
    {
        var parent = Parent(output);
        if (!Directory.Exists(parent))
        {
            return [];
        }

        var name = Path.GetFileName(output);
        return Directory.EnumerateDirectories(parent, $".{name}.*")
            .Where(d => LeftoverName().Match(Path.GetFileName(d)) is { Success: true } m && m.Groups["name"].Value == name);
    }

    /// <summary>True when the folder carries our marker (a previous output, staging or retired copy).</summary>
    public static bool IsOurs(string folder) => File.Exists(Path.Combine(folder, Marker));

    private static string Sibling(string output, string kind) =>
        Path.Combine(Parent(output), $".{Path.GetFileName(output)}.{kind}-{Guid.NewGuid():N}");

    private static string Parent(string output) => Path.GetDirectoryName(Path.GetFullPath(output))!;

    [GeneratedRegex(@"^\.(?<name>.+)\.(staging|old)-[0-9a-f]{32}$")]
    private static partial Regex LeftoverName();
}
