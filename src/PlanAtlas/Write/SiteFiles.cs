using System.Text;

namespace PlanAtlas.Write;

/// <summary>The generated site in memory: relative path (forward slashes) → content.</summary>
public sealed class SiteFiles
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public IEnumerable<string> Paths
    {
        get
        {
            lock (_gate)
            {
                return _files.Keys.ToList();
            }
        }
    }

    public int Count => _files.Count;

    public long TotalBytes => _files.Values.Sum(b => (long)b.Length);

    public void Add(string path, string text) => Add(path, Utf8NoBom.GetBytes(text));

    public void Add(string path, byte[] content)
    {
        var key = Normalize(path);
        lock (_gate)
        {
            if (!_files.TryAdd(key, content))
            {
                throw new InvalidOperationException($"two stages wrote the same output file '{key}'");
            }
        }
    }

    public void Replace(string path, string text)
    {
        lock (_gate)
        {
            _files[Normalize(path)] = Utf8NoBom.GetBytes(text);
        }
    }

    /// <summary>Drops the files a bundle leaves out.</summary>
    public void RemoveWhere(Func<string, bool> leftOut)
    {
        lock (_gate)
        {
            foreach (var path in _files.Keys.Where(leftOut).ToList())
            {
                _files.Remove(path);
            }
        }
    }

    public bool Contains(string path) => _files.ContainsKey(Normalize(path));

    public byte[] Get(string path) => _files[Normalize(path)];

    public string GetText(string path) => Utf8NoBom.GetString(Get(path));

    public IEnumerable<KeyValuePair<string, byte[]>> All => _files;

    private static string Normalize(string path) => path.Replace('\\', '/').TrimStart('/');
}
