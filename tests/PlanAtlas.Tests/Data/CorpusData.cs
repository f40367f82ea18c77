using System.Text.Json;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Data;

/// <summary>Reads the files under data/ of the corpus build.</summary>
public static class CorpusData
{
    public static readonly string[] Slugs = ["dazu", "gansu", "liangshan", "quxian", "shanghai"];

    public static string PathOf(CorpusFixture corpus, string relative) => Path.Combine(corpus.Output, "data", relative);

    public static JsonDocument Json(CorpusFixture corpus, string relative) => JsonDocument.Parse(File.ReadAllText(PathOf(corpus, relative)));

    public static JsonDocument Plan(CorpusFixture corpus, string slug) => Json(corpus, $"plans/{slug}.json");

    public static JsonElement Provision(JsonDocument plan, string id) =>
        plan.RootElement.GetProperty("provisions").EnumerateArray().Single(p => p.GetProperty("id").GetString() == id);
}
