using System.Text.Json;
using PlanAtlas.Write;

namespace PlanAtlas.Search;

/// <summary>
/// Writes the documents, <see cref="Size"/> at a time in site order, as <c>assets/search/docs/&lt;n&gt;.js</c>: what a
/// result shows and links to, and the title and text the page verifies a candidate against. A plan's number, slug,
/// label and names are written once per chunk and referred to by their place in it.
/// </summary>
public static class ChunkWriter
{
    /// <summary>Few documents a chunk: the first page of a rare word's results, scattered over the site, stays small.</summary>
    public const int Size = 4;

    public static string PathOf(int chunk) => $"{BuildSearchIndex.Folder}/docs/{chunk}.js";

    /// <param name="unchanged">Chunks a preview rebuild may keep as last written; none when null.</param>
    public static int Write(SearchCorpus corpus, SiteFiles files, Func<int, bool>? unchanged = null)
    {
        var topicIndex = corpus.Topics.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var chunks = corpus.Documents.Chunk(Size).ToList();
        for (var n = 0; n < chunks.Count; n++)
        {
            if (unchanged?.Invoke(n) == true && files.Keep(PathOf(n)))
            {
                continue;
            }

            var documents = chunks[n];
            var plans = documents.Select(d => d.Plan).OfType<SearchPlan>().Distinct().ToList();
            files.Add(PathOf(n), SearchScript.Call("addChunk", n, json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("plans");
                foreach (var plan in plans)
                {
                    json.WriteStartObject();
                    json.WriteNumber("n", plan.Number);
                    json.WriteString("slug", plan.Slug);
                    json.WriteString("label", plan.Label);
                    json.WriteStartArray("names");
                    foreach (var name in plan.Names)
                    {
                        json.WriteStringValue(name);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("docs");
                foreach (var document in documents)
                {
                    WriteDocument(json, document, plans, topicIndex);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }));
        }

        return chunks.Count;
    }

    private static void WriteDocument(Utf8JsonWriter json, SearchDocument document, List<SearchPlan> plans, Dictionary<string, int> topicIndex)
    {
        json.WriteStartObject();
        json.WriteString("k", document.Kind == SearchKind.Agency ? "a" : "p");
        if (document.Plan is { } plan)
        {
            json.WriteNumber("p", plans.IndexOf(plan));
        }

        json.WriteString("id", document.Id);
        if (document.Kind == SearchKind.Provision)
        {
            json.WriteString("n", document.NumberPath);
            json.WriteString("m", document.Marker);
        }

        json.WriteString("t", document.Title);
        json.WriteString("a", document.Context);
        json.WriteString("x", document.Text);
        if (document.Note.Length > 0)
        {
            json.WriteString("r", document.Note);
        }
        if (document.Topic is { } topic && topicIndex.TryGetValue(topic.Id, out var index))
        {
            json.WriteNumber("c", index);
        }

        json.WriteEndObject();
    }
}
