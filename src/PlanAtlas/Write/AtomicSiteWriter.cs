namespace PlanAtlas.Write;

/// <summary>
/// The site is written to a fresh folder beside the output as its files are produced and swapped in only when the
/// whole build succeeded, so a failed build leaves the previous output exactly as it was.
/// </summary>
public static class AtomicSiteWriter
{
    /// <summary>
    /// Creates the staging folder next to <paramref name="outputPath"/> that a build writes its files into as it
    /// produces them (<see cref="FolderFileStore"/>).
    /// </summary>
    public static string BeginStaging(string outputPath)
    {
        var staging = OutputNames.Staging(outputPath);
        Directory.CreateDirectory(staging);
        // The marker goes first: a build killed half-way leaves a folder that the next build recognises and removes.
        File.WriteAllText(Path.Combine(staging, OutputNames.Marker), OutputNames.MarkerText);
        return staging;
    }

    /// <summary>Deletes the staging folder of a build that failed; the output is untouched.</summary>
    public static void Abandon(string staging)
    {
        if (Directory.Exists(staging) && OutputNames.IsOurs(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
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
            DeleteTree(previous);
        }
    }

    /// <summary>
    /// Deletes a retired site: tens of thousands of files at national scale, so its folders are deleted side by side
    /// (the file system, not the CPU, is the limit; a few requests in flight keep it busy).
    /// </summary>
    private static void DeleteTree(string folder)
    {
        // Only real folders are descended into: a link someone put in the output is deleted as a link, never followed.
        static IEnumerable<string> Folders(string parent) => Directory.GetDirectories(parent).Where(d => new DirectoryInfo(d).LinkTarget is null);
        var parts = Folders(folder).SelectMany(Folders).ToList();
        Parallel.ForEach(parts, new ParallelOptions { MaxDegreeOfParallelism = 8 }, part =>
        {
            if (Directory.Exists(part))
            {
                Directory.Delete(part, recursive: true);
            }
        });
        Directory.Delete(folder, recursive: true);
    }
}
