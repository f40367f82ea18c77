using System.Net;
using System.Net.Sockets;
using PlanAtlas.Diagnostics;
using PlanAtlas.Preview;

namespace PlanAtlas.Tests.Preview;

public sealed class PreviewSessionTests : IDisposable
{
    private readonly TempSite _site = new();
    private int _builds;

    public PreviewSessionTests() => _site.WritePlan("a.md", SitePlans.Minimal);

    private PreviewSession NewSession(int port) =>
        new(_site.Settings(), _site.Root, "127.0.0.1", port, _ => Interlocked.Increment(ref _builds));

    [Fact]
    public void A_stopped_session_builds_nothing_more_and_stops_once()
    {
        // Given a preview session that built and served a site, then stopped
        var session = NewSession(port: 0);
        Assert.True(session.Start().Succeeded);
        session.Dispose();

        // When a change arrives late (a watcher's callback already under way) and the session is stopped again
        var late = session.Rebuild();
        session.Dispose();

        // Then nothing is built or reported, and nothing throws
        Assert.False(late.Succeeded);
        Assert.Equal(1, _builds);
    }

    [Fact]
    public void A_busy_port_is_reported_in_one_line_before_anything_is_built()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var session = NewSession(port);

        var refused = Assert.Throws<ServerStartException>(() => session.Start());

        Assert.Equal(DiagnosticCodes.PortInUse, refused.Code);
        Assert.Equal($"error PA030: port {port} on 127.0.0.1 is in use; choose another with --port, or --port 0 for a free one", refused.Line);
        Assert.Equal(0, _builds);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public async Task Port_0_serves_the_built_site_on_the_port_found()
    {
        using var session = NewSession(port: 0);
        Assert.True(session.Start().Succeeded);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        var home = await client.GetStringAsync(session.Address);

        Assert.DoesNotMatch(":0/$", session.Address);
        Assert.Contains(LiveReload.ScriptPath, home);
    }

    [Fact]
    public async Task Preview_is_its_own_public_address_in_canonical_links_og_url_and_the_sitemap()
    {
        // Given settings that name the production host
        var settings = _site.Settings();
        File.WriteAllText(Path.Combine(_site.Root, "statiq.json"), """{ "BaseUrl": "https://plans.example.org/" }""");
        using var session = new PreviewSession(settings, _site.Root, "127.0.0.1", 0, _ => Interlocked.Increment(ref _builds));

        // When the preview serves the site on a port it found
        Assert.True(session.Start().Succeeded);
        Assert.Matches(@"^http://127\.0\.0\.1:[1-9][0-9]*/$", session.Address);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var page = await client.GetStringAsync(session.Address + "plans/a/");
        var sitemap = await client.GetStringAsync(session.Address + "sitemap.xml");

        // Then the page's canonical link and og:url are its own address on the preview, and so are the sitemap's entries
        var document = PlanAtlas.Check.HtmlDocuments.Parse(page);
        Assert.Equal(session.Address + "plans/a/", document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(session.Address + "plans/a/", document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        Assert.Contains($"<loc>{session.Address}plans/a/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("plans.example.org", page + sitemap, StringComparison.Ordinal);

        // And the canonical link leads to the page itself
        using var response = await client.GetAsync(document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => _site.Dispose();
}
