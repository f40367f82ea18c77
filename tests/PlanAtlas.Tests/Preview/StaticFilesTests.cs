using PlanAtlas.Preview;

namespace PlanAtlas.Tests.Preview;

/// <summary>The preview server serves files inside the output folder and nothing else.</summary>
public sealed class StaticFilesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "planatlas-static-" + Guid.NewGuid().ToString("N"));

    public StaticFilesTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "site", "plans"));
        File.WriteAllText(Path.Combine(_root, "site", "index.html"), "home");
        File.WriteAllText(Path.Combine(_root, "site", "plans", "index.html"), "plans");
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "secret");
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/index.html", "index.html")]
    [InlineData("/plans/", "plans/index.html")]
    [InlineData("/plans", "plans/index.html")]
    [InlineData("/plans/index.html?q=1", "plans/index.html")]
    public void Serves_files_and_folder_indexes(string request, string expected) =>
        Assert.Equal(Path.Combine(_root, "site", expected), StaticFiles.Resolve(Path.Combine(_root, "site"), request));

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/plans/../../secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/%00index.html")]
    [InlineData("/missing.html")]
    public void Refuses_anything_outside_the_folder_or_missing(string request) =>
        Assert.Null(StaticFiles.Resolve(Path.Combine(_root, "site"), request));

    [Fact]
    public void Live_reload_script_goes_before_the_end_of_the_body()
    {
        var html = LiveReload.Inject("<html><body><p>x</p></body></html>");
        Assert.Equal("<html><body><p>x</p><script src=\"/__preview/live.js\"></script></body></html>", html);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
