namespace PlanAtlas.Tests.Infrastructure;

/// <summary>An ordered list of scrubbers, applied one after the other before a snapshot is compared.</summary>
public sealed class ScrubberRegistry
{
    private readonly List<Scrubber> _scrubbers = [];

    /// <summary>Timestamps, GUIDs and temp paths come before hashes so a GUID is never half-read as a hash.</summary>
    public static ScrubberRegistry CreateDefault() => new ScrubberRegistry()
        .Add(BuiltInScrubbers.TempPath)
        .Add(BuiltInScrubbers.IsoDateTime)
        .Add(BuiltInScrubbers.Guid)
        .Add(BuiltInScrubbers.CacheBustingHash);

    public IReadOnlyList<Scrubber> Scrubbers => _scrubbers;

    public ScrubberRegistry Add(Scrubber scrubber)
    {
        _scrubbers.Add(scrubber);
        return this;
    }

    /// <summary>Adds a scrubber whose regex match becomes <c>{name_n}</c> (or <c>{name}</c> when not numbered).</summary>
    public ScrubberRegistry Add(string name, string pattern, bool numbered = true) =>
        Add(new Scrubber(name, pattern, numbered));

    public ScrubberRegistry Remove(string name)
    {
        _scrubbers.RemoveAll(s => s.Name == name);
        return this;
    }

    public string Apply(string text) => _scrubbers.Aggregate(text, (current, scrubber) => scrubber.Apply(current));
}
