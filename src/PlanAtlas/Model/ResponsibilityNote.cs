namespace PlanAtlas.Model;

/// <summary>The note that ends a provision: who leads, who takes part, and the catch-all phrases.</summary>
public sealed record ResponsibilityNote(
    string Written,
    IReadOnlyList<AgencyMention> Lead,
    IReadOnlyList<AgencyMention> Participants,
    IReadOnlyList<string> CatchAll)
{
    public bool IsEmpty => Lead.Count == 0 && Participants.Count == 0 && CatchAll.Count == 0;
}
