using System.Text;
using System.Text.Json;
using PlanAtlas.Search;

namespace PlanAtlas.Tests.Search;

internal sealed record QueryHit(string Ref, double Score);

/// <summary>One query's results: <c>Search</c> from lunr's query language, <c>All</c> from searchAll (every token required).</summary>
internal sealed record QueryResults(string Query, IReadOnlyList<QueryHit> Search, IReadOnlyList<QueryHit> All);

/// <summary>lunr.js, run by node, as the reference the C# writer is judged against.</summary>
internal static class LunrNode
{
    /// <summary>Builds the index with lunr.js, adding the documents in the writer's order (ordinal by ref).</summary>
    public static string BuildIndex(IReadOnlyList<SearchDocument> docs, LunrIndexOptions options)
    {
        var json = new StringBuilder();
        json.Append("{\"options\":{")
            .Append("\"titleBoost\":").Append(JsJson.FormatNumber(options.TitleBoost))
            .Append(",\"textBoost\":").Append(JsJson.FormatNumber(options.TextBoost))
            .Append(",\"planBoost\":").Append(JsJson.FormatNumber(options.PlanBoost))
            .Append(",\"pathBoost\":").Append(JsJson.FormatNumber(options.PathBoost))
            .Append(",\"b\":").Append(JsJson.FormatNumber(options.B))
            .Append(",\"k1\":").Append(JsJson.FormatNumber(options.K1))
            .Append("},\"documents\":[");
        var first = true;
        foreach (var doc in docs.OrderBy(d => d.Ref, StringComparer.Ordinal))
        {
            json.Append(first ? "{" : ",{");
            first = false;
            AppendProperty(json, "ref", doc.Ref, leadingComma: false);
            AppendProperty(json, "title", doc.Title);
            AppendProperty(json, "text", doc.Text);
            AppendProperty(json, "plan", doc.Plan);
            AppendProperty(json, "path", doc.Path);
            if (options.DocumentBoost is { } boost)
            {
                json.Append(",\"boost\":").Append(JsJson.FormatNumber(boost(doc)));
            }

            json.Append('}');
        }

        json.Append("]}");
        return SearchNodeRunner.Run("build-index.js", json.ToString());
    }

    public static IReadOnlyList<QueryResults> Query(string serializedIndex, IReadOnlyList<string> queries)
    {
        var json = new StringBuilder();
        json.Append("{\"index\":");
        JsJson.WriteString(json, serializedIndex);
        json.Append(",\"queries\":[");
        for (var i = 0; i < queries.Count; i++)
        {
            json.Append(i == 0 ? "" : ",");
            JsJson.WriteString(json, queries[i]);
        }

        json.Append("]}");
        using var output = JsonDocument.Parse(SearchNodeRunner.Run("query-index.js", json.ToString()));
        return output.RootElement.EnumerateArray()
            .Select(r => new QueryResults(
                JsonStringLiteral.Decode(r.GetProperty("query")),
                Hits(r.GetProperty("search")),
                Hits(r.GetProperty("all"))))
            .ToList();
    }

    private static List<QueryHit> Hits(JsonElement hits) =>
        hits.EnumerateArray()
            .Select(h => new QueryHit(JsonStringLiteral.Decode(h.GetProperty("ref")), h.GetProperty("score").GetDouble()))
            .ToList();

    private static void AppendProperty(StringBuilder json, string name, string value, bool leadingComma = true)
    {
        json.Append(leadingComma ? "," : "");
        JsJson.WriteString(json, name);
        json.Append(':');
        JsJson.WriteString(json, value);
    }
}
