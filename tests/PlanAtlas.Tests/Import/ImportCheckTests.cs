using System.Diagnostics;
using System.Text;

namespace PlanAtlas.Tests.Import;

/// <summary>
/// <c>import --check</c> on copies of real plans (committed under <c>Import/Samples/</c>, made by
/// <see cref="PlanCopies"/> from the opening of a real source): a review summary on stdout, nothing written.
/// </summary>
public sealed class ImportCheckTests : IDisposable
{
    private const int SampleParagraphs = 12;
    private readonly string _folder = Directory.CreateTempSubdirectory("plan-atlas-check-").FullName;

    public static IEnumerable<object[]> Samples =>
    [
        ["gansu-notice.txt", "gansu"],
        ["quxian-flattened.txt", "quxian"],
    ];

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_committed_sample_is_what_the_copy_maker_makes_of_the_real_source(string sample, string slug)
    {
        var expected = Make(sample, slug);
        var path = SamplePath(sample);
        if (Environment.GetEnvironmentVariable("PLAN_ATLAS_WRITE_SAMPLES") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
            return;
        }

        Assert.Equal(expected, File.ReadAllText(path));
    }

    [Fact]
    public void Check_of_a_notice_copy_reports_the_metadata_with_its_lines_and_writes_nothing()
    {
        var (code, stdout, _) = Check("gansu-notice.txt");

        Assert.Equal(0, code);
        Assert.Contains("Review of gansu-notice.txt (nothing written)", stdout);
        Assert.Contains("title     甘肃省法治社会建设实施方案（2021—2025年）  ← line 1", stdout);
        Assert.Contains("issuer    中共甘肃省委  ← line 4", stdout);
        Assert.Contains("issued    2021-12-14  ← line 4", stdout);
        Assert.Contains("level     province  ← from the name 甘肃省", stdout);
        Assert.Matches(@"dropped\s+3 \(notice of issue 3\)", stdout);
        Assert.Matches(@"split\s+1\n", stdout);
        Assert.Contains("gansu-notice.txt:1:1: warning PA102: the text does not say the plan's source", stdout);
        Assert.Empty(Directory.GetFiles(_folder, "*.md", SearchOption.AllDirectories));
    }

    [Fact]
    public void Check_of_a_flattened_copy_reports_the_markers_recovered_and_each_dropped_chunk()
    {
        var (code, stdout, _) = Check("quxian-flattened.txt");

        Assert.Equal(0, code);
        Assert.Contains("title     渠县法治社会建设实施方案（2021—2025年）（征求意见稿）  ← line 2", stdout);
        Assert.Contains("status    draft", stdout);
        Assert.Matches(@"markers recovered\s+1[0-9]\n", stdout);
        Assert.Matches(@"quxian-flattened.txt:1:1: warning PA107: dropped a document-sharing site's chrome", stdout);
        Assert.Matches(@"quxian-flattened.txt:2:1: warning PA108: dropped '1、'", stdout);
        Assert.Matches(@"quxian-flattened.txt:2:\d+: warning PA108: dropped '2、'", stdout);
        Assert.Matches(@"quxian-flattened.txt:2:\d+: warning PA109: recovered 1[0-9] numbering marker", stdout);
        Assert.Empty(Directory.GetFiles(_folder, "*.md", SearchOption.AllDirectories));
    }

    // Read from the repository: the test project copies only spec files to its output.
    private static string SamplePath(string sample) => Path.Combine(RepoPaths.Root, "tests", "PlanAtlas.Tests", "Import", "Samples", sample);

    private static string Make(string sample, string slug)
    {
        var (clean, paragraphs) = PlanCopies.Clean(File.ReadAllText(Path.Combine(RepoPaths.Input, "sources", slug + ".txt")));
        var opening = paragraphs.Take(SampleParagraphs).ToList();
        return sample.Contains("notice", StringComparison.Ordinal)
            ? PlanCopies.NoticeHeader(clean, opening)
            : PlanCopies.Flattened(clean, opening, seed: 7, chunkPerLine: false, out _);
    }

    private (int Code, string Stdout, string Stderr) Check(string sample)
    {
        File.Copy(SamplePath(sample), Path.Combine(_folder, sample));
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _folder, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "plan-atlas.dll"), "import", "--check", sample })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Replace("\r\n", "\n"), stderr.Result);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
