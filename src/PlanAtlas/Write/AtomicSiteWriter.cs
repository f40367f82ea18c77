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
        var staging = OutputNames.Staging(outputPath);
        Directory.CreateDirectory(staging);
        // The marker goes first: a build killed half-way leaves a folder that the next build recognises and removes.
        File.WriteAllText(Path.Combine(staging, OutputNames.Marker), OutputNames.MarkerText);
        Parallel.ForEach(files.All, file =>
        {
            var target = Path.Combine(staging, file.Key);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Value);
        });
        return staging;
    }

    /// <summary>
    /// Replaces the output folder with the staging folder: two renames, then the old copy is deleted. The caller has
    /// checked with <see cref="OutputGuard"/> that the output is ours to replace.
    /// </summary>
    public static void Swap(string staging, string outputPath)
    {
        var output = Path.GetFullPath(outputPath);
        string? previous = null;
        if (Directory.Exists(output))
        {
            previous = OutputNames.Retired(output);
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

        // Belt and braces: a folder we did not write is never deleted, even if a caller skipped the guard.
        if (previous is not null && (OutputNames.IsOurs(previous) || !Directory.EnumerateFileSystemEntries(previous).Any()))
        {
            Directory.Delete(previous, recursive: true);
        }
    }
}
