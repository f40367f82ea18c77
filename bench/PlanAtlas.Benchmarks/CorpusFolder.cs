using System.Text.Json;
using System.Text.Json.Nodes;
using PlanAtlas.Configuration;
using PlanAtlas.ScaleCorpus;

namespace PlanAtlas.Benchmarks;

/// <summary>
/// A site of N generated plans in a folder of its own: <c>input/</c> from <see cref="ScaleCorpusWriter"/> and a
/// <c>statiq.json</c> copied from the repository's, so the CLI run in that folder builds it as it builds the real site.
/// Deleted on dispose unless kept (<c>--keep</c>), to look at its input and output.
/// </summary>
public sealed class CorpusFolder : IDisposable
{
    /// <summary>
    /// A base URL is set so the build writes sitemap.xml and absolute links, as a hosted site does; the repository's
    /// own statiq.json has none (the address comes from the deployment).
    /// </summary>
    public const string BaseUrl = "https://example.org/";

    private readonly bool _keep;

    private CorpusFolder(string root, int plans, bool keep)
    {
        Root = root;
        Plans = plans;
        _keep = keep;
    }

    public string Root { get; }

    public int Plans { get; }

    public string InputPath => Path.Combine(Root, "input");

    public string OutputPath => Path.Combine(Root, "output");

    /// <summary>Writes the corpus and its settings into a new folder under <paramref name="parent"/>.</summary>
    public static CorpusFolder Create(string repo, string parent, int plans, bool keep)
    {
        var folder = new CorpusFolder(Path.Combine(parent, $"corpus-{plans}"), plans, keep);
        Directory.CreateDirectory(folder.Root);
        ScaleCorpusWriter.Write(repo, folder.InputPath, plans);
        folder.WriteSettings(repo);
        return folder;
    }

    /// <summary>The settings as a build in this folder reads them.</summary>
    public SiteSettings Settings() => SiteSettings.Load(Root);

    /// <summary>The plan files, in a stable order (for the edit of one plan).</summary>
    public IReadOnlyList<string> PlanFiles() =>
        Directory.GetFiles(Path.Combine(InputPath, "plans"), "*.md").Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        if (_keep)
        {
            Console.WriteLine($"  kept {Root}");
        }
        else if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    /// <summary>
    /// The repository's settings with absolute paths: the theme and node_modules stay in the repository (they are
    /// not copied per corpus), input and output are this folder's.
    /// </summary>
    private void WriteSettings(string repo)
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(repo, SettingsReader.DefaultFileName)))!.AsObject();
        settings["ThemePath"] = Path.Combine(repo, "themes", "default");
        settings["NodeModulesPath"] = Path.Combine(repo, "node_modules");
        settings["InputPath"] = InputPath;
        settings["OutputPath"] = OutputPath;
        settings["BaseUrl"] = BaseUrl;
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        File.WriteAllText(Path.Combine(Root, SettingsReader.DefaultFileName), settings.ToJsonString(options));
    }
}
