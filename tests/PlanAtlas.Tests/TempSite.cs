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
    public void CopyRealInput()
    {
        foreach (var file in Directory.GetFiles(TestPaths.Input, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, "input", Path.GetRelativePath(TestPaths.Input, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public BuildResult Build()
    {
        var settings = SiteSettings.Load(TestPaths.Root);
        settings.InputPath = Path.Combine(Root, "input");
        settings.OutputPath = Output;
        return new SitePipeline(new BuildContext(settings, Root)).Build();
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
