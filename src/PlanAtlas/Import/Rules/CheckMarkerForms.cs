using PlanAtlas.Diagnostics;
using PlanAtlas.Model;
using PlanAtlas.Structure;

namespace PlanAtlas.Import.Rules;

/// <summary>
/// Warns where a plan writes one numbering level two ways (1. and 1、, （1） and ①): every form maps to the
/// same level, so the tree still builds, but a mix is often a marker that is really something else.
/// Full and half width of one form are not a mix; the sources mix them freely.
/// </summary>
public sealed class CheckMarkerForms : IImportRule
{
    public void Apply(ImportDocument document)
    {
        var first = new Dictionary<NumberLevel, (MarkerForm Form, string Written, int Line)>();
        var warned = new HashSet<NumberLevel>();
        foreach (var line in document.Paragraphs)
        {
            if (MarkerParser.ParseAt(line.Text, 0) is not { } match)
            {
                continue;
            }

            var level = match.Marker.Level;
            if (!first.TryGetValue(level, out var established))
            {
                first[level] = (match.Form, match.Marker.Written, line.Number);
            }
            else if (established.Form != match.Form && warned.Add(level))
            {
                document.Diagnostics.Warning(DiagnosticCodes.MixedMarkerForms, document.At(line),
                    $"this plan numbers the same level as '{established.Written.Trim()}' (line {established.Line}) and as '{match.Marker.Written.Trim()}'; both read as {level.ToString().ToLowerInvariant()}s: check which is meant");
            }
        }
    }
}
