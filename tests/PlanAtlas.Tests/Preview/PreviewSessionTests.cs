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

    public void Dispose() => _site.Dispose();
}
