using PlanAtlas.Tests.BadInput;

namespace PlanAtlas.Tests.Cli;

/// <summary>
/// The public address comes from statiq.json, PLANATLAS_BASEURL or --base-url (each winning over the one before);
/// without one, the build leaves out what would need it and says so, and no placeholder host is written anywhere.
/// </summary>
public sealed class BaseUrlTests : IDisposable
{
    private readonly ThrowawayProject _project = new();

    [Fact]
    public void Without_a_base_url_no_page_names_a_host_and_the_build_says_what_it_left_out()
    {
        var outcome = CliProcess.Run(_project.Root, ["build"]);

        Assert.Equal(0, outcome.Code);
        Assert.Contains("no BaseUrl: canonical links, absolute permalinks and sitemap.xml are left out", outcome.Stdout);
        Assert.False(File.Exists(Path.Combine(_project.Output, "sitemap.xml")));
        Assert.All(Directory.GetFiles(_project.Output, "*.html", SearchOption.AllDirectories),
            page => Assert.DoesNotContain("rel=\"canonical\"", File.ReadAllText(page)));
    }

    [Fact]
    public void The_environment_sets_the_base_url_and_the_option_wins_over_it()
    {
        var fromEnvironment = CliProcess.Run(_project.Root, ["build"], new Dictionary<string, string> { ["PLANATLAS_BASEURL"] = "https://env.example.test/" });
        Assert.Equal(0, fromEnvironment.Code);
        Assert.Contains("<loc>https://env.example.test/plans/a/</loc>", File.ReadAllText(Path.Combine(_project.Output, "sitemap.xml")));

        var fromOption = CliProcess.Run(_project.Root, ["build", "--base-url", "https://option.example.test/atlas/"],
            new Dictionary<string, string> { ["PLANATLAS_BASEURL"] = "https://env.example.test/" });
        Assert.Equal(0, fromOption.Code);
        var sitemap = File.ReadAllText(Path.Combine(_project.Output, "sitemap.xml"));
        Assert.Contains("<loc>https://option.example.test/atlas/plans/a/</loc>", sitemap);
        Assert.DoesNotContain("env.example.test", sitemap);
    }

    public void Dispose() => _project.Dispose();
}
