using PlanAtlas.Preview;

namespace PlanAtlas.Tests.Preview;

/// <summary>
/// A small site in a temp folder, with a secret file beside it (outside the site), served on 127.0.0.1 and a free port.
/// </summary>
public sealed class ServedFolder : IDisposable
{
    private readonly DirectoryInfo _parent = Directory.CreateTempSubdirectory("planatlas-server-");

    public ServedFolder(LiveReloadHub? liveReload = null)
    {
        Write("index.html", "<html><body><h1>首页</h1></body></html>");
        Write("plans/gansu/index.html", "<h1>甘肃省</h1>");
        Write("404.html", "<html><body><h1>未找到</h1></body></html>");
        Write("assets/site.css", "h1{}");
        Write("assets/site.js", "1");
        Write("assets/icon.svg", "<svg/>");
        Write("data/topics.json", "{}");
        Write("法治.txt", "法治");
        Directory.CreateDirectory(Path.Combine(Outside, "folder"));
        File.WriteAllText(Path.Combine(Outside, "secret.txt"), "SECRET");
        File.WriteAllText(Path.Combine(Outside, "folder", "index.html"), "SECRET");
        Server = new SiteServer(Root, ListenAddress.Parse("127.0.0.1", allowRemote: false), port: 0, liveReload);
        Server.Start();
    }

    public SiteServer Server { get; }

    public string Root => Path.Combine(_parent.FullName, "site");

    /// <summary>Beside the site: nothing in it may ever be served.</summary>
    public string Outside => _parent.FullName;

    public void Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public void Link(string relativePath, string target) => File.CreateSymbolicLink(Path.Combine(Root, relativePath), target);

    public void Dispose()
    {
        Server.Dispose();
        _parent.Delete(recursive: true);
    }
}
