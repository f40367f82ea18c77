using System.Text;

namespace PlanAtlas.Render.Theme;

/// <summary>
/// The builders one page's render writes into: its layout's, its shell's and one per partial call. They come from the
/// render thread's own free list and go back to it when the page is finished, so that a national site's hundreds of
/// thousands of pages do not each leave their text behind several times over as garbage (one copy per level of partials).
/// </summary>
internal sealed class OutputPool
{
    // A page renders on one thread, start to finish; the list is that thread's, so no lock is needed.
    [ThreadStatic]
    private static Stack<StringBuilder>? t_free;

    // Kept for the next page only up to this size (chars): a rare huge page does not stay in memory on every thread.
    private const int LargestKept = 1 << 20;
    private const int MostKept = 64;

    private readonly List<StringBuilder> _taken = [];

    public StringBuilder Take()
    {
        var free = t_free ??= new Stack<StringBuilder>();
        var builder = free.Count > 0 ? free.Pop() : new StringBuilder(1024);
        _taken.Add(builder);
        return builder;
    }

    /// <summary>Gives every builder back; what was rendered into them must have been copied out.</summary>
    public void Release()
    {
        var free = t_free ??= new Stack<StringBuilder>();
        foreach (var builder in _taken)
        {
            if (builder.Capacity <= LargestKept && free.Count < MostKept)
            {
                free.Push(builder.Clear());
            }
        }

        _taken.Clear();
    }
}
