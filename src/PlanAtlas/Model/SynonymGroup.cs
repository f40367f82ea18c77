using PlanAtlas.Diagnostics;

namespace PlanAtlas.Model;

/// <summary>
/// One entry of <c>input/synonyms.yml</c>: words a reader may type for one and the same thing (法律援助, 法援), the
/// full form first. A search for any of them finds the others too.
/// </summary>
/// <param name="Location">Where the entry starts, for messages.</param>
public sealed record SynonymGroup(IReadOnlyList<string> Words, SourceLocation Location);
