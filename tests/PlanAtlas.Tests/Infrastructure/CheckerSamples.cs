namespace PlanAtlas.Tests.Infrastructure;

/// <summary>
/// Pages whose Nu Html Checker errors are known, checked in the suite's one checker run beside the site, so that
/// "no error in the site" is known to come from a checker that finds errors.
/// </summary>
public static class CheckerSamples
{
    public const string Valid = "valid.html";

    /// <summary>Invalid, in a folder with a non-ASCII name, to show that sub-folders are checked and paths decoded.</summary>
    public static readonly string Invalid = Path.Combine("plans", "法治", "index.html");

    /// <summary>Not HTML: the checker must skip it.</summary>
    public static readonly string Stylesheet = Path.Combine("assets", "broken.css");

    private const string ValidPage = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>甘肃省法治社会建设实施方案</title>
        </head>
        <body>
        <main><h1 id="top">法治社会建设</h1><p><a href="#top">回到顶部</a></p></main>
        </body>
        </html>
        """;

    // Line 6 repeats an id and line 7 puts a block inside an inline element: both are errors, not warnings.
    private const string InvalidPage = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><title>渠县</title></head>
        <body>
        <p id="part_1">一、总体要求</p>
        <p id="part_1">二、主要措施</p>
        <span><div>责任单位</div></span>
        </body>
        </html>
        """;

    public static void WriteTo(string folder)
    {
        Write(folder, Valid, ValidPage);
        Write(folder, Invalid, InvalidPage);
        Write(folder, Stylesheet, "body {");
    }

    private static void Write(string folder, string relativePath, string content)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
