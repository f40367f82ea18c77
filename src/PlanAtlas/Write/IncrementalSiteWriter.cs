namespace PlanAtlas.Write;

/// <summary>
/// For a long-running session (preview): the first build is written and swapped in whole; later builds write only
/// the files whose bytes changed and delete the files that are gone, so that a one-line edit rewrites a few pages,
/// not the whole site. Builds that fail are never written (the link check runs before), so the last good site stays.
/// </summary>
public sealed class IncrementalSiteWriter
{
    private Dictionary<string, byte[]>? _written;

    /// <summary>Writes the site; returns how many files were written or deleted.</summary>
    public int Write(SiteFiles files, string outputPath)
    {
        var current = files.All.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        if (_written is null || !Directory.Exists(outputPath))
        {
            AtomicSiteWriter.Swap(AtomicSiteWriter.WriteStaging(files, outputPath), outputPath);
            _written = current;
            return current.Count;
        }

        var previous = _written;
        var changed = current.Where(f => !previous.TryGetValue(f.Key, out var before) || !before.AsSpan().SequenceEqual(f.Value)).ToList();
        var gone = previous.Keys.Where(k => !current.ContainsKey(k)).ToList();
        Parallel.ForEach(changed, file =>
        {
            var target = Path.Combine(outputPath, file.Key);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Value);
        });
        foreach (var file in gone)
        {
            File.Delete(Path.Combine(outputPath, file));
        }

        _written = current;
        return changed.Count + gone.Count;
    }
}
