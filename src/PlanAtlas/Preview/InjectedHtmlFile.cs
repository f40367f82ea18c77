using System.Text;
using Microsoft.Extensions.FileProviders;

namespace PlanAtlas.Preview;

/// <summary>An HTML file as preview serves it: with the live-reload script added, and its length to match.</summary>
internal sealed class InjectedHtmlFile(IFileInfo file) : IFileInfo
{
    private readonly Lazy<byte[]> _content = new(() => Encoding.UTF8.GetBytes(LiveReload.Inject(Read(file))));

    public bool Exists => true;

    public long Length => _content.Value.Length;

    // No physical path: the static-file middleware would send the file from disk, without the script.
    public string? PhysicalPath => null;

    public string Name => file.Name;

    public DateTimeOffset LastModified => file.LastModified;

    public bool IsDirectory => false;

    public Stream CreateReadStream() => new MemoryStream(_content.Value, writable: false);

    private static string Read(IFileInfo file)
    {
        using var reader = new StreamReader(file.CreateReadStream(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
