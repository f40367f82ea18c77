using Microsoft.Playwright;

namespace PlanAtlas.BrowserTests.Infrastructure;

/// <summary>PNGs in artifacts/screenshots/ (git-ignored), for people to look at, never compared: the full page, or
/// only the viewport where what matters floats over the top of a long page (a dropdown).</summary>
public static class Screenshots
{
    /// <param name="fullPage">The whole page, or only what the window shows (a long page's first screen).</param>
    public static async Task<string> SaveAsync(IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(RepoPaths.Screenshots);
        var invalid = Path.GetInvalidFileNameChars();
        var fileName = string.Concat(name.Select(c => invalid.Contains(c) ? '_' : c)) + ".png";
        var path = Path.Combine(RepoPaths.Screenshots, fileName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }
}
