namespace PlanAtlas.Model;

/// <summary>
/// An agency named in a responsibility note. <see cref="Host"/> keeps a parenthesised host office
/// (州司法局（州委依法治州办）) as a note on the agency rather than a second agency.
/// </summary>
public sealed record AgencyMention(string Name, string? Host = null)
{
    public override string ToString() => Host is null ? Name : $"{Name}（{Host}）";
}
