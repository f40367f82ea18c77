using PlanAtlas.Preview;

namespace PlanAtlas.Tests.Preview;

public sealed class PreviewSessionTests
{
    [Fact]
    public void A_stopped_session_builds_nothing_more_and_stops_once()
    {
        // Given a preview session that built and served a site, then stopped
        using var site = new TempSite();
        site.WritePlan("a.md", Site.SitePlans.Minimal);
        var builds = 0;
        var session = new PreviewSession(site.Settings(), site.Root, "127.0.0.1", FreePorts.Next(), _ => Interlocked.Increment(ref builds));
        Assert.True(session.Start().Succeeded);
        session.Dispose();

        // When a change arrives late (a watcher's callback already under way) and the session is stopped again
        var late = session.Rebuild();
        session.Dispose();

        // Then nothing is built or reported, and nothing throws
        Assert.False(late.Succeeded);
        Assert.Equal(1, builds);
    }

}
