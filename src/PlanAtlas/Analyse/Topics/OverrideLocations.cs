using PlanAtlas.Diagnostics;
using PlanAtlas.Load;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PlanAtlas.Analyse.Topics;

/// <summary>
/// Where each key of a plan's <c>topics:</c> overrides stands in its file, so that a wrong override is reported at
/// its own line and column. The front matter was already parsed by the load stage (which keeps only the values);
/// this reads the plan file's text again, only for a plan whose overrides have an error.
/// </summary>
public static class OverrideLocations
{
    public const string Key = "topics";

    /// <summary>Provision id → the location of that key under <c>topics:</c>; empty when the text has none.</summary>
    public static IReadOnlyDictionary<string, SourceLocation> Find(string fileText, string path)
    {
        var found = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var split = FrontMatterReader.Split(fileText.Replace("\r\n", "\n").Split('\n'));
        if (split is null)
        {
            return found;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(split.Value.Yaml));
        }
        catch (YamlException)
        {
            return found; // the load stage has reported it
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return found;
        }

        foreach (var (key, value) in root.Children)
        {
            if (key is YamlScalarNode { Value: Key } && value is YamlMappingNode overrides)
            {
                foreach (var (id, _) in overrides.Children)
                {
                    if (id is YamlScalarNode { Value: { } text })
                    {
                        // The YAML starts on the file's second line, after the opening ---.
                        found[text] = new SourceLocation(path, (int)id.Start.Line + 1, (int)id.Start.Column);
                    }
                }
            }
        }

        return found;
    }
}
