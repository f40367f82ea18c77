namespace PlanAtlas.Model.Agencies;

/// <summary>What a responsibility note makes an agency do for a measure.</summary>
public enum AgencyRole
{
    /// <summary>Named before the plan's separator, or after 牵头单位：.</summary>
    Lead,

    /// <summary>Named after the separator, or after 参加单位：.</summary>
    Participant,
}
