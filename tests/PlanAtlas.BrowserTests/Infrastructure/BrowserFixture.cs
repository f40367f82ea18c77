using System.Diagnostics;
using Microsoft.Playwright;

namespace PlanAtlas.BrowserTests.Infrastructure;

/// <summary>
/// Starts Playwright once per test run and launches Debian's Chromium. Browsers are never downloaded
/// (`playwright install` needs the internet), so a missing /usr/bin/chromium fails every browser test.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>How long starting Playwright and Chromium took, for the test log.</summary>
    public TimeSpan StartupTime { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(HeadlessChromium.Path))
        {
            throw new InvalidOperationException(HeadlessChromium.Missing);
        }

        var clock = Stopwatch.StartNew();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = HeadlessChromium.Path,
            Headless = true,
            Args = HeadlessChromium.Args,
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
