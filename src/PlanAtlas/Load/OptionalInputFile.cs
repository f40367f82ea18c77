using PlanAtlas.Diagnostics;
using PlanAtlas.Pipeline;

namespace PlanAtlas.Load;

/// <summary>
/// A file of the input folder that a project may leave out (topics.yml, agencies.yml, synonyms.yml): read as UTF-8 and
/// parsed when it is there; its absence, or text that is not UTF-8 (reported), is the empty value.
/// </summary>
public static class OptionalInputFile
{
    /// <param name="parse">Parses the text; the display path is the one its messages name.</param>
    public static T Read<T>(BuildContext context, string fileName, Func<string, string, DiagnosticBag, T> parse, T absent)
    {
        var file = Path.Combine(context.Settings.InputPath, fileName);
        if (!File.Exists(file))
        {
            return absent;
        }

        var path = context.DisplayPath(file);
        var text = Utf8Source.Read(file, path, context.Diagnostics);
        return text is null ? absent : parse(text, path, context.Diagnostics);
    }
}
