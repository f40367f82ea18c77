using PlanAtlas.Diagnostics;

namespace PlanAtlas.Model;

/// <summary>A person's decision in the front matter (<c>topics: {provision id: topic id}</c>), with where it is written.</summary>
public sealed record TopicOverride(string Topic, SourceLocation ProvisionAt, SourceLocation TopicAt);
