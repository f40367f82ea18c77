using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace PlanAtlas.BrowserTests.Infrastructure;

/// <summary>
/// A page in its own browser context that records what a test usually wants to assert on:
/// console errors, uncaught script errors, every request, and what the page copied.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _consoleErrors = new();
    private readonly ConcurrentQueue<string> _pageErrors = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly bool _stubClipboard;

    private const int Timeout = 90_000;

    private BrowserPage(IBrowserContext context, IPage page, bool stubClipboard)
    {
        Context = context;
        Page = page;
        _stubClipboard = stubClipboard;

        // Generous on purpose: CI machines are shared and busy, and a wait that expires says nothing about the site.
        // Tests assert what happened, never how fast.
        Page.SetDefaultTimeout(Timeout);
        Page.SetDefaultNavigationTimeout(Timeout);
        Assertions.SetDefaultExpectTimeout(Timeout);
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public IReadOnlyList<string> ConsoleErrors => [.. _consoleErrors];

    public IReadOnlyList<string> PageErrors => [.. _pageErrors];

    /// <summary>Every URL the page requested, in order, including ones that were blocked.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    internal static async Task<BrowserPage> OpenAsync(IBrowser browser, ViewportSize viewport, bool stubClipboard)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport,
            Locale = "zh-CN",
            // For every origin at once: a grant naming a file:// origin is refused (see ClipboardStub).
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        var session = new BrowserPage(context, await context.NewPageAsync(), stubClipboard);
        await session.AttachAsync();
        return session;
    }

    private async Task AttachAsync()
    {
        Context.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsImplicitFaviconRequest(message.Location))
            {
                _consoleErrors.Enqueue($"{message.Text} (at {message.Location})");
            }
        };
        Context.WebError += (_, error) => _pageErrors.Enqueue(error.Error);
        Context.Request += (_, request) => _requests.Enqueue(request.Url);

        // Blocked rather than only recorded: these machines have no internet, so an external request
        // would hang until a timeout instead of failing fast with a clear assertion.
        await Context.RouteAsync(SiteUrls.IsExternal, route => route.AbortAsync("blockedbyclient"));

        if (_stubClipboard)
        {
            await Context.AddInitScriptAsync(ClipboardStub.InitScript);
            // Init scripts run on navigation only; this covers the first about:blank page, which
            // SetContentAsync writes into without navigating.
            await Page.EvaluateAsync("() => {\n" + ClipboardStub.InitScript + "\n}");
        }
    }

    public Task<IResponse?> GotoAsync(string url) =>
        Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

    /// <summary>Texts the page wrote to the (stubbed) clipboard, oldest first.</summary>
    public async Task<IReadOnlyList<string>> ClipboardWritesAsync()
    {
        if (!_stubClipboard)
        {
            return [await Page.EvaluateAsync<string>("() => navigator.clipboard.readText()")];
        }

        var writes = await Page.EvaluateAsync<string[]?>(
            $"() => window.{ClipboardStub.WritesVariable} ? [...window.{ClipboardStub.WritesVariable}] : null");
        return writes ?? throw new InvalidOperationException(
            "The clipboard stub is not in this page; open pages with GotoAsync or SetContentAsync on this BrowserPage.");
    }

    public void AssertNoErrors()
    {
        var errors = ConsoleErrors.Select(e => "console: " + e).Concat(PageErrors.Select(e => "uncaught: " + e)).ToList();
        if (errors.Count > 0)
        {
            throw new XunitException($"The page reported {errors.Count} error(s):\n" + string.Join("\n", errors));
        }
    }

    public void AssertNoExternalRequests()
    {
        var external = Requests.Where(SiteUrls.IsExternal).Distinct().ToList();
        if (external.Count > 0)
        {
            throw new XunitException(
                "Pages must load nothing from another host, but requested:\n" + string.Join("\n", external));
        }
    }

    public Task<string> ScreenshotAsync(string name) => Screenshots.SaveAsync(Page, name);

    public Task<IReadOnlyList<AxeViolation>> RunAxeAsync() => Axe.RunAsync(Page);

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    // Chromium asks for /favicon.ico by itself for a page that declares no icon; the page did not
    // ask for it, and whether it happens depends on the browser's favicon cache, so it is noise.
    private static bool IsImplicitFaviconRequest(string location) =>
        Regex.IsMatch(location, @"^https?://[^/]+/favicon\.ico:\d+:\d+$");
}
