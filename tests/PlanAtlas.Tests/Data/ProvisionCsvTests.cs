using System.Text;
using PlanAtlas.Data;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Data;

/// <summary>data/provisions.csv: one line per provision, the same values as the JSON.</summary>
[Collection(CorpusCollection.Name)]
public sealed class ProvisionCsvTests(CorpusFixture corpus)
{
    [Fact]
    public void Every_provision_is_one_row_with_the_values_of_the_json()
    {
        var rows = Rows();

        Assert.Equal(WriteProvisionCsv.Columns, rows[0]);
        Assert.Equal(178, rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(WriteProvisionCsv.Columns.Count, r.Count));

        using var plan = CorpusData.Plan(corpus, "quxian");
        var json = CorpusData.Provision(plan, "part_2__sec_1__art_1__para_1");
        var row = rows.Single(r => r[0] == "quxian" && r[1] == "part_2__sec_1__art_1__para_1");
        Assert.Equal(
            [
                "quxian", "part_2__sec_1__art_1__para_1", "二、（一）1.（1）", "加强宪法学习",
                json.GetProperty("text").GetString()!, json.GetProperty("topic").GetString()!,
                "县委办、县政府办、县委组织部、县司法局、县教育局", "县委党校",
                TestSettings.BaseUrl + "plans/quxian/part_2__sec_1__art_1__para_1/",
            ],
            row);
    }

    [Fact]
    public void Without_a_base_url_the_url_is_the_path_from_the_site_root()
    {
        var csv = new WriteProvisionCsv(DataStamp.None).Csv(corpus.Result.Site!);
        var rows = CsvRecords.Parse(Encoding.UTF8.GetString(csv, 3, csv.Length - 3));

        Assert.Equal("plans/dazu/part_1__sec_1/", rows[1][8]);
    }

    private List<List<string>> Rows()
    {
        var bytes = File.ReadAllBytes(CorpusData.PathOf(corpus, "provisions.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return CsvRecords.Parse(new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3));
    }
}
