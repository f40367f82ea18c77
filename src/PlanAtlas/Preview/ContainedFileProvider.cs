using Microsoft.Extensions.FileProviders;
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
        var (files, realRoot) = Current();
        var file = files?.GetFileInfo(subpath);
        return file is { Exists: true, PhysicalPath: not null } && RealPath.IsInside(file.PhysicalPath, realRoot!)
            ? file
            : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath)
    {
        var (files, realRoot) = Current();
        var contents = files?.GetDirectoryContents(subpath);
        return contents is { Exists: true } && RealPath.IsInside(Path.Combine(_root, subpath.TrimStart('/')), realRoot!)
            ? contents
            : NotFoundDirectoryContents.Singleton;
    }

    // Changes are announced by the build (live reload), not by watching the folder.
    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private (PhysicalFileProvider? Files, string? RealRoot) Current()
    {
        var realRoot = Directory.Exists(_root) ? RealPath.Of(_root) : null;
        if (realRoot is null)
        {
            return (null, null);
        }

        lock (_gate)
        {
            _files ??= new PhysicalFileProvider(_root);
            return (_files, realRoot);
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
