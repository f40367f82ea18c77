using PlanAtlas.Configuration;
using PlanAtlas.Diagnostics;

namespace PlanAtlas.Tests.Configuration;

public sealed class SettingsReaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("planatlas-settings-").FullName;

    [Fact]
    public void Values_are_bound_and_paths_resolved_against_the_root()
    {
        var (settings, diagnostics) = Read("""
            {
              // comments and trailing commas are allowed, as in Statiq's JSON
              "SiteTitle": "标题",
              "outputPath": "public",
              "TopicMinimumScore": 0.3,
            }
            """);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("标题", settings.SiteTitle);
        Assert.Equal(Path.Combine(_root, "public"), settings.OutputPath);
        Assert.Equal(0.3, settings.TopicMinimumScore);
        Assert.Equal(new SourceLocation("statiq.json", 4, 17), settings.LocationOf(nameof(SiteSettings.OutputPath)));
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var (_, diagnostics) = Read("{ \"SiteTitle\": \"法治\", \"TopicMinimumScore\": \"高\" }");

        Assert.Equal("statiq.json:1:43: error PA010: 'TopicMinimumScore' must be a number, not the text \"高\"", Assert.Single(diagnostics.Items).ToString());
    }

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("http://localhost:8080/plans/")]
    [InlineData("")]
    public void Http_base_urls_and_none_are_accepted(string url)
    {
        var (settings, diagnostics) = Read($"{{ \"BaseUrl\": \"{url}\" }}");

        Assert.Empty(diagnostics.Items);
        Assert.Equal(url, settings.BaseUrl);
    }

    [Theory]
    [InlineData("javascript:alert(1)//")]
    [InlineData("data:text/html,x")]
    [InlineData("//example.org/")]
    [InlineData("https://example.org/?q=1")]
    [InlineData("https:///nohost")]
    public void Other_base_urls_are_errors_at_the_value(string url)
    {
        var (_, diagnostics) = Read($"{{ \"BaseUrl\": \"{url}\" }}");

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticCodes.BadSettings, 1, 14), (error.Code, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Load_throws_the_located_findings_when_the_settings_cannot_be_used()
    {
        File.WriteAllText(Path.Combine(_root, "statiq.json"), "{ \"SearchTitleBoost\": true }");

        var ex = Assert.Throws<SettingsException>(() => SiteSettings.Load(_root));

        Assert.Equal("statiq.json:1:23: error PA010: 'SearchTitleBoost' must be a number, not true", Assert.Single(ex.Diagnostics).ToString());
    }

    [Fact]
    public void No_settings_file_means_the_defaults()
    {
        var diagnostics = new DiagnosticBag();

        var settings = SettingsReader.Read(_root, null, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(Path.Combine(_root, "output"), settings.OutputPath);
    }

    private (SiteSettings Settings, DiagnosticBag Diagnostics) Read(string json)
    {
        File.WriteAllText(Path.Combine(_root, "statiq.json"), json);
        var diagnostics = new DiagnosticBag();
        return (SettingsReader.Read(_root, null, diagnostics), diagnostics);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
