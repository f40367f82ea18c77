namespace PlanAtlas.Write;

/// <summary>
/// For a long-running session (preview): the first build is streamed to a staging folder and swapped in whole; later
/// builds write only the files whose bytes changed since the last build written (compared by hash, so the previous
/// site is never held in memory) to a pending folder beside the output, then move those in and delete the files that are gone. A one-line edit
/// rewrites a few pages, not the whole site. Builds that fail are never written (the link check runs before), so the
/// last good site stays.
/// </summary>
public sealed class IncrementalSiteWriter
{
    private IReadOnlyDictionary<string, WrittenFile>? _written;

    /// <summary>Where this build's files go.</summary>
    public PreviewFileStore Begin(string outputPath) =>
        _written is null || !Directory.Exists(outputPath)
            ? new PreviewFileStore(outputPath, AtomicSiteWriter.BeginStaging(outputPath), null)
            : new PreviewFileStore(outputPath, null, _written);

    /// <summary>Puts a successful build in place; returns how many files were written or deleted.</summary>
    public int Commit(PreviewFileStore store, string outputPath)
    {
        if (store.Staging is { } staging)
        {
            AtomicSiteWriter.Swap(staging, outputPath);
            _written = store.Files;
            return store.Files.Count;
        }

        var changed = store.Changed.ToList();
        var gone = store.SameFilesAsPrevious ? [] : _written!.Keys.Where(k => !store.Files.ContainsKey(k)).ToList();
        // Moved, not copied: the pending folder is beside the output, on the same file system.
        foreach (var file in changed)
        {
            var target = Path.Combine(outputPath, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(store.Pending!, file), target, overwrite: true);
        }
        foreach (var file in gone)
        {
            File.Delete(Path.Combine(outputPath, file));
        }

        Abort(store);

        _written = store.Files;
        return changed.Count + gone.Count;
    }

    /// <summary>A failed build: its staging folder (first build) or pending folder is deleted, the output stays as it was.</summary>
    public static void Abort(PreviewFileStore store)
    {
        if ((store.Staging ?? store.Pending) is { } staging)
        {
            AtomicSiteWriter.Abandon(staging);
        }
    }
}
