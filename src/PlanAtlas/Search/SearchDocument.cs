namespace PlanAtlas.Search;

/// <summary>One searchable provision. <paramref name="Ref"/> is what a search result links back to.</summary>
public sealed record SearchDocument(string Ref, string Title, string Text, string Plan, string Path);
