using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace PlanAtlas.Preview;

/// <summary>The site's files with the live-reload script in every HTML page (including 404.html).</summary>
internal sealed class LiveReloadFileProvider(IFileProvider files) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath)
    {
        var file = files.GetFileInfo(subpath);
        return file is { Exists: true, IsDirectory: false } && subpath.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
            ? new InjectedHtmlFile(file)
            : file;
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => files.GetDirectoryContents(subpath);

    public IChangeToken Watch(string filter) => files.Watch(filter);
}
