using Microsoft.Playwright;

namespace PlanAtlas.BrowserTests.Infrastructure;

/// <summary>
/// Content pushed out of sight sideways: the page wider than the window, or an element whose content is wider than
/// its box while the box clips it (overflow hidden or clip) or scrolls it without saying so (auto or scroll on an
/// element that is not a labelled region a keyboard can reach). Any page kind can be checked with it.
/// </summary>
public static class Overflow
{
    // Left out: form fields (they scroll their own text by design) and visually hidden text (a 1 px box that clips
    // on purpose, read by screen readers).
    private const string Script = """
        () => {
          const problems = [];
          const page = document.documentElement;
          if (page.scrollWidth > window.innerWidth) {
            problems.push(`the page is ${page.scrollWidth} px wide in a ${window.innerWidth} px window`);
          }
          const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
            + (el.classList.length ? '.' + [...el.classList].join('.') : '');
          for (const el of document.querySelectorAll('body *')) {
            if (el.scrollWidth <= el.clientWidth + 1 || el.clientWidth <= 1) continue;
            if (el.matches('input, textarea, select') || el.closest('.visually-hidden')) continue;
            const x = getComputedStyle(el).overflowX;
            if (x === 'visible') continue;
            const labelled = (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')) && el.tabIndex >= 0;
            if ((x === 'auto' || x === 'scroll') && labelled) continue;
            const text = (el.textContent || '').trim().slice(0, 30);
            problems.push(`${describe(el)} (overflow-x: ${x}) shows ${el.clientWidth} of ${el.scrollWidth} px: "${text}"`);
          }
          return problems;
        }
        """;

    /// <summary>What is hidden sideways on the page as it is now; empty when nothing is.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(IPage page) => await page.EvaluateAsync<string[]>(Script);
}
