using System.Net;
using System.Net.Sockets;
using PlanAtlas.Preview;

namespace PlanAtlas.Tests.Preview;

/// <summary>Counts this process's open file descriptors, so it must not run beside tests that open files.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OpenDescriptorsCollection
{
    public const string Name = "open file descriptors";
}

/// <summary>Open pages hear about rebuilds; the server holds one connection per page, and only while the page is open.</summary>
[Collection(OpenDescriptorsCollection.Name)]
public sealed class LiveReloadTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Html_pages_get_the_live_reload_script_and_the_script_is_served()
    {
        using var site = new ServedFolder(new LiveReloadHub());
        using var client = new HttpClient { Timeout = Generous };

        var page = await client.GetStringAsync(site.Server.Url("index.html"));
        using var missing = await client.GetAsync(site.Server.Url("nowhere.html"));
        var css = await client.GetStringAsync(site.Server.Url("assets/site.css"));
        using var script = await client.GetAsync(site.Server.Url(LiveReload.ScriptPath));

        Assert.Contains($"<script src=\"{LiveReload.ScriptPath}\"></script></body>", page);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains($"<script src=\"{LiveReload.ScriptPath}\"></script></body>", await missing.Content.ReadAsStringAsync());
        Assert.Equal("h1{}", css);
        Assert.Equal(LiveReload.Script, await script.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_reload_reaches_an_open_page_as_an_event()
    {
        using var site = new ServedFolder(new LiveReloadHub());
        using var page = await RawHttp.OpenEventStreamAsync(site.Server.Port);

        site.Server.LiveReload!.NotifyFailed("a.md:1:1: error PA005: x\nsecond line");

        var text = await ReadUntilAsync(page, "\n\n", after: "event: failed");
        Assert.Contains("event: failed\ndata: a.md:1:1: error PA005: x\ndata: second line\n\n", text);
    }

    [Fact]
    public async Task Two_hundred_pages_connect_and_when_they_leave_every_connection_is_released()
    {
        using var site = new ServedFolder(new LiveReloadHub());
        var hub = site.Server.LiveReload!;
        var descriptorsBefore = OpenDescriptors();

        var pages = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => RawHttp.OpenEventStreamAsync(site.Server.Port)));
        Assert.Equal(200, hub.ClientCount);
        Assert.True(OpenDescriptors() >= descriptorsBefore + 200, "each page holds a socket (and the server another)");

        foreach (var page in pages)
        {
            page.Dispose();
        }

        await Eventually(() => hub.ClientCount == 0, () => $"{hub.ClientCount} pages still counted as connected");
        // Generous: the runtime may open a few descriptors of its own meanwhile; 200 left open would be far beyond this.
        await Eventually(() => OpenDescriptors() <= descriptorsBefore + 20, () => $"{OpenDescriptors()} descriptors open, {descriptorsBefore} before");
    }

    [Fact]
    public async Task Beyond_the_limit_a_page_gets_503_and_a_place_freed_is_given_again()
    {
        using var site = new ServedFolder(new LiveReloadHub(maxClients: 2));
        var first = await RawHttp.OpenEventStreamAsync(site.Server.Port);
        using var second = await RawHttp.OpenEventStreamAsync(site.Server.Port);

        var (status, _) = await RawHttp.GetAsync(site.Server.Port, LiveReload.EventsPath);
        first.Dispose();
        await Eventually(() => site.Server.LiveReload!.ClientCount == 1, () => "the page that left is still counted");
        using var third = await RawHttp.OpenEventStreamAsync(site.Server.Port);

        Assert.Equal(503, status);
        Assert.Equal(2, site.Server.LiveReload!.ClientCount);
    }

    [Fact]
    public async Task Disposing_the_server_releases_every_page_still_open()
    {
        var site = new ServedFolder(new LiveReloadHub());
        var hub = site.Server.LiveReload!;
        var pages = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => RawHttp.OpenEventStreamAsync(site.Server.Port)));

        site.Dispose();

        Assert.Equal(0, hub.ClientCount);
        foreach (var page in pages)
        {
            // The server ended each stream: the page reads to the end instead of waiting for ever.
            using var timeout = new CancellationTokenSource(Generous);
            while (await page.GetStream().ReadAsync(new byte[1024], timeout.Token) > 0)
            {
            }

            page.Dispose();
        }
    }

    private static int OpenDescriptors() => Directory.GetFiles("/proc/self/fd").Length;

    private static async Task Eventually(Func<bool> condition, Func<string> failure)
    {
        using var timeout = new CancellationTokenSource(Generous);
        while (!condition())
        {
            if (timeout.IsCancellationRequested)
            {
                Assert.Fail(failure());
            }

            await Task.Delay(50);
        }
    }

    private static async Task<string> ReadUntilAsync(TcpClient tcp, string end, string after)
    {
        var text = "";
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(Generous);
        while (text.IndexOf(after, StringComparison.Ordinal) is var at && (at < 0 || text.IndexOf(end, at, StringComparison.Ordinal) < 0))
        {
            var read = await tcp.GetStream().ReadAsync(buffer, timeout.Token);
            Assert.NotEqual(0, read);
            text += System.Text.Encoding.UTF8.GetString(buffer, 0, read);
        }

        return text;
    }
}
