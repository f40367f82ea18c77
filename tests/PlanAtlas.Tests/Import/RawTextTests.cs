using System.Text;
using PlanAtlas.Diagnostics;
using PlanAtlas.Import;

namespace PlanAtlas.Tests.Import;

/// <summary>
/// A raw text as it is saved from a government site: UTF-8, or GB18030 (GBK), which is read as such with a warning; a
/// text that is neither, or that has no text at all, is an error and gives no plan.
/// </summary>
public sealed class RawTextTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("planatlas-raw-").FullName;

    [Theory]
    [InlineData("dazu")]
    [InlineData("quxian")]
    public void A_real_source_saved_as_GB18030_gives_the_plan_its_UTF8_copy_gives(string slug)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Input, "sources", slug + ".txt"));
        var utf8 = Write("utf8.txt", Encoding.UTF8.GetBytes(text));
        var gbk = Write("gbk.txt", CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(text));

        var fromUtf8 = Import(utf8, out var utf8Diagnostics);
        var fromGbk = Import(gbk, out var gbkDiagnostics);

        Assert.NotNull(fromGbk);
        Assert.Equal(Body(fromUtf8!.Markdown), Body(fromGbk.Markdown));
        Assert.DoesNotContain(utf8Diagnostics.Items, d => d.Code == DiagnosticCodes.ReadAsGb18030);
        var warning = Assert.Single(gbkDiagnostics.Items, d => d.Code == DiagnosticCodes.ReadAsGb18030);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.False(gbkDiagnostics.HasErrors);
    }

    [Fact]
    public void A_text_that_is_neither_UTF8_nor_Chinese_GB18030_is_an_error_at_its_first_bad_byte()
    {
        // Latin-1 "café" on the second line: é (0xE9) is not UTF-8, and as GB18030 the text is no Chinese.
        var latin1 = Write("latin1.txt", [.. "title\n"u8, (byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'\n']);

        var result = Import(latin1, out var diagnostics);

        Assert.Null(result);
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, error.Code);
        Assert.Equal(("latin1.txt", 2, 4), (error.Location.Path, error.Location.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n \n\u3000\n")]
    public void A_text_with_no_line_of_text_is_an_error_and_gives_no_plan(string text)
    {
        var empty = Write("empty.txt", Encoding.UTF8.GetBytes(text));

        var result = Import(empty, out var diagnostics);

        Assert.Null(result);
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.EmptyPlan, error.Code);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static ImportResult? Import(string path, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return new PlanImporter().ImportFile(path, Path.GetFileName(path), diagnostics);
    }

    // Everything after the front matter; the slug in it follows the file's name.
    private static string Body(string planFile) => planFile[(planFile.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
