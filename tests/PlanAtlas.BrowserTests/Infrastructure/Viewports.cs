using Microsoft.Playwright;

namespace PlanAtlas.BrowserTests.Infrastructure;

/// <summary>The two widths every page is checked at: a small phone and a laptop.</summary>
public static class Viewports
{
    public static ViewportSize Phone => new() { Width = 375, Height = 812 };

    public static ViewportSize Desktop => new() { Width = 1280, Height = 800 };

    public static ViewportSize ForWidth(int width) => width switch
    {
        375 => Phone,
        1280 => Desktop,
        _ => new ViewportSize { Width = width, Height = 800 },
    };
}
