namespace PlanAtlas.Write;

/// <summary>
/// Where <see cref="SiteFiles"/> keeps the bytes of the files a build produces: in memory (tests, bundles), or
/// written at once to a staging folder so that memory does not grow with the site (<see cref="FolderFileStore"/>).
/// </summary>
public interface IFileStore
{
    void Put(string path, byte[] content);

    byte[] Read(string path);

    void Remove(string path);

    /// <summary>
    /// Keeps the file as the last build written it, without its bytes; returns its length, or null when this store
    /// has no earlier copy of it (only a preview rebuild has one: <see cref="PreviewFileStore"/>).
    /// </summary>
    long? Keep(string path);
}

/// <summary>Every file's bytes in memory: for sites that are read back whole (tests, a bundle's zip).</summary>
public sealed class MemoryFileStore : IFileStore
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public void Put(string path, byte[] content) => _files[path] = content;

    public byte[] Read(string path) => _files[path];

    public void Remove(string path) => _files.TryRemove(path, out _);

    public long? Keep(string path) => null;
}

/// <summary>Each file written to a folder as soon as it is produced; only its path and size stay in memory.</summary>
public sealed class FolderFileStore(string root) : IFileStore
{
    public string Root { get; } = root;

    public void Put(string path, byte[] content)
    {
        var target = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, content);
    }

    public byte[] Read(string path) => File.ReadAllBytes(Path.Combine(Root, path));

    public void Remove(string path) => File.Delete(Path.Combine(Root, path));

    public long? Keep(string path) => null;
}
