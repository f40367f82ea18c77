using System.Diagnostics;
using Microsoft.Playwright;

namespace PlanAtlas.BrowserTests.Infrastructure;

/// <summary>
/// Starts Playwright once per test run and launches Debian's Chromium. Browsers are never downloaded
/// (`playwright install` needs the internet), so a missing /usr/bin/chromium fails every browser test.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // Debian's Chromium as root in a container: no sandbox, no GPU, and none of the background
    // traffic (updates, sync, QUIC probes) that would show up as requests to other hosts.
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>How long starting Playwright and Chromium took, for the test log.</summary>
    public TimeSpan StartupTime { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Browser tests need Debian's Chromium at {ChromiumPath}: run `apt-get install chromium fonts-noto-cjk` " +
                "(or .ci/run, which installs it). Do not run `playwright install`.");
        }

        var clock = Stopwatch.StartNew();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        StartupTime = clock.Elapsed;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>A fresh context and page (no shared cookies, storage or clipboard) at the given viewport.</summary>
    public Task<BrowserPage> NewPageAsync(ViewportSize viewport, bool stubClipboard = true) =>
        BrowserPage.OpenAsync(Browser, viewport, stubClipboard);
}
