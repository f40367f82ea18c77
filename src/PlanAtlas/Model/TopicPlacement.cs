namespace PlanAtlas.Model;

/// <summary>How a provision got its topic.</summary>
public enum PlacementSource
{
    /// <summary>Alignment found no topic scoring above the threshold: a local measure.</summary>
    Unplaced,

    /// <summary>The provision's own title, text and place scored best for this topic.</summary>
    Aligned,

    /// <summary>The group heading above the provision matches the topic (渠县 1.维护宪法权威 → its （1）–（3）).</summary>
    Inherited,

    /// <summary>The plan's front matter names the topic (<c>topics: {id: topic}</c>).</summary>
    Override,
}

/// <summary>The topic of one provision, with the alignment score (0–1) that placed it.</summary>
public sealed record TopicPlacement(Topic? Topic, double Score, PlacementSource Source);
