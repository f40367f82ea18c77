namespace PlanAtlas.Write;

/// <summary>
/// Writes the site to a fresh folder beside the output and swaps it in only when the whole build
/// succeeded, so a failed build leaves the previous output exactly as it was.
/// </summary>
public static class AtomicSiteWriter
{
    /// <summary>Writes every file into a new staging folder next to <paramref name="outputPath"/> and returns it.</summary>
    public static string WriteStaging(SiteFiles files, string outputPath)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(outputPath)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        Parallel.ForEach(files.All, file =>
        {
            var target = Path.Combine(staging, file.Key);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Value);
        });
        return staging;
    }

    /// <summary>Replaces the output folder with the staging folder: two renames, then the old copy is deleted.</summary>
    public static void Swap(string staging, string outputPath)
    {
        var output = Path.GetFullPath(outputPath);
        string? previous = null;
        if (Directory.Exists(output))
        {
            previous = output + $".old-{Guid.NewGuid():N}";
            Directory.Move(output, previous);
        }

        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            if (previous is not null)
            {
                Directory.Move(previous, output);
            }

            throw;
        }

        if (previous is not null)
        {
            Directory.Delete(previous, recursive: true);
        }
    }
}
