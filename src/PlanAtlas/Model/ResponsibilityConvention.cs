namespace PlanAtlas.Model;

/// <summary>How a plan's responsibility notes tell leading agencies from participating ones.</summary>
public enum ResponsibilityConvention
{
    /// <summary>Not declared: an unlabelled note cannot be split.</summary>
    None,

    /// <summary>Agencies before the first semicolon lead (渠县: "分号前的为牵头单位").</summary>
    Semicolon,

    /// <summary>Agencies before the first comma lead (凉山州: "逗号前为牵头单位").</summary>
    Comma,

    /// <summary>Each note labels its parts (大足区: 牵头单位：…；参加单位：…).</summary>
    Labelled,
}
