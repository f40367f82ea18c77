using PlanAtlas.Model;
using PlanAtlas.Structure;

namespace PlanAtlas.Import;

/// <summary>
/// Follows a text's numbering marker by marker, to tell whether a marker found inside a line is the one the
/// numbering expects next. A number may continue its level across headings (甘肃 1.–23.) or restart at 1
/// under a new heading; a level opens at 1 below the deepest one open; a level keeps the form it began with.
/// Sources skip numbers (渠县 goes from 6. to 8.), so where the text surely ends a paragraph a small gap is allowed.
/// </summary>
internal sealed class NumberingSequence
{
    private readonly Dictionary<NumberLevel, Last> _last = [];
    private readonly Dictionary<NumberLevel, int> _stampAt = [];
    private readonly Stack<NumberLevel> _open = new();
    private int _stamp;

    public bool IsEmpty => _stamp == 0;

    /// <summary>The widest gap a number may leave where a paragraph surely ends before it.</summary>
    private const int MaxGap = 2;

    public bool Expects(MarkerMatch match, bool afterParagraphEnd = false)
    {
        var (level, number) = (match.Marker.Level, match.Marker.Number);
        if (_last.TryGetValue(level, out var last))
        {
            return last.Form == match.Form
                && (number == last.Number + 1
                    || (afterParagraphEnd && number > last.Number && number <= last.Number + 1 + MaxGap)
                    || (number == 1 && ParentStamp(level) != last.ParentStamp));
        }

        return number == 1 && (_open.Count == 0 || level > _open.Peek());
    }

    public void Record(MarkerMatch match)
    {
        var level = match.Marker.Level;
        while (_open.Count > 0 && _open.Peek() >= level)
        {
            _open.Pop();
        }

        _open.Push(level);
        var form = _last.TryGetValue(level, out var previous) ? previous.Form : match.Form;
        _last[level] = new Last(match.Marker.Number, form, ParentStamp(level));
        _stampAt[level] = ++_stamp;
    }

    /// <summary>The stamp of the latest marker above a level: it changes when the level gets a new heading.</summary>
    private int ParentStamp(NumberLevel level) => _stampAt.Where(s => s.Key < level).Select(s => s.Value).DefaultIfEmpty(0).Max();

    private sealed record Last(int Number, MarkerForm Form, int ParentStamp);
}
