namespace PlanAtlas.Render.Compare;

/// <summary>The root paths of the comparison pages (rewritten to relative file links after rendering).</summary>
public static class ComparePaths
{
    public const string Index = "/compare/";

    public static string Topic(string topicId) => $"/compare/{topicId}/";

    /// <summary>A plan's column on a measure's page.</summary>
    public static string Column(string topicId, string slug) => Topic(topicId) + "#" + ColumnId(slug);

    public static string ColumnId(string slug) => "plan-" + slug;

    /// <summary>
    /// Two plans' comparison: <c>/compare/constitution/gansu--quxian/</c>. Slugs never hold two hyphens in a row,
    /// so the pair is unambiguous.
    /// </summary>
    public static string Pair(string topicId, string left, string right) => $"/compare/{topicId}/{left}--{right}/";

    /// <summary>A plan's list of local measures (provisions matching no measure) on the index.</summary>
    public static string Local(string slug) => Index + "#" + LocalId(slug);

    public static string LocalId(string slug) => "local-" + slug;
}
