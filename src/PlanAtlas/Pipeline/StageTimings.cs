using System.Diagnostics;

namespace PlanAtlas.Pipeline;

/// <summary>How long each stage took, for the build summary and the benchmark notes.</summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _items = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Items => _items;

    public TimeSpan Total => _items.Aggregate(TimeSpan.Zero, (sum, item) => sum + item.Elapsed);

    public T Time<T>(string stage, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        _items.Add((stage, watch.Elapsed));
        return result;
    }

    public void Time(string stage, Action work) => Time(stage, () =>
    {
        work();
        return 0;
    });
}
