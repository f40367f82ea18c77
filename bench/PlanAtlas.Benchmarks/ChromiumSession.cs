using Microsoft.Playwright;
using PlanAtlas.Testing;

namespace PlanAtlas.Benchmarks;

/// <summary>Debian's Chromium through Playwright, launched as the browser tests launch it (<see cref="HeadlessChromium"/>).</summary>
public sealed class ChromiumSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private ChromiumSession(IPlaywright playwright, IBrowser browser) => (_playwright, Browser) = (playwright, browser);

    public IBrowser Browser { get; }

    public static async Task<ChromiumSession> StartAsync()
    {
        if (!File.Exists(HeadlessChromium.Path))
        {
            throw new BenchmarkException(HeadlessChromium.Missing);
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = HeadlessChromium.Path,
            Headless = true,
            Args = HeadlessChromium.Args,
        });
        return new ChromiumSession(playwright, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
