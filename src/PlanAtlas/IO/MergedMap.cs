namespace PlanAtlas.IO;

/// <summary>
/// One dictionary of the entries of many (one per plan or place), sized up front: at national scale the result is a
/// large object, and each growth of an unsized one would be another (large objects are what set off a full collection).
/// </summary>
public static class MergedMap
{
    /// <remarks>A key in two parts (the same plan given twice) keeps the later part's value.</remarks>
    public static Dictionary<TKey, TValue> Of<TKey, TValue>(IReadOnlyCollection<IReadOnlyCollection<KeyValuePair<TKey, TValue>>> parts)
        where TKey : notnull
    {
        var merged = new Dictionary<TKey, TValue>(parts.Sum(p => p.Count));
        foreach (var (key, value) in parts.SelectMany(p => p))
        {
            merged[key] = value;
        }

        return merged;
    }
}
