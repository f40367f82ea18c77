namespace PlanAtlas.Preview;

/// <summary>
/// A preview session collects its garbage once a rebuild is shown, while the author reads the page. A national site
/// keeps a large heap (the model, the last site's record), and each rebuild allocates towards the collector's next
/// full collection: left to itself, it fell inside every second rebuild at 1,000 plans and stopped it for 0.5–1.8 s.
/// Collected between rebuilds, each one starts with the collector's budgets fresh.
/// </summary>
public static class IdleCollection
{
    /// <summary>How long after a rebuild: the browser has reloaded the page by then, served by this process.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    /// <summary>Every generation, compacted: what a rebuild would otherwise pay for.</summary>
    public static void Now() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

    /// <summary>
    /// Runs <paramref name="collect"/> after <paramref name="delay"/> unless a build holds <paramref name="building"/>
    /// then (a rebuild already started has its own collections, and stopping it would only delay it); while it runs,
    /// the next build waits, as it would have for the collection anyway.
    /// </summary>
    public static Task After(TimeSpan delay, SemaphoreSlim building, Action collect) =>
        Task.Delay(delay).ContinueWith(
            _ =>
            {
                if (!building.Wait(0))
                {
                    return;
                }

                try
                {
                    collect();
                }
                finally
                {
                    building.Release();
                }
            },
            TaskScheduler.Default);
}
