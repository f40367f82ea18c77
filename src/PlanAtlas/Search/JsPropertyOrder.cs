namespace PlanAtlas.Search;

/// <summary>
/// The order in which JavaScript enumerates an object's own keys: array-index keys ("0", "17")
/// first in ascending numeric order, then all other keys in insertion order. lunr serialises the
/// document refs of a posting in this order, so a ref like "12" moves ahead of "a".
/// </summary>
internal static class JsPropertyOrder
{
    public static IEnumerable<string> Order(IReadOnlyList<string> keysInInsertionOrder)
    {
        var indexKeys = new List<(uint Index, string Key)>();
        var otherKeys = new List<string>();
        foreach (var key in keysInInsertionOrder)
        {
            if (TryParseArrayIndex(key, out var index))
            {
                indexKeys.Add((index, key));
            }
            else
            {
                otherKeys.Add(key);
            }
        }

        if (indexKeys.Count == 0)
        {
            return otherKeys;
        }

        indexKeys.Sort((a, b) => a.Index.CompareTo(b.Index));
        return indexKeys.Select(k => k.Key).Concat(otherKeys);
    }

    // An array index is the canonical decimal form of an integer below 2^32 - 1.
    private static bool TryParseArrayIndex(string key, out uint index)
    {
        index = 0;
        if (key.Length is 0 or > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return false;
        }

        ulong value = 0;
        foreach (var c in key)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (ulong)(c - '0');
        }

        if (value >= uint.MaxValue)
        {
            return false;
        }

        index = (uint)value;
        return true;
    }
}
