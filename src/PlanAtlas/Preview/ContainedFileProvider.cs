using PlanAtlas.IO;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;

namespace PlanAtlas.Preview;

/// <summary>
/// The site folder's files and nothing else: a <see cref="PhysicalFileProvider"/> follows symbolic links, so a
/// link inside the folder could serve <c>/etc/passwd</c>; here anything whose real path leaves the folder is not found.
/// The folder may not exist yet (preview listens before the first build) and is replaced by every build, so it is
/// looked up on each request rather than once.
/// </summary>
internal sealed class ContainedFileProvider(string root) : IFileProvider, IDisposable
{
    private readonly string _root = Path.GetFullPath(root);
    private readonly Lock _gate = new();
    private PhysicalFileProvider? _files;

    public IFileInfo GetFileInfo(string subpath)
    {
        if (!TryOpen(out var files, out var realRoot) || files.GetFileInfo(subpath) is not { Exists: true, PhysicalPath: { } path } file)
        {
            return new NotFoundFileInfo(subpath);
        }

        var real = RealPath.Of(path);
        if (!RealPath.IsWithin(real, realRoot))
        {
            return new NotFoundFileInfo(subpath);
        }

        // A link's own FileInfo has the link's length, not its target's: the response would promise the wrong size.
        return real == path ? file : new PhysicalFileInfo(new FileInfo(real!));
    }

    public IDirectoryContents GetDirectoryContents(string subpath)
    {
        return TryOpen(out var files, out var realRoot)
            && files.GetDirectoryContents(subpath) is { Exists: true } contents
            && RealPath.IsWithin(RealPath.Of(Path.Combine(_root, subpath.TrimStart('/'))), realRoot)
                ? contents
                : NotFoundDirectoryContents.Singleton;
    }

    // Changes are announced by the build (live reload), not by watching the folder.
    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private bool TryOpen([NotNullWhen(true)] out PhysicalFileProvider? files, [NotNullWhen(true)] out string? realRoot)
    {
        realRoot = Directory.Exists(_root) ? RealPath.Of(_root) : null;
        if (realRoot is null)
        {
            files = null;
            return false;
        }

        lock (_gate)
        {
            // Created once the folder exists: the provider refuses a missing root.
            files = _files ??= new PhysicalFileProvider(_root);
            return true;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _files?.Dispose();
        }
    }
}
