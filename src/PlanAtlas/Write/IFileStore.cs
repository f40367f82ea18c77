namespace PlanAtlas.Write;

/// <summary>
/// Where <see cref="SiteFiles"/> keeps the bytes of the files a build produces: in memory (tests, bundles), or
/// written at once to a staging folder so that memory does not grow with the site (<see cref="FolderFileStore"/>).
/// </summary>
public interface IFileStore
{
    /// <summary>Stores a file; <paramref name="content"/> may be a pooled buffer, so a store that keeps it copies it.</summary>
    void Put(string path, ReadOnlySpan<byte> content);

    byte[] Read(string path);

    void Remove(string path);

    /// <summary>
    /// Keeps the file as the last build written it, without its bytes; returns its length, or null when this store
    /// has no earlier copy of it (only a preview rebuild has one: <see cref="PreviewFileStore"/>).
    /// </summary>
    long? Keep(string path);

    /// <summary>How many files the build is expected to have (those of the last build kept here); 0 when unknown.</summary>
    int Expected => 0;
}

/// <summary>Every file's bytes in memory: for sites that are read back whole (tests, a bundle's zip).</summary>
public sealed class MemoryFileStore : IFileStore
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public void Put(string path, ReadOnlySpan<byte> content) => _files[path] = content.ToArray();

    public byte[] Read(string path) => _files[path];

    public void Remove(string path) => _files.TryRemove(path, out _);

    public long? Keep(string path) => null;
}

/// <summary>Each file written to a folder as soon as it is produced; only its path and size stay in memory.</summary>
public sealed class FolderFileStore(string root) : IFileStore
{
    public string Root { get; } = root;

    public void Put(string path, ReadOnlySpan<byte> content)
    {
        var target = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        // A national site is hundreds of thousands of small files: open, write, close, without File.WriteAllBytes's
        // preallocation and file-system checks (three more system calls a file). FileShare.None: an exclusive lock
        // needs no check of the file system first (.NET checks it before a shared one).
        using var handle = OpenNew(target);
        RandomAccess.Write(handle, content, fileOffset: 0);
    }

    /// <summary>The staging folder is fresh, so a file is new (nothing to truncate) unless a page is written again.</summary>
    private static Microsoft.Win32.SafeHandles.SafeFileHandle OpenNew(string target)
    {
        try
        {
            return File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(target))
        {
            return File.OpenHandle(target, FileMode.Create, FileAccess.Write, FileShare.None);
        }
    }

    public byte[] Read(string path) => File.ReadAllBytes(Path.Combine(Root, path));

    public void Remove(string path) => File.Delete(Path.Combine(Root, path));

    public long? Keep(string path) => null;
}
