using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PlanAtlas.Tests.Cli;

/// <summary>
/// The published CLI is compiled ahead of time and trimmed: what it does must be what the tested program does. A view
/// model member the trimmer dropped, a serializer that needs code made at run time or a reflection call with no
/// native code behind it would show only here, so every command is run by both and compared.
/// </summary>
public sealed partial class NativeCliTests(NativeCli native) : IClassFixture<NativeCli>, IDisposable
{
    private readonly TempSite _site = new();

    [Fact]
    public void Build_writes_the_same_files_byte_for_byte_and_the_same_warnings()
    {
        Prepare();

        var tested = CliProcess.Run(_site.Root, ["build", "-o", "by-dotnet"]);
        var shipped = CliProcess.Run(_site.Root, ["build", "-o", "by-native"], executable: native.Executable);

        Assert.Equal(0, tested.Code);
        Assert.Equal(0, shipped.Code);
        Assert.Equal(tested.Stderr, shipped.Stderr);
        var expected = Files("by-dotnet");
        var actual = Files("by-native");
        Assert.Contains("index.html", expected.Keys);
        Assert.Contains("data/plans/jiaxian.json", expected.Keys);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, file => Assert.True(file.Value.SequenceEqual(actual[file.Key]), $"{file.Key} differs"));
    }

    [Fact]
    public void A_bad_plan_is_a_located_error_without_a_trace_and_the_output_stays()
    {
        Prepare();
        Assert.Equal(0, CliProcess.Run(_site.Root, ["build"], executable: native.Executable).Code);
        var index = File.ReadAllBytes(Path.Combine(_site.Output, "index.html"));
        _site.WritePlan("jiaxian.md", File.ReadAllText(Path.Combine(_site.Root, "input", "plans", "jiaxian.md")).Replace("level: county", "level: city"));

        var outcome = CliProcess.Run(_site.Root, ["build"], executable: native.Executable);

        Assert.Equal(1, outcome.Code);
        Assert.Matches(@"input/plans/jiaxian\.md:\d+:\d+: error PA005: unknown level 'city'", outcome.Stderr);
        Assert.DoesNotContain("   at ", outcome.Stderr);
        Assert.Equal(index, File.ReadAllBytes(Path.Combine(_site.Output, "index.html")));
    }

    [Fact]
    public void Import_and_bundle_write_what_the_tested_program_writes()
    {
        Prepare();
        var source = Path.Combine(_site.Root, "input", "sources", "b.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(source)!);
        // Saved as GB18030, as many government sites serve it: the native binary needs the code page too.
        File.WriteAllBytes(source, System.Text.CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes("乙县法治社会建设实施方案\n一、总体要求\n（一）加强学习。牵头单位：县司法局\n"));

        foreach (var (program, name) in new[] { ((string?)null, "dotnet"), (native.Executable, "native") })
        {
            Assert.Equal(0, CliProcess.Run(_site.Root, ["import", "input/sources/b.txt", "-o", $"{name}.md"], executable: program).Code);
            Assert.Equal(0, CliProcess.Run(_site.Root, ["bundle", "--out", $"{name}.zip"], executable: program).Code);
        }

        Assert.Equal(File.ReadAllBytes(Path.Combine(_site.Root, "dotnet.md")), File.ReadAllBytes(Path.Combine(_site.Root, "native.md")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(_site.Root, "dotnet.zip")), File.ReadAllBytes(Path.Combine(_site.Root, "native.zip")));
    }

    [Fact]
    public async Task Preview_serves_the_site_it_built()
    {
        Prepare();
        var start = CliProcess.StartInfo(_site.Root, ["preview", "--port", "0"], native.Executable);
        using var process = Process.Start(start)!;
        try
        {
            var address = await ServingAddress(process, TimeSpan.FromMinutes(2));
            using var http = new HttpClient();
            var home = await http.GetAsync(address);
            var missing = await http.GetAsync(address + "no-such-page/");

            Assert.True(home.IsSuccessStatusCode, $"GET {address}: {home.StatusCode}");
            Assert.Contains(Testing.TestSettings.SiteTitle, await home.Content.ReadAsStringAsync());
            Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>The address in preview's "serving http://…" line (on stderr, with its messages); stdout is drained.</summary>
    private static async Task<string> ServingAddress(Process process, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var seen = new List<string>();
        while (await process.StandardError.ReadLineAsync(cancel.Token) is { } line)
        {
            seen.Add(line);
            if (Serving().Match(line) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }
        }

        throw new InvalidOperationException($"preview ended without serving; it printed:\n{string.Join('\n', seen)}");
    }

    private void Prepare()
    {
        _site.CopyInput(Path.Combine(RepoPaths.Root, "tests", "PlanAtlas.Tests", "Site", "Fixture", "input"));
        _site.PrepareForCommandLine();
    }

    private SortedDictionary<string, byte[]> Files(string output)
    {
        var root = Path.Combine(_site.Root, output);
        return new SortedDictionary<string, byte[]>(
            Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes),
            StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^serving (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex Serving();

    public void Dispose() => _site.Dispose();
}
