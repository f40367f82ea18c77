using Microsoft.Playwright;

namespace PlanAtlas.BrowserTests.Infrastructure;

/// <summary>
/// How text is laid out in lines, as the reader sees it: for each element, the number of characters (spaces left out)
/// on each of its lines, measured from the position of every character.
/// </summary>
public static class TextLines
{
    private const string Script = """
        ([selector, ignore, only]) => [...document.querySelectorAll(selector)].filter(el => el.getClientRects().length > 0).map(el => {
          const lines = new Map();
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          const counts = only ? new RegExp(only, 'u') : /\S/;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (ignore && node.parentElement.closest(ignore)) continue;
            for (let i = 0; i < node.data.length; i++) {
              if (!counts.test(node.data[i])) continue;
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const box = range.getClientRects()[0];
              if (!box || box.width === 0) continue;
              const top = Math.round(box.top + box.height / 2);
              let key = [...lines.keys()].find(k => Math.abs(k - top) < box.height / 2);
              if (key === undefined) { key = top; lines.set(key, 0); }
              lines.set(key, lines.get(key) + 1);
            }
          }
          return { text: el.textContent.trim().slice(0, 40), lines: [...lines.entries()].sort((a, b) => a[0] - b[0]).map(e => e[1]) };
        })
        """;

    /// <summary>An element's text (its start, to name it) and its characters per line, top to bottom.</summary>
    public sealed class Element
    {
        public string Text { get; set; } = string.Empty;

        public int[] Lines { get; set; } = [];
    }

    /// <param name="ignore">Text inside elements matching this selector is not counted (a link shown only on hover).</param>
    /// <param name="only">A JavaScript pattern for the characters to count (<c>\p{Script=Han}</c>); all but spaces when null.</param>
    public static async Task<IReadOnlyList<Element>> OfAsync(IPage page, string selector, string? ignore = null, string? only = null) =>
        await page.EvaluateAsync<Element[]>(Script, new object?[] { selector, ignore, only });
}
