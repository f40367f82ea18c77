using System.Text;
using System.Text.Json;
using PlanAtlas.Data;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Tests.Data;
using PlanAtlas.Tests.Infrastructure;

// Not PlanAtlas.Tests.Render: that namespace would hide PlanAtlas.Render from code that writes Render.RenderContext.

namespace PlanAtlas.Tests.Rendering.Agencies;

/// <summary>data/agencies.json and data/agency-provisions.csv of the real corpus.</summary>
[Collection(CorpusCollection.Name)]
public sealed class AgencyDataTests(CorpusFixture site)
{
    [Fact]
    public void The_csv_starts_with_a_byte_order_mark_and_parses_as_rfc_4180()
    {
        // Given the CSV as written
        var bytes = File.ReadAllBytes(Path.Combine(site.Output, "data", "agency-provisions.csv"));

        // Then it starts with the UTF-8 BOM, and its records have the columns of the design
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var records = CsvRecords.Parse(new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(["agency", "agency_slug", "kind", "plan", "provision_id", "provision_title", "role", "url"], records[0]);
        var rows = records.Skip(1).ToList();
        Assert.Equal(site.Index.Agencies.Sum(a => a.Assignments.Count), rows.Count);
        Assert.All(rows, r => Assert.Equal(8, r.Count));
        Assert.All(rows, r => Assert.Contains(r[6], new[] { "lead", "participant" }));
        Assert.All(rows, r => Assert.True(File.Exists(Path.Combine(site.Output, r[7], "index.html")), r[7]));
        Assert.DoesNotContain(rows, r => r[3] is "gansu" or "shanghai");

        // And a known row reads back exactly, Chinese included
        Assert.Contains(rows, r => r.SequenceEqual(["渠县司法局", "quxian-justice", "justice", "quxian", "part_2__sec_1__art_1__para_1", "加强宪法学习", "lead", "plans/quxian/part_2__sec_1__art_1__para_1/"]));
        Assert.Equal(27, rows.Count(r => r[1] == "quxian-justice" && r[6] == "lead"));
    }

    [Fact]
    public void The_json_gives_each_agency_its_kind_plans_and_measures()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "data", "agencies.json")));
        var root = doc.RootElement;
        Assert.Equal(["schemaVersion", "generated", "license", "kinds", "agencies"], root.EnumerateObject().Select(p => p.Name));

        var justiceKind = root.GetProperty("kinds").EnumerateArray().Single(k => k.GetProperty("id").GetString() == "justice");
        Assert.Equal("司法行政机关", justiceKind.GetProperty("name").GetString());
        Assert.Equal(["liangshan-justice", "quxian-justice", "dazu-justice"], justiceKind.GetProperty("agencies").EnumerateArray().Select(e => e.GetString()));

        var agencies = root.GetProperty("agencies").EnumerateArray().ToList();
        Assert.Equal(site.Index.Agencies.Count, agencies.Count);
        var quxian = agencies.Single(a => a.GetProperty("slug").GetString() == "quxian-justice");
        Assert.Equal(["slug", "name", "kind", "registered", "jurisdiction", "jurisdictionCode", "written", "url", "plans"], quxian.EnumerateObject().Select(p => p.Name));
        Assert.Equal("渠县司法局", quxian.GetProperty("name").GetString());
        Assert.Equal("justice", quxian.GetProperty("kind").GetString());

        // The 县 of 县司法局 resolves to 渠县's GB/T 2260 code, so the same kind compares across places by code
        Assert.Equal("511725", quxian.GetProperty("jurisdictionCode").GetString());
        var codes = justiceKind.GetProperty("agencies").EnumerateArray()
            .Select(slug => agencies.Single(a => a.GetProperty("slug").GetString() == slug.GetString()).GetProperty("jurisdictionCode").GetString());
        Assert.Equal(["513400", "511725", "500111"], codes);
        Assert.Equal("agencies/quxian-justice/", quxian.GetProperty("url").GetString());
        var plan = Assert.Single(quxian.GetProperty("plans").EnumerateArray().ToList());
        Assert.Equal("quxian", plan.GetProperty("plan").GetString());
        Assert.Equal(27, plan.GetProperty("lead").GetArrayLength());
        Assert.Equal(3, plan.GetProperty("participant").GetArrayLength());
        Assert.Equal("part_2__sec_1__art_1__para_1", plan.GetProperty("lead")[0].GetString());
    }

    [Fact]
    public void An_empty_index_writes_a_header_only_csv()
    {
        var bytes = WriteAgencyData.Csv(AgencyIndex.Empty);

        Assert.Equal("\uFEFFagency,agency_slug,kind,plan,provision_id,provision_title,role,url\r\n", Encoding.UTF8.GetString(bytes));
    }
}
