using System.Text.Json.Nodes;
using AngleSharp.Dom;
using PlanAtlas.Bundle;
using PlanAtlas.Check;
using PlanAtlas.Data;
using PlanAtlas.Pipeline;
using PlanAtlas.Render;
using PlanAtlas.Render.Pages;
using PlanAtlas.Routing;
using PlanAtlas.Tests.Infrastructure;
using PlanAtlas.Write;

namespace PlanAtlas.Tests.Rendering.Pages;

/// <summary>The data page (/data/): computed from the files the data stage wrote, each listed once with a working schema link.</summary>
[Collection(CorpusCollection.Name)]
public sealed class DataIndexPageTests(CorpusFixture corpus)
{
    private const string PageFile = "data/index.html";

    [Fact]
    public void The_data_page_lists_every_written_data_file_exactly_once_with_its_description_format_and_size()
    {
        // Given the files the build wrote under data/ (the page itself aside)
        var written = DataFilesIn(corpus.Output);
        Assert.Contains("data/plans/quxian.json", written);
        Assert.Contains("data/akn/gansu.xml", written);
        Assert.Contains("data/schemas/plan.schema.json", written);

        // Then the page has one row per file, in the same order, each link leading to that file
        var rows = Rows(Page(corpus.Read(PageFile)), PageFile);
        Assert.Equal(written, rows.Select(r => r.File).ToList());
        foreach (var row in rows)
        {
            Assert.True(File.Exists(Path.Combine(corpus.Output, row.File)), row.File);
            Assert.Equal(new FileInfo(Path.Combine(corpus.Output, row.File)).Length, row.Bytes);
            Assert.NotEqual("—", row.Description); // every kind the build writes today is described
            Assert.False(string.IsNullOrWhiteSpace(row.Format), row.File);
        }

        Assert.Contains("渠县法治社会建设实施方案", rows.Single(r => r.File == "data/plans/quxian.json").Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_json_file_with_a_schema_links_to_it_and_the_schema_describes_that_file()
    {
        var rows = Rows(Page(corpus.Read(PageFile)), PageFile);

        // Every plan JSON, topics.json and agencies.json link their schema; CSV, XML and the schemas themselves do not
        foreach (var row in rows)
        {
            var expected = row.File switch
            {
                _ when row.File.StartsWith("data/plans/", StringComparison.Ordinal) => "data/schemas/plan.schema.json",
                "data/topics.json" => "data/schemas/topics.schema.json",
                "data/agencies.json" => "data/schemas/agencies.schema.json",
                _ => null,
            };
            Assert.True(expected == row.Schema, $"{row.File}: schema {row.Schema ?? "none"}, expected {expected ?? "none"}");
            if (row.Schema is { } schemaFile)
            {
                // The link works, and the schema says which files it describes: this one
                var schema = JsonNode.Parse(corpus.Read(schemaFile))!.AsObject();
                var describes = schema["title"]!.GetValue<string>();
                Assert.True(describes == row.File || describes.Replace("<slug>", Path.GetFileNameWithoutExtension(row.File), StringComparison.Ordinal) == row.File,
                    $"{schemaFile} describes {describes}, not {row.File}");
            }
        }

        // And every schema the build writes is linked from at least one file
        Assert.All(WriteDataSchemas.Schemas, s => Assert.Contains(rows, r => r.Schema == WriteDataSchemas.PathOf(s.Name)));
    }

    [Fact]
    public void The_page_states_the_schema_version_and_the_licence_and_is_linked_from_the_about_page_and_every_footer()
    {
        var page = Page(corpus.Read(PageFile));
        var stamp = page.QuerySelector(".data-stamp")!.TextContent;
        Assert.Contains(DataStamp.CurrentSchemaVersion, stamp, StringComparison.Ordinal);
        Assert.Contains(corpus.RenderContext.Settings.DataLicense, stamp, StringComparison.Ordinal);

        var about = Page(corpus.Read("about/index.html"));
        Assert.Contains(about.QuerySelectorAll("main a[href]"), a => a.GetAttribute("href") == "../data/index.html");
        foreach (var file in new[] { "index.html", "plans/gansu/index.html", "search/index.html" })
        {
            var footer = Page(corpus.Read(file)).QuerySelector(".site-footer")!;
            var link = footer.QuerySelectorAll("a[href]").Single(a => a.TextContent == "开放数据").GetAttribute("href")!;
            Assert.Equal(PageFile, RelativeLinks.Resolve(file, link));
        }
    }

    [Fact]
    public void A_file_the_catalogue_does_not_know_is_listed_too_with_its_format_and_no_description()
    {
        // Given a data stage that wrote one more file, of a kind nobody described
        var files = new SiteFiles();
        files.Add("data/plans/gansu.json", "{}");
        files.Add("data/schemas/plan.schema.json", "{}");
        files.Add("data/extra/statistics.parquet", new byte[2048]);
        files.Add("assets/css/site.css", "body{}");

        var model = new DataIndexPage(corpus.RenderContext, files).Model(corpus.Site);

        // Then it is listed like the others, and nothing outside data/ is
        Assert.Equal(["data/extra/statistics.parquet", "data/plans/gansu.json", "data/schemas/plan.schema.json"], model.Files.Select(f => f.Path));
        var extra = model.Files[0];
        Assert.Null(extra.Description);
        Assert.Equal("PARQUET", extra.Format);
        Assert.Equal("2.0 KB", extra.Size);
        Assert.Null(extra.SchemaHref);
        Assert.Equal(Routes.DataFile("data/schemas/plan.schema.json"), model.Files[1].SchemaHref);
    }

    [Fact]
    public void A_json_file_whose_schema_was_not_written_gets_no_schema_link()
    {
        var files = new SiteFiles();
        files.Add("data/plans/gansu.json", "{}");

        var model = new DataIndexPage(corpus.RenderContext, files).Model(corpus.Site);

        Assert.Null(Assert.Single(model.Files).SchemaHref);
    }

    [Fact]
    public void A_subset_bundle_lists_only_the_data_files_it_keeps()
    {
        // Given a bundle of two plans, built in memory by the same pipeline
        using var site = new TempSite();
        site.CopyRealInput();
        var context = new BuildContext(site.Settings(), site.Root) { BuildDate = TempSite.BuildDate };
        var options = new BundleOptions(Path.Combine(site.Root, "x.zip"), Plans: new HashSet<string> { "quxian", "dazu" });
        var (result, files) = new SitePipeline(context).BuildFiles(model => new BundleSelection(model, options, context.Settings.BaseUrl));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        // Then its data page lists exactly the data files the bundle holds: those plans' JSON and XML, not the others'
        var kept = files!.Paths.Where(p => p.StartsWith("data/", StringComparison.Ordinal) && p != PageFile).ToList();
        var rows = Rows(Page(files.GetText(PageFile)), PageFile);
        Assert.Equal(kept, rows.Select(r => r.File).ToList());
        Assert.Contains("data/plans/quxian.json", kept);
        Assert.Contains("data/akn/dazu.xml", kept);
        Assert.DoesNotContain(kept, p => p.Contains("gansu", StringComparison.Ordinal) || p.Contains("shanghai", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, "0 字节")]
    [InlineData(1023, "1023 字节")]
    [InlineData(1024, "1.0 KB")]
    [InlineData(158261, "154.6 KB")]
    [InlineData(3 * 1024 * 1024 + 104858, "3.1 MB")]
    public void Sizes_are_written_in_bytes_kb_or_mb(long bytes, string expected) => Assert.Equal(expected, DataIndexPage.Size(bytes));

    [Theory]
    [InlineData("data/plans/gansu.json", "data/schemas/plan.schema.json")]
    [InlineData("data/topics.json", "data/schemas/topics.schema.json")]
    [InlineData("data/agencies.json", "data/schemas/agencies.schema.json")]
    [InlineData("data/plans/deeper/gansu.json", null)]
    [InlineData("data/plans/gansu.xml", null)]
    [InlineData("data/provisions.csv", null)]
    [InlineData("data/schemas/plan.schema.json", null)]
    public void A_files_schema_comes_from_what_the_schema_writer_says_it_describes(string file, string? schema) =>
        Assert.Equal(schema, DataFileKinds.SchemaOf(file));

    private static List<string> DataFilesIn(string output) =>
        Directory.GetFiles(Path.Combine(output, "data"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => f != PageFile)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IDocument Page(string html) => HtmlDocuments.Parse(html);

    private sealed record Row(string File, string Description, string Format, long Bytes, string? Schema);

    /// <summary>The table's rows, each link resolved from the page to a path in the site.</summary>
    private static List<Row> Rows(IDocument page, string pageFile) =>
        page.QuerySelectorAll("table.data-files tbody tr").Select(tr =>
        {
            var cells = tr.Children;
            var file = RelativeLinks.Resolve(pageFile, cells[0].QuerySelector("a")!.GetAttribute("href")!)!;
            var schema = cells[4].QuerySelector("a")?.GetAttribute("href") is { } href ? RelativeLinks.Resolve(pageFile, href) : null;
            return new Row(file, cells[1].TextContent, cells[2].TextContent, long.Parse(cells[3].GetAttribute("data-bytes")!, System.Globalization.CultureInfo.InvariantCulture), schema);
        }).ToList();
}
