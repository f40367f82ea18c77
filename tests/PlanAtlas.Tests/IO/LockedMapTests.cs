using PlanAtlas.IO;

namespace PlanAtlas.Tests.IO;

/// <summary>The map every render thread records its pages in: nothing is lost between threads, and reading it while it is written is safe.</summary>
public sealed class LockedMapTests
{
    [Fact]
    public void Entries_added_from_many_threads_at_once_are_all_there_once()
    {
        var map = new LockedMap<string, long>(comparer: StringComparer.Ordinal);
        var added = 0;
        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (map.TryAdd($"page-{i % 10_000}.html", i % 10_000))
            {
                Interlocked.Increment(ref added);
            }
        });

        Assert.Equal(10_000, added);
        Assert.Equal(10_000, map.Count);
        Assert.Equal(Enumerable.Range(0, 10_000).Sum(i => (long)i), map.Sum(v => v));
        Assert.Equal(1234, map["page-1234.html"]);
    }

    [Fact]
    public void Keys_are_read_as_they_stood_so_the_map_may_be_written_meanwhile()
    {
        var map = new LockedMap<string, int>(comparer: StringComparer.Ordinal);
        foreach (var i in Enumerable.Range(0, 100))
        {
            map[$"data/{i}.json"] = i;
            map[$"plans/{i}.html"] = i;
        }

        var read = new List<string>();
        foreach (var key in map.KeysWhere(k => k.StartsWith("data/", StringComparison.Ordinal)))
        {
            read.Add(key);
            map[$"data/new-{key}"] = 0; // a plain Dictionary would throw here
        }

        Assert.Equal(100, read.Count);
        Assert.All(read, k => Assert.StartsWith("data/", k));
        Assert.Equal(300, map.Count);

        var entries = 0;
        foreach (var (key, _) in map)
        {
            map.TryRemove(key);
            entries++;
        }

        Assert.Equal(300, entries);
        Assert.Empty(map);
    }

    [Fact]
    public void A_copy_has_every_entry_and_is_written_apart_from_the_original()
    {
        var last = new LockedMap<string, int[]?>(comparer: StringComparer.Ordinal);
        foreach (var i in Enumerable.Range(0, 1000))
        {
            last[$"plans/p{i}/index.html"] = i % 7 == 0 ? null : [i];
        }

        var copy = LockedMap<string, int[]?>.CopyOf(last);
        Assert.Equal(last.OrderBy(e => e.Key, StringComparer.Ordinal), copy.OrderBy(e => e.Key, StringComparer.Ordinal));

        copy["plans/p1/index.html"] = [42];
        copy.TryRemove("plans/p2/index.html");
        last["plans/new/index.html"] = [0];
        Assert.Equal([1], last["plans/p1/index.html"]!);
        Assert.True(last.ContainsKey("plans/p2/index.html"));
        Assert.False(copy.ContainsKey("plans/new/index.html"));
        Assert.Equal([42], copy["plans/p1/index.html"]!);

        // Still ordinal: a key that differs only in case is another key.
        Assert.False(copy.ContainsKey("PLANS/p3/index.html"));
    }
}
