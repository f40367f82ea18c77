using PlanAtlas.Diagnostics;
using PlanAtlas.Load;
using PlanAtlas.Load.Yaml;
using PlanAtlas.Model;
using PlanAtlas.Pipeline;
using PlanAtlas.Search;
using YamlDotNet.RepresentationModel;

namespace PlanAtlas.Analyse.Synonyms;

/// <summary>
/// Analyse stage: reads <c>input/synonyms.yml</c>, the abbreviations and synonyms search knows (法援 for 法律援助), into
/// <see cref="SynonymGroup"/>s. The file is a YAML list of groups, each a list of at least two words. Every mistake is an
/// error (PA405) at its line and column: bad YAML, a group that is not a list or has one word, a word that is empty,
/// holds a space (a query word never does) or nothing searchable, a word listed twice. No file means no synonyms.
/// </summary>
public sealed class LoadSynonyms
{
    public const string FileName = "synonyms.yml";

    public IReadOnlyList<SynonymGroup> Run(BuildContext context) => OptionalInputFile.Read(context, FileName, Parse, (IReadOnlyList<SynonymGroup>)[]);

    /// <summary>Parses the text of a synonyms file; <paramref name="path"/> is only used in messages.</summary>
    public static IReadOnlyList<SynonymGroup> Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var yaml = new LocatedYaml(path, diagnostics, DiagnosticCodes.RegistryError);
        var root = yaml.Parse(text, FileName);
        if (root is null)
        {
            return []; // empty, or not YAML (reported)
        }

        if (root is not YamlSequenceNode list)
        {
            yaml.Error(root, $"{FileName} must be a list of groups (- [法律援助, 法援]), not a {LocatedYaml.KindOf(root)}");
            return [];
        }

        // Folded, as search compares them: a word in two groups would make the groups one, so it is refused.
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var groups = new List<SynonymGroup>();
        foreach (var entry in list.Children)
        {
            if (entry is not YamlSequenceNode words)
            {
                yaml.Error(entry, $"a group of {FileName} must be a list of words ([法律援助, 法援]), not a {LocatedYaml.KindOf(entry)}");
                continue;
            }

            var group = new List<string>();
            foreach (var node in words.Children)
            {
                if (Word(yaml, node) is not { } word)
                {
                    continue;
                }

                var folded = ChineseTokenizer.Fold(word);
                if (seen.TryGetValue(folded, out var first))
                {
                    yaml.Error(node, $"'{word}' is already listed at line {first.Line}:{first.Column}; put each word in one group");
                    continue;
                }

                seen[folded] = yaml.At(node);
                group.Add(word);
            }

            if (words.Children.Count < 2)
            {
                yaml.Error(entry, "a group needs at least two words that mean the same ([法律援助, 法援])");
            }
            else if (group.Count == words.Children.Count)
            {
                groups.Add(new SynonymGroup(group, yaml.At(entry)));
            }
        }

        return groups;
    }

    /// <summary>A word of a group, trimmed; null (reported) when it is not one searchable word.</summary>
    private static string? Word(LocatedYaml yaml, YamlNode node)
    {
        if (node is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
        {
            yaml.Error(node, "a word must be a non-empty text");
            return null;
        }

        var word = value.Trim();
        if (word.Any(char.IsWhiteSpace))
        {
            yaml.Error(node, $"'{word}' holds a space; a query word never does, so it would never be looked up");
            return null;
        }

        if (SearchTerms.Query(word).Terms.Count == 0)
        {
            yaml.Error(node, $"'{word}' has no Chinese character, letter or digit to search for");
            return null;
        }

        return word;
    }
}
