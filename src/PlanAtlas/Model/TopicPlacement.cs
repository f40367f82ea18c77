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
public sealed record TopicPlacement(Topic? Topic, double Score, PlacementSource Source)
{
    /// <summary>
    /// A machine placement scoring below this is shown as uncertain. On the five real plans the scores run 0.15,
    /// 0.20, 0.28, then 0.31 and up: the 0.15 is wrong (上海 七、（二十八）基层法治队伍 under （十五）公共法律服务),
    /// the 0.20 and 0.28 are loose fits (形成网络共治合力 under 安全用网, 完善推进机制 under 统筹协调), from 0.31 on
    /// the placements read right.
    /// </summary>
    public const double UncertainBelow = 0.3;

    /// <summary>Placed by the machine with a low score: the pages say the correspondence is uncertain.</summary>
    public bool IsUncertain => Topic is not null && Source is PlacementSource.Aligned or PlacementSource.Inherited && Score < UncertainBelow;
}
