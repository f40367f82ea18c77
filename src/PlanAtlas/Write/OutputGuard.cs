using PlanAtlas.Configuration;
using PlanAtlas.Diagnostics;
using PlanAtlas.IO;

namespace PlanAtlas.Write;

/// <summary>
/// Decides whether a folder may be used as the output, before anything is written. A build replaces its output
/// whole, so the output must be a folder of its own: never the project, a folder above it, the input, the theme or
/// the installed packages, nothing inside those, not a file, and not a folder with content Plan Atlas did not write.
/// </summary>
public static class OutputGuard
{
    /// <summary>Where the folder is: not the project, above it, or in a folder the build reads.</summary>
    public static bool CheckPlace(SiteSettings settings, string rootPath, DiagnosticBag diagnostics) =>
        Report(settings, PlaceProblem(settings, rootPath), diagnostics);

    /// <summary>What is in it: nothing, or an output that Plan Atlas wrote.</summary>
    public static bool CheckContent(SiteSettings settings, DiagnosticBag diagnostics) =>
        Report(settings, ContentProblem(RealPath.OrSelf(settings.OutputPath)), diagnostics);

    private static bool Report(SiteSettings settings, string? problem, DiagnosticBag diagnostics)
    {
        if (problem is not null)
        {
            diagnostics.Error(DiagnosticCodes.UnsafeOutput, settings.LocationOf(nameof(SiteSettings.OutputPath)),
                $"output folder '{settings.OutputPath}' {problem}; nothing was built or deleted");
        }

        return problem is null;
    }

    private static string? PlaceProblem(SiteSettings settings, string rootPath)
    {
        var output = RealPath.OrSelf(settings.OutputPath);
        var root = RealPath.OrSelf(rootPath);
        if (Path.GetPathRoot(output) == output || Path.GetPathRoot(output) == output + Path.DirectorySeparatorChar)
        {
            return "is the root of the file system";
        }

        if (RealPath.IsWithin(root, output))
        {
            return output == root ? "is the project folder itself" : "contains the project folder";
        }

        foreach (var (name, folder) in Protected(settings, root))
        {
            var real = RealPath.OrSelf(folder);
            if (RealPath.IsWithin(real, output) || RealPath.IsWithin(output, real))
            {
                return real == output ? $"is the {name}" : RealPath.IsWithin(output, real) ? $"lies inside the {name}" : $"contains the {name}";
            }
        }

        return ContentProblem(output);
    }

    private static string? ContentProblem(string output)
    {
        if (File.Exists(output))
        {
            return "is a file, not a folder";
        }

        if (Directory.Exists(output) && !OutputNames.IsOurs(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            return $"already holds files that Plan Atlas did not write (no {OutputNames.Marker} marker); choose an empty or new folder, " +
                "or empty this one yourself";
        }

        return null;
    }

    private static IEnumerable<(string Name, string Folder)> Protected(SiteSettings settings, string root)
    {
        yield return ("input folder", settings.InputPath);
        yield return ("theme folder", settings.ThemePath);
        yield return ("node_modules folder", settings.NodeModulesPath);
        yield return ("git repository", Path.Combine(root, ".git"));
        // themes/ holds every theme, not only the one in use.
        var themes = Path.GetDirectoryName(RealPath.OrSelf(settings.ThemePath));
        if (themes is not null && themes != root && RealPath.IsWithin(themes, root))
        {
            yield return ("themes folder", themes);
        }
    }
}
