namespace PlanAtlas.BrowserTests.Infrastructure;

/// <summary>A three-file site for the infrastructure tests: a page, its stylesheet and a copy button script.</summary>
internal static class SmokeSite
{
    private const string IndexHtml = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>法治社会建设 · 冒烟测试</title>
          <link rel="stylesheet" href="site.css">
          <script src="copy.js" defer></script>
        </head>
        <body>
          <main>
            <h1>法治社会建设</h1>
            <p id="citation">《渠县法治社会建设实施方案》二、（五）19.（57）</p>
            <p>推动全社会增强法治观念，健全社会领域制度规范，加强权利保护，推进社会治理法治化。</p>
            <button type="button" id="copy" data-copy="《渠县法治社会建设实施方案》二、（五）19.（57）">复制引用</button>
            <p id="status" role="status"></p>
          </main>
        </body>
        </html>
        """;

    private const string SiteCss = """
        body { font-family: "Noto Sans CJK SC", sans-serif; margin: 1rem; line-height: 1.6; }
        h1 { color: #8b0000; }
        button { font-size: 1rem; padding: 0.5rem 1rem; }
        """;

    private const string CopyJs = """
        document.getElementById('copy').addEventListener('click', async event => {
          await navigator.clipboard.writeText(event.currentTarget.dataset.copy);
          document.getElementById('status').textContent = '已复制';
        });
        """;

    public static DirectoryInfo Write()
    {
        var folder = Directory.CreateTempSubdirectory("planatlas-smoke-");
        File.WriteAllText(Path.Combine(folder.FullName, "index.html"), IndexHtml);
        File.WriteAllText(Path.Combine(folder.FullName, "site.css"), SiteCss);
        File.WriteAllText(Path.Combine(folder.FullName, "copy.js"), CopyJs);
        return folder;
    }
}
