using System.Text;

namespace PlanAtlas.Search;

/// <summary>
/// Builds a lunr.js 2.3.9 index at site-build time and writes it as the JSON that
/// <c>JSON.stringify(idx)</c> would produce, so the browser only runs <c>lunr.Index.load</c>.
/// Every step mirrors lunr.Builder (add, calculateAverageFieldLengths, createFieldVectors) and
/// lunr.Index.prototype.toJSON, including their iteration orders, because the tests demand a
/// byte-identical result from lunr.js itself.
/// </summary>
public static class LunrIndexWriter
{
    public const string LunrVersion = "2.3.9";

    /// <summary>
    /// The search-pipeline function that search-tokenizer.js registers: it splits a query term
    /// into the same bigrams as the index. The index-time pipeline stays empty (no stemmer or
    /// stop words, which only know English).
    /// </summary>
    public const string QueryPipelineFunction = "planAtlasQueryTokens";

    /// <summary>Field names in lunr's order; also the order the fields are tokenised in.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["title", "text", "plan", "path"];

    /// <summary>Serialises the index for <paramref name="docs"/>, taken in ordinal order of their refs.</summary>
    /// <exception cref="ArgumentException">Two documents share a ref.</exception>
    public static string Serialize(IReadOnlyList<SearchDocument> docs, LunrIndexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(docs);
        options ??= LunrIndexOptions.Default;
        var ordered = docs.OrderBy(d => d.Ref, StringComparer.Ordinal).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Ref == ordered[i - 1].Ref)
            {
                throw new ArgumentException($"Two search documents have the ref '{ordered[i].Ref}'.", nameof(docs));
            }
        }

        var postings = new Dictionary<string, Posting>(StringComparer.Ordinal);
        var fieldEntries = AddDocuments(ordered, options, postings);
        var json = new StringBuilder(1 << 16);
        json.Append("{\"version\":");
        JsJson.WriteString(json, LunrVersion);
        json.Append(",\"fields\":[");
        for (var f = 0; f < Fields.Count; f++)
        {
            json.Append(f == 0 ? "" : ",");
            JsJson.WriteString(json, Fields[f]);
        }

        json.Append("],\"fieldVectors\":");
        WriteFieldVectors(json, fieldEntries, postings, ordered.Count, options);
        json.Append(",\"invertedIndex\":");
        WriteInvertedIndex(json, postings);
        json.Append(",\"pipeline\":[");
        JsJson.WriteString(json, QueryPipelineFunction);
        json.Append("]}");
        return json.ToString();
    }

    /// <summary>lunr.Builder.prototype.add for every document: term indexes, postings, term frequencies.</summary>
    private static List<FieldEntry> AddDocuments(List<SearchDocument> docs, LunrIndexOptions options, Dictionary<string, Posting> postings)
    {
        var entries = new List<FieldEntry>(docs.Count * Fields.Count);
        foreach (var doc in docs)
        {
            var docBoost = LunrBoost(options.DocumentBoost?.Invoke(doc) ?? 1);
            for (var f = 0; f < Fields.Count; f++)
            {
                var terms = ChineseTokenizer.Tokenize(FieldValue(doc, f));
                var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var term in terms)
                {
                    frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
                    if (!postings.TryGetValue(term, out var posting))
                    {
                        // lunr numbers terms in order of first appearance; the number is the vector dimension.
                        posting = new Posting(postings.Count, Fields.Count);
                        postings.Add(term, posting);
                    }

                    var refs = posting.Refs[f];
                    if (refs.Count == 0 || refs[^1] != doc.Ref)
                    {
                        refs.Add(doc.Ref);
                    }
                }

                entries.Add(new FieldEntry(doc.Ref, f, terms.Count, frequencies, docBoost));
            }
        }

        return entries;
    }

    /// <summary>lunr.Builder.prototype.createFieldVectors: BM25 per term, rounded to three decimals.</summary>
    private static void WriteFieldVectors(StringBuilder json, List<FieldEntry> entries, Dictionary<string, Posting> postings, int documentCount, LunrIndexOptions options)
    {
        var b = Math.Clamp(options.B, 0, 1);
        var k1 = options.K1;
        double[] fieldBoosts = [LunrBoost(options.TitleBoost), LunrBoost(options.TextBoost), LunrBoost(options.PlanBoost), LunrBoost(options.PathBoost)];
        var averageLengths = new double[Fields.Count];
        foreach (var entry in entries)
        {
            averageLengths[entry.Field] += entry.Length;
        }

        for (var f = 0; f < Fields.Count; f++)
        {
            averageLengths[f] /= documentCount;
        }

        var idfCache = new Dictionary<string, double>(StringComparer.Ordinal);
        var vector = new List<(int Index, double Score)>();
        json.Append('[');
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            vector.Clear();
            foreach (var (term, tf) in entry.Frequencies)
            {
                var posting = postings[term];
                if (!idfCache.TryGetValue(term, out var idf))
                {
                    idf = Idf(posting, documentCount);
                    idfCache.Add(term, idf);
                }

                // Same operations in the same order as lunr, so the doubles agree bit for bit.
                var score = idf * ((k1 + 1) * tf) / (k1 * (1 - b + b * (entry.Length / averageLengths[entry.Field])) + tf);
                score *= fieldBoosts[entry.Field];
                score *= entry.DocumentBoost;
                vector.Add((posting.Index, JsMathRound(score * 1000) / 1000));
            }

            vector.Sort((x, y) => x.Index.CompareTo(y.Index));
            json.Append(e == 0 ? "[" : ",[");
            JsJson.WriteString(json, Fields[entry.Field] + "/" + entry.Ref);
            json.Append(",[");
            for (var i = 0; i < vector.Count; i++)
            {
                json.Append(i == 0 ? "" : ",")
                    .Append(JsJson.FormatNumber(vector[i].Index))
                    .Append(',')
                    .Append(JsJson.FormatNumber(vector[i].Score));
            }

            json.Append("]]");
        }

        json.Append(']');
    }

    /// <summary>lunr.Index.prototype.toJSON's inverted index: terms sorted by UTF-16 code units.</summary>
    private static void WriteInvertedIndex(StringBuilder json, Dictionary<string, Posting> postings)
    {
        var terms = postings.Keys.ToList();
        terms.Sort(StringComparer.Ordinal);
        json.Append('[');
        for (var t = 0; t < terms.Count; t++)
        {
            var posting = postings[terms[t]];
            json.Append(t == 0 ? "[" : ",[");
            JsJson.WriteString(json, terms[t]);
            json.Append(",{\"_index\":").Append(JsJson.FormatNumber(posting.Index));
            for (var f = 0; f < Fields.Count; f++)
            {
                json.Append(',');
                JsJson.WriteString(json, Fields[f]);
                json.Append(":{");
                var first = true;
                foreach (var docRef in JsPropertyOrder.Order(posting.Refs[f]))
                {
                    json.Append(first ? "" : ",");
                    JsJson.WriteString(json, docRef);
                    json.Append(":{}");
                    first = false;
                }

                json.Append('}');
            }

            json.Append("}]");
        }

        json.Append(']');
    }

    /// <summary>
    /// lunr.idf. Math.Log comes from the platform's C library; V8's Math.log is a port of fdlibm,
    /// and on Linux the two differ by one ulp for about one idf input in ten. Scores are rounded
    /// to three decimals, so that shows only if a score falls within ~1e-12 of a rounding midpoint
    /// (the current corpus was checked with every log nudged by ±1 ulp and did not change); the
    /// oracle test would catch it.
    /// </summary>
    private static double Idf(Posting posting, int documentCount)
    {
        var documentsWithTerm = 0;
        foreach (var refs in posting.Refs)
        {
            documentsWithTerm += refs.Count;
        }

        var x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    /// <summary>JavaScript's Math.round: halves go towards +∞, unlike Math.Round's banker's rounding.</summary>
    private static double JsMathRound(double x)
    {
        var floor = Math.Floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    // lunr reads boosts as `boost || 1`, so 0 and NaN mean "no boost".
    private static double LunrBoost(double boost) => boost == 0 || double.IsNaN(boost) ? 1 : boost;

    private static string FieldValue(SearchDocument doc, int field) => field switch
    {
        0 => doc.Title,
        1 => doc.Text,
        2 => doc.Plan,
        _ => doc.Path,
    };

    private sealed class Posting(int index, int fieldCount)
    {
        public int Index { get; } = index;

        /// <summary>Per field, the refs of documents holding the term, in insertion order.</summary>
        public List<string>[] Refs { get; } = Enumerable.Range(0, fieldCount).Select(_ => new List<string>()).ToArray();
    }

    private sealed record FieldEntry(string Ref, int Field, int Length, Dictionary<string, int> Frequencies, double DocumentBoost);
}
