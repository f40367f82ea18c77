using System.Collections.Concurrent;
using System.IO.Hashing;
using PlanAtlas.IO;

namespace PlanAtlas.Write;

/// <summary>A file of the site last written: its hash and its length.</summary>
public readonly record struct WrittenFile(UInt128 Hash, long Length);

/// <summary>
/// A preview build's files: each one's hash; those that differ from the last build written are written to a pending
/// folder beside the output and moved into it on commit (for the first build, every file is streamed to
/// <see cref="Staging"/>). Nothing is held in memory: at national scale an edit changes the site-wide data files,
/// tens of megabytes whose copies would each be a large-object allocation, and each of those a full collection.
/// </summary>
/// <param name="previous">The files of the site last written; null for the first build.</param>
public sealed class PreviewFileStore(string outputPath, string? staging, IReadOnlyDictionary<string, WrittenFile>? previous) : IFileStore
{
    private readonly LockedMap<string, WrittenFile> _files = new(previous?.Count ?? 0, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _changed = new(StringComparer.Ordinal);
    private int _new;
    private readonly Lazy<FolderFileStore> _pending = new(() => new FolderFileStore(AtomicSiteWriter.BeginStaging(outputPath)));

    public string? Staging { get; } = staging;

    /// <summary>Every file of this build.</summary>
    public IReadOnlyDictionary<string, WrittenFile> Files => _files;

    /// <summary>The files of the site last written (what is in the output folder); empty for the first build.</summary>
    public IReadOnlyDictionary<string, WrittenFile> Previous { get; } = previous ?? new Dictionary<string, WrittenFile>();

    public int Expected => Previous.Count;

    /// <summary>Whether a file was put that the site last written does not have.</summary>
    public bool HasNewFiles => Volatile.Read(ref _new) > 0;

    /// <summary>
    /// Whether this build has exactly the files of the last one written: as many, none new. Known without looking up
    /// each of a national site's 164 k files.
    /// </summary>
    public bool SameFilesAsPrevious => Staging is null && !HasNewFiles && _files.Count == Previous.Count;

    /// <summary>The files that differ from the last build written; each is in <see cref="Pending"/>.</summary>
    public IEnumerable<string> Changed => _changed.Keys;

    /// <summary>The folder holding the changed files until commit; null when none changed.</summary>
    public string? Pending => _pending.IsValueCreated ? _pending.Value.Root : null;

    public void Put(string path, ReadOnlySpan<byte> content)
    {
        var hash = XxHash128.HashToUInt128(content);
        _files[path] = new WrittenFile(hash, content.Length);
        if (Staging is not null)
        {
            new FolderFileStore(Staging).Put(path, content);
            return;
        }

        var known = previous!.TryGetValue(path, out var before);
        if (known && before.Hash == hash)
        {
            _changed.TryRemove(path, out _);
            return;
        }

        if (!known)
        {
            Interlocked.Increment(ref _new);
        }

        _pending.Value.Put(path, content);
        _changed[path] = 0;
    }

    /// <summary>The output folder already holds the file: it is neither read nor written.</summary>
    public long? Keep(string path)
    {
        if (Staging is not null || !previous!.TryGetValue(path, out var before))
        {
            return null;
        }

        _files[path] = before;

        // Read first: a removal takes a lock even when there is nothing to remove, and 135 k pages are kept one by one.
        if (_changed.ContainsKey(path))
        {
            _changed.TryRemove(path, out _);
        }

        return before.Length;
    }

    public byte[] Read(string path) =>
        File.ReadAllBytes(Path.Combine(_changed.ContainsKey(path) ? Pending! : Staging ?? outputPath, path));

    public void Remove(string path)
    {
        _files.TryRemove(path);
        _changed.TryRemove(path, out _);
        if (Staging is not null)
        {
            File.Delete(Path.Combine(Staging, path));
        }
    }
}
