using PlanAtlas.Diagnostics;
using PlanAtlas.Model;

namespace PlanAtlas.Structure;

/// <summary>
/// Checks that numbers run in order. Plans either continue a level's numbering across parents
/// (甘肃 1.–23., 渠县 （1）–（61）) or restart it at 1 under a new parent, so both count as in order.
/// </summary>
internal sealed class NumberingChecker(DiagnosticBag diagnostics)
{
    private readonly Dictionary<NumberLevel, (int Number, object? Parent)> _last = [];

    public void Check(Marker marker, IEnumerable<Marker> siblings, SourceLocation at, object? parent)
    {
        var isDuplicate = siblings.Any(s => s.Level == marker.Level && s.Number == marker.Number);
        if (isDuplicate)
        {
            diagnostics.Error(DiagnosticCodes.DuplicateNumber, at, $"number {marker.Written} appears twice under the same heading");
            return;
        }

        if (_last.TryGetValue(marker.Level, out var last))
        {
            var continues = marker.Number == last.Number + 1;
            var restarts = marker.Number == 1 && !ReferenceEquals(last.Parent, parent);
            if (!continues && !restarts)
            {
                if (marker.Number > last.Number + 1)
                {
                    var missing = last.Number + 1 == marker.Number - 1
                        ? $"{last.Number + 1} is missing"
                        : $"{last.Number + 1}–{marker.Number - 1} are missing";
                    diagnostics.Warning(DiagnosticCodes.SkippedNumber, at, $"number {marker.Written} follows {last.Number}: {missing}");
                }
                else
                {
                    diagnostics.Warning(DiagnosticCodes.NumberOutOfOrder, at, $"number {marker.Written} follows {last.Number}");
                }
            }
        }
        else if (marker.Number != 1)
        {
            diagnostics.Warning(DiagnosticCodes.SkippedNumber, at, $"numbering at this level starts at {marker.Written}, not at 1");
        }

        _last[marker.Level] = (marker.Number, parent);
    }
}
