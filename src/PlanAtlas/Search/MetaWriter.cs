using PlanAtlas.Routing;
using PlanAtlas.Write;

namespace PlanAtlas.Search;

/// <summary>
/// Writes <c>assets/search/meta.js</c>, the one data file the search page loads up front: how many shards and
/// documents, how documents map to plans and provinces, the measures, and the address patterns of results. It grows
/// by about three bytes a plan, so it stays small at the national scale.
/// </summary>
public static class MetaWriter
{
    public const int Format = 1;

    public static string PathOf() => $"{BuildSearchIndex.Folder}/meta.js";

    public static void Write(SearchCorpus corpus, int shardCount, int chunkCount, SiteFiles files)
    {
        var provinceIndex = corpus.Provinces.Select((p, i) => (p.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        files.Add(PathOf(), SearchScript.Call("setMeta", (string?)null, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteNumber("shards", shardCount);
            json.WriteNumber("documents", corpus.Documents.Count);
            json.WriteNumber("agencies", corpus.AgencyCount);
            json.WriteNumber("chunkSize", ChunkWriter.Size);
            json.WriteNumber("chunks", chunkCount);
            json.WriteString("planCounts", PostingCodec.EncodeNumbers(corpus.Plans.Select(p => p.DocumentCount)));
            json.WriteString("planProvinces", PostingCodec.EncodeNumbers(
                corpus.Plans.Select(p => p.Province is { } province ? provinceIndex[province.Code] + 1 : 0)));
            json.WriteStartArray("provinces");
            foreach (var province in corpus.Provinces)
            {
                json.WriteStartObject();
                json.WriteString("code", province.Code);
                json.WriteString("name", province.Name);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("topics");
            foreach (var topic in corpus.Topics)
            {
                json.WriteStartObject();
                json.WriteString("id", topic.Id);
                json.WriteString("title", topic.Title);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            // The groups of words a query word stands for (QueryExpansion): bounded by synonyms.yml and the registry.
            json.WriteStartArray("synonyms");
            foreach (var group in corpus.Expansion.Groups)
            {
                json.WriteStartArray();
                foreach (var word in group)
                {
                    json.WriteStringValue(word);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();

            // Patterns from the route map, so the engine never spells a site path itself.
            json.WriteStartObject("routes");
            json.WriteString("anchor", Routes.FromRoot(Routes.Anchor("{plan}", "{id}")));
            json.WriteString("page", Routes.FromRoot(Routes.Provision("{plan}", "{id}")));
            json.WriteString("agency", Routes.FromRoot(Routes.Agency("{id}")));
            json.WriteString("agencies", Routes.FromRoot(Routes.Agencies));
            json.WriteString("search", Routes.FromRoot(Routes.Search));
            json.WriteEndObject();
            json.WriteEndObject();
        }));
    }
}
