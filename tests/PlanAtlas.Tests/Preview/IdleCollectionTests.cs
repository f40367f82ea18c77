using PlanAtlas.Preview;

namespace PlanAtlas.Tests.Preview;

/// <summary>The collection between rebuilds runs only when no build does, and holds the next build back while it runs.</summary>
public sealed class IdleCollectionTests
{
    [Fact]
    public async Task It_collects_after_the_delay_when_no_build_is_running_and_a_build_waits_for_it()
    {
        var building = new SemaphoreSlim(1, 1);
        var heldWhileCollecting = false;
        var collected = 0;

        await IdleCollection.After(TimeSpan.FromMilliseconds(10), building, () =>
        {
            heldWhileCollecting = building.CurrentCount == 0;
            collected++;
        }).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, collected);
        Assert.True(heldWhileCollecting);
        Assert.Equal(1, building.CurrentCount);
    }

    [Fact]
    public async Task It_leaves_a_running_build_alone()
    {
        var building = new SemaphoreSlim(1, 1);
        await building.WaitAsync();
        var collected = 0;

        await IdleCollection.After(TimeSpan.FromMilliseconds(10), building, () => collected++).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, collected);
        Assert.Equal(0, building.CurrentCount);
    }
}
