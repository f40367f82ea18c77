namespace PlanAtlas.Tests.Infrastructure;

public sealed class HtmlCheckerTests : IDisposable
{
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

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("planatlas-vnu-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string relativePath, string content)
    {
        var path = Path.Combine(_folder.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Given_a_valid_html5_page_When_checked_Then_there_are_no_errors()
    {
        var page = Write("valid.html", ValidPage);

        var errors = await HtmlChecker.GetErrorsAsync([page]);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Given_an_invalid_page_When_checked_Then_each_error_is_reported_with_its_file_and_line()
    {
        var valid = Write("valid.html", ValidPage);
        var invalid = Write("invalid.html", InvalidPage);

        var errors = await HtmlChecker.GetErrorsAsync([valid, invalid]);

        Assert.Collection(
            errors,
            duplicate =>
            {
                Assert.Equal(invalid, duplicate.File);
                Assert.Equal(6, duplicate.Line);
                Assert.Equal("error", duplicate.Type);
                Assert.Contains("Duplicate ID", duplicate.Message);
            },
            nesting =>
            {
                Assert.Equal(7, nesting.Line);
                Assert.Contains("div", nesting.Message);
                Assert.Contains("span", nesting.Message);
            });
    }

    [Fact]
    public async Task Given_a_folder_When_checked_Then_html_files_in_subfolders_are_checked_and_other_files_skipped()
    {
        Write("index.html", ValidPage);
        var nested = Write(Path.Combine("plans", "法治", "index.html"), InvalidPage);
        Write(Path.Combine("assets", "broken.css"), "body {");

        var errors = await HtmlChecker.GetErrorsInFolderAsync(_folder.FullName);

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(nested, e.File));
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => HtmlChecker.AssertNoErrorsInFolderAsync(_folder.FullName));
        Assert.Contains($"{nested}:6:", failure.Message);
    }

    [Fact]
    public async Task Given_a_file_that_does_not_exist_When_checked_Then_it_fails_instead_of_reporting_it_valid()
    {
        var missing = Path.Combine(_folder.FullName, "missing.html");

        await Assert.ThrowsAsync<FileNotFoundException>(() => HtmlChecker.GetErrorsAsync([missing]));
    }
}
