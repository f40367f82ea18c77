using System.Collections.Concurrent;
using System.IO.Hashing;

namespace PlanAtlas.Write;

/// <summary>
/// A preview build's files: each one's hash, and the bytes of those that differ from the last build written (or,
/// for the first build, every file streamed to <see cref="Staging"/>).
/// </summary>
/// <param name="previous">The hashes of the site last written; null for the first build.</param>
public sealed class PreviewFileStore(string outputPath, string? staging, IReadOnlyDictionary<string, UInt128>? previous) : IFileStore
{
    private readonly ConcurrentDictionary<string, UInt128> _hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _changed = new(StringComparer.Ordinal);

    public string? Staging { get; } = staging;

    public IReadOnlyDictionary<string, UInt128> Hashes => _hashes;

    public IEnumerable<KeyValuePair<string, byte[]>> Changed => _changed;

    public void Put(string path, byte[] content)
    {
        var hash = XxHash128.HashToUInt128(content);
        _hashes[path] = hash;
        if (Staging is not null)
        {
            new FolderFileStore(Staging).Put(path, content);
        }
        else if (previous!.TryGetValue(path, out var before) && before == hash)
        {
            _changed.TryRemove(path, out _);
        }
        else
        {
            _changed[path] = content;
        }
    }

    public byte[] Read(string path) =>
        _changed.TryGetValue(path, out var content) ? content : File.ReadAllBytes(Path.Combine(Staging ?? outputPath, path));

    public void Remove(string path)
    {
        _hashes.TryRemove(path, out _);
        _changed.TryRemove(path, out _);
        if (Staging is not null)
        {
            File.Delete(Path.Combine(Staging, path));
        }
    }
}
