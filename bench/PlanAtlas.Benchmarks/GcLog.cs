using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace PlanAtlas.Benchmarks;

/// <summary>
/// The edit benchmark's <c>--gc-log</c>: every collection while it listens, from the runtime's own events: its
/// generation, why it ran, how long the threads were stopped and what it promoted. A rebuild's "GC ms" says how much;
/// this says which collections and what survived them, which is what to change.
/// </summary>
public sealed class GcLog : EventListener
{
    // The runtime's GC keyword and the events read (see the runtime's ClrEtwAll.man).
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private const int GcStart = 1, RestartEnd = 3, HeapStats = 4, SuspendBegin = 9;

    private static readonly string[] Reasons =
    [
        "AllocSmall", "Induced", "LowMemory", "Empty", "AllocLarge", "OutOfSpaceSOH", "OutOfSpaceLOH", "InducedNotForced",
        "Internal", "InducedLowMemory", "InducedCompacting", "LowMemoryHost", "PMFullGC", "LowMemoryHostBlocking",
    ];

    private readonly ConcurrentQueue<string> _lines = new();
    // The runtime also stops threads for other reasons; only a stop in which a collection starts is logged.
    private DateTime _suspended, _collecting;
    private (int Depth, string Reason) _current;
    private string _promoted = string.Empty;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Informational, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        switch (e.EventId)
        {
            case SuspendBegin:
                _suspended = e.TimeStamp;
                break;
            case GcStart:
                _collecting = _suspended;
                var reason = Convert.ToInt32(e.Payload![2]);
                _current = (Convert.ToInt32(e.Payload[1]), reason < Reasons.Length ? Reasons[reason] : reason.ToString());
                break;
            case HeapStats:
                // Promoted bytes of generations 0, 1, 2 and the large-object heap; sizes after the collection.
                double MiB(int i) => Convert.ToUInt64(e.Payload![i]) / 1048576.0;
                _promoted = $"promoted {MiB(1):0}/{MiB(3):0}/{MiB(5):0}/{MiB(7):0} MiB, gen2 {MiB(4):0} MiB, LOH {MiB(6):0} MiB";
                break;
            case RestartEnd when _collecting != default:
                _lines.Enqueue($"gen{_current.Depth} {_current.Reason,-14} {(e.TimeStamp - _collecting).TotalMilliseconds,6:0} ms  {_promoted}");
                _collecting = default;
                break;
        }
    }

    /// <summary>The collections logged since the last call, one line each.</summary>
    public IReadOnlyList<string> Take()
    {
        var lines = new List<string>();
        while (_lines.TryDequeue(out var line))
        {
            lines.Add(line);
        }

        return lines;
    }
}
