using System.Text.Json;
using PlanAtlas.Data;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Data;

/// <summary>
/// Site-wide JSON files are joined from parts serialized on their own (JsonPart): the file must be byte for byte what
/// serializing the same values as plain lists gives, and a joined list read back must hold the same items.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class JsonPartsTests(CorpusFixture corpus)
{
    [Fact]
    public void Topics_and_agencies_joined_from_parts_serialize_as_their_plain_lists_do()
    {
        var site = corpus.Result.Site!;
        var topics = WriteTopicData.ToData(site);
        var agencies = WriteAgencyData.ToData(site.Agencies);
        Assert.IsType<SplicedList<TopicProvisionData>>(topics.Topics[0].Provisions);

        // Enumerating a joined list deserializes its parts: plain lists of the very items the parts were made from.
        var plainTopics = topics with
        {
            Topics = topics.Topics.Select(t => t with { Provisions = t.Provisions.ToList() }).ToList(),
            Unplaced = topics.Unplaced.ToList(),
        };
        var plainAgencies = agencies with { Agencies = agencies.Agencies.ToList() };

        Assert.Contains(plainTopics.Topics, t => t.Provisions.Count > 1);
        Assert.NotEmpty(plainAgencies.Agencies);
        Assert.Equal(Serialized(plainTopics), Serialized(topics));
        Assert.Equal(Serialized(plainAgencies), Serialized(agencies));
        Assert.Equal(
            topics.Topics.Sum(t => t.Provisions.Count) + topics.Unplaced.Count,
            site.Plans.Sum(p => p.Provisions.Count));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void A_part_is_indented_for_the_depth_its_list_stands_at_whatever_depth_it_was_made_for(int madeFor)
    {
        // Texts with a line break and quotes: the serializer escapes them, so re-indenting must not touch them.
        AgencyData[] first = [Agency("一", "甲", "乙\n丙"), Agency("二")];
        AgencyData[] second = [Agency("三", "\"引号\"")];
        var parts = new SplicedList<AgencyData>([JsonPart.Of(first, madeFor), JsonPart.Of(Array.Empty<AgencyData>(), madeFor), JsonPart.Of(second, madeFor)]);

        // The agencies list stands at depth 2 of its file, whatever depth the parts were made for.
        var spliced = Serialized(new AgenciesData([], parts));
        var plain = Serialized(new AgenciesData([], [.. first, .. second]));

        Assert.Equal(plain, spliced);
        Assert.Equal(3, parts.Count);
        Assert.Equal("乙\n丙", parts[0].Written[1]);
    }

    private static AgencyData Agency(string slug, params string[] written) =>
        new(slug, slug, Kind: null, Registered: false, "place", JurisdictionCode: null, written, $"agencies/{slug}/", [new AgencyPlanData("plan", ["p1"], [])]);

    private static string Serialized<T>(T value) => JsonSerializer.Serialize(value, OpenDataJson.Options);
}
