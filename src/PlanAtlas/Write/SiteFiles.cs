using System.Collections.Concurrent;
using System.Text;
using PlanAtlas.IO;

namespace PlanAtlas.Write;

/// <summary>
/// The files of the site being built: relative path (forward slashes) → size, their bytes kept by an
/// <see cref="IFileStore"/> (in memory by default; a build streams them to its staging folder).
/// </summary>
public sealed class SiteFiles(IFileStore store)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly LockedMap<string, long> _lengths = new(store.Expected, StringComparer.Ordinal);

    public SiteFiles()
        : this(new MemoryFileStore())
    {
    }

    public IFileStore Store { get; } = store;

    /// <summary>Every path, in ordinal order (the output never depends on the order stages ran in).</summary>
    public IEnumerable<string> Paths => _lengths.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The paths under a folder (<c>data/</c>), in ordinal order: the others are not sorted.</summary>
    public IEnumerable<string> PathsUnder(string folder) =>
        _lengths.KeysWhere(p => p.StartsWith(folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every path, in no particular order: for sets and checks, which need no sort of a national site's files.</summary>
    public IEnumerable<string> Unordered => _lengths.Keys;

    public int Count => _lengths.Count;

    public long TotalBytes => _lengths.Sum(length => length);

    /// <summary>A text file, encoded as UTF-8 into a pooled buffer: a national site's large pages leave no byte copy behind.</summary>
    public void Add(string path, string text) => Encoded(text, content => Add(path, content));

    public void Add(string path, ReadOnlySpan<byte> content)
    {
        var key = Normalize(path);
        if (!_lengths.TryAdd(key, content.Length))
        {
            throw new InvalidOperationException($"two stages wrote the same output file '{key}'");
        }

        Store.Put(key, content);
    }

    private delegate void SpanAction(ReadOnlySpan<byte> content);

    private static void Encoded(string text, SpanAction use)
    {
        var buffer = FileBuffers.Pool.Rent(Utf8NoBom.GetMaxByteCount(text.Length));
        try
        {
            use(buffer.AsSpan(0, Utf8NoBom.GetBytes(text, buffer)));
        }
        finally
        {
            FileBuffers.Pool.Return(buffer);
        }
    }

    /// <summary>
    /// Keeps a file exactly as the last build wrote it (a preview rebuild skips pages an edit does not touch); false,
    /// and nothing recorded, when the store has no earlier copy, so the caller produces the file after all.
    /// </summary>
    public bool Keep(string path)
    {
        var key = Normalize(path);
        if (Store.Keep(key) is not { } length)
        {
            return false;
        }

        if (!_lengths.TryAdd(key, length))
        {
            throw new InvalidOperationException($"two stages wrote the same output file '{key}'");
        }

        return true;
    }

    public void Replace(string path, string text)
    {
        var key = Normalize(path);
        Encoded(text, content =>
        {
            _lengths[key] = content.Length;
            Store.Put(key, content);
        });
    }

    /// <summary>Drops the files a bundle leaves out.</summary>
    public void RemoveWhere(Func<string, bool> leftOut)
    {
        foreach (var path in _lengths.KeysWhere(leftOut).ToList())
        {
            _lengths.TryRemove(path);
            Store.Remove(path);
        }
    }

    public bool Contains(string path) => _lengths.ContainsKey(Normalize(path));

    public long LengthOf(string path) => _lengths[Normalize(path)];

    public byte[] Get(string path) => Store.Read(Normalize(path));

    public string GetText(string path) => Utf8NoBom.GetString(Get(path));

    /// <summary>Every file with its bytes, in path order, read from the store one at a time.</summary>
    public IEnumerable<KeyValuePair<string, byte[]>> All => Paths.Select(p => KeyValuePair.Create(p, Store.Read(p)));

    private static string Normalize(string path) => path.Replace('\\', '/').TrimStart('/');
}
