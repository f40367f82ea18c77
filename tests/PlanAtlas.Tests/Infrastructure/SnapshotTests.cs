using System.Text;

namespace PlanAtlas.Tests.Infrastructure;

public sealed class SnapshotTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("planatlas-snapshot-");

    public void Dispose() => _folder.Delete(recursive: true);

    // Explicit Accept and CI values keep these tests independent of the developer's environment.
    private SnapshotSettings Settings(bool accept = false, bool ci = false) =>
        new() { Directory = _folder.FullName, Accept = accept, ContinuousIntegration = ci };

    private string PathOf(string fileName) => Path.Combine(_folder.FullName, fileName);

    [Fact]
    public async Task Given_a_verified_snapshot_When_the_html_matches_Then_it_passes_and_removes_a_stale_received_file()
    {
        await Snapshot.VerifyHtml("<p>法治社会建设</p>", settings: Settings(accept: true));
        var received = PathOf($"{nameof(SnapshotTests)}.{nameof(Given_a_verified_snapshot_When_the_html_matches_Then_it_passes_and_removes_a_stale_received_file)}.received.html");
        await File.WriteAllTextAsync(received, "stale");

        await Snapshot.VerifyHtml("<p>法治社会建设</p>", settings: Settings());

        Assert.False(File.Exists(received));
    }

    [Fact]
    public async Task Given_a_verified_snapshot_When_the_html_differs_Then_it_fails_with_a_diff_naming_both_files_and_writes_received()
    {
        const string stem = $"{nameof(SnapshotTests)}.{nameof(Given_a_verified_snapshot_When_the_html_differs_Then_it_fails_with_a_diff_naming_both_files_and_writes_received)}";
        await Snapshot.VerifyHtml("<ul><li>甘肃省</li><li>渠县</li></ul>", settings: Settings(accept: true));

        var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(
            () => Snapshot.VerifyHtml("<ul><li>甘肃省</li><li>上海</li></ul>", settings: Settings()));

        Assert.Contains(PathOf(stem + ".verified.html"), failure.Message);
        Assert.Contains(PathOf(stem + ".received.html"), failure.Message);
        Assert.Contains("-    |   <li>渠县</li>", failure.Message);
        Assert.Contains("+   3|   <li>上海</li>", failure.Message);
        Assert.Contains("<li>上海</li>", await File.ReadAllTextAsync(PathOf(stem + ".received.html")));
        Assert.Contains("<li>渠县</li>", await File.ReadAllTextAsync(PathOf(stem + ".verified.html")));
    }

    [Fact]
    public async Task Given_a_long_document_When_one_line_differs_Then_the_diff_shows_only_the_lines_around_it()
    {
        var items = Enumerable.Range(1, 200).Select(i => $"line {i}").ToList();
        await Snapshot.VerifyText(string.Join("\n", items), settings: Settings(accept: true));
        items[99] = "changed";

        var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(
            () => Snapshot.VerifyText(string.Join("\n", items), settings: Settings()));

        Assert.Contains("line 97", failure.Message);
        Assert.Contains("line 103", failure.Message);
        Assert.DoesNotContain("line 96\n", failure.Message);
        Assert.DoesNotContain("line 104\n", failure.Message);
    }

    [Fact]
    public async Task Given_no_verified_file_When_verifying_Then_it_fails_and_writes_received()
    {
        var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(
            () => Snapshot.VerifyText("新内容", settings: Settings()));

        Assert.Contains("no verified file", failure.Message);
        Assert.Contains("(missing)", failure.Message);
        var received = Assert.Single(_folder.GetFiles("*.received.txt"));
        Assert.Equal("新内容\n", await File.ReadAllTextAsync(received.FullName));
        Assert.Empty(_folder.GetFiles("*.verified.*"));
    }

    [Fact]
    public async Task Given_accept_mode_on_CI_When_the_verified_file_is_missing_Then_it_still_fails()
    {
        var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(
            () => Snapshot.VerifyText("x", settings: Settings(accept: true, ci: true)));

        Assert.Contains("On CI", failure.Message);
        Assert.Empty(_folder.GetFiles("*.verified.*"));
    }

    [Fact]
    public async Task Given_accept_mode_When_verifying_Then_the_verified_file_is_written_as_utf8_without_bom_with_lf()
    {
        await Snapshot.VerifyText("第一行\r\n第二行", settings: Settings(accept: true));

        var verified = Assert.Single(_folder.GetFiles("*.verified.txt"));
        var bytes = await File.ReadAllBytesAsync(verified.FullName);
        Assert.Equal(Encoding.UTF8.GetBytes("第一行\n第二行\n"), bytes);
        Assert.Empty(_folder.GetFiles("*.received.*"));
    }

    [Fact]
    public async Task Given_a_name_When_verifying_Then_the_file_name_ends_with_that_suffix()
    {
        await Snapshot.VerifyHtml("<p>x</p>", name: "gansu", settings: Settings(accept: true));

        Assert.True(File.Exists(PathOf(
            $"{nameof(SnapshotTests)}.{nameof(Given_a_name_When_verifying_Then_the_file_name_ends_with_that_suffix)}_gansu.verified.html")));
    }

    [Fact]
    public async Task Given_volatile_values_When_verifying_Then_each_distinct_value_gets_a_numbered_placeholder()
    {
        var tempFile = Path.Combine(Path.GetTempPath(), "planatlas-run-x1y2", "output", "index.html");
        var text = $"""
            built 2025-11-21T16:36:05Z, again 2025-11-21T16:36:05Z, then 2025-11-22T08:00:00+08:00
            id 3f2504e0-4f89-11d3-9a0c-0305e82c3301 and 7c9e6679-7425-40de-944b-e07fc1f90ae7
            <link href="site.css?v=0123abcd4567"> <script src="app.js?x=1&amp;v=89abcdef"></script> ?v=abc
            written to {tempFile}
            issued 2021-12-14
            """;

        await Snapshot.VerifyText(text, settings: Settings(accept: true));

        var scrubbed = await File.ReadAllTextAsync(Assert.Single(_folder.GetFiles("*.verified.txt")).FullName);
        Assert.Equal(
            """
            built {DateTime_1}, again {DateTime_1}, then {DateTime_2}
            id {Guid_1} and {Guid_2}
            <link href="site.css?v={Hash_1}"> <script src="app.js?x=1&amp;v={Hash_2}"></script> ?v=abc
            written to {TempPath}/output/index.html
            issued 2021-12-14

            """,
            scrubbed);
    }

    [Fact]
    public async Task Given_a_custom_scrubber_When_verifying_Then_its_matches_are_replaced()
    {
        var settings = Settings(accept: true);
        settings.Scrubbers.Add("Port", @"(?<=127\.0\.0\.1:)\d+").Add(BuiltInScrubbers.IsoDate);

        await Snapshot.VerifyText("http://127.0.0.1:49152/ built 2025-11-21", settings: settings);

        var scrubbed = await File.ReadAllTextAsync(Assert.Single(_folder.GetFiles("*.verified.txt")).FullName);
        Assert.Equal("http://127.0.0.1:{Port_1}/ built {Date_1}\n", scrubbed);
    }

    [Fact]
    public async Task Given_html_that_differs_only_in_attribute_order_quoting_and_whitespace_When_verifying_Then_it_matches()
    {
        const string compact =
            "<!DOCTYPE html><html lang=zh-CN><head><meta charset=utf-8><title>渠县</title></head>" +
            "<body><nav class=crumbs id=top><a href=../ class=up>上级</a></nav><p>第一条</p></body></html>";
        const string spread = """
            <!doctype html>
            <html lang="zh-CN">
              <head>
                <meta charset="utf-8">
                <title>渠县</title>
              </head>
              <body>
                <nav id="top"    class='crumbs'>
                    <a class="up" href="../">上级</a>
                </nav>

                <p>第一条</p>
              </body>
            </html>
            """;
        await Snapshot.VerifyHtml(compact, settings: Settings(accept: true));

        await Snapshot.VerifyHtml(spread, settings: Settings());

        var verified = await File.ReadAllTextAsync(Assert.Single(_folder.GetFiles("*.verified.html")).FullName);
        Assert.Contains("""    <nav class="crumbs" id="top">""", verified);
        Assert.Contains("""      <a class="up" href="../">上级</a>""", verified);
    }

    [Fact]
    public async Task Given_a_model_When_verifying_json_Then_it_is_indented_camel_case_with_readable_chinese()
    {
        await Snapshot.VerifyJson(new { Slug = "quxian", Title = "渠县法治社会建设实施方案", Lead = new[] { "县委办" } }, settings: Settings(accept: true));

        var json = await File.ReadAllTextAsync(Assert.Single(_folder.GetFiles("*.verified.json")).FullName);
        Assert.Equal(
            """
            {
              "slug": "quxian",
              "title": "渠县法治社会建设实施方案",
              "lead": [
                "县委办"
              ]
            }

            """,
            json);
    }

    [Fact]
    public async Task Given_json_text_When_verifying_Then_only_its_formatting_is_normalized()
    {
        await Snapshot.VerifyJson("""{"b":1,"a":"法治"}""", settings: Settings(accept: true));

        await Snapshot.VerifyJson("""
            {
                "b": 1,
                "a": "\u6cd5\u6cbb"
            }
            """, settings: Settings());
    }
}
