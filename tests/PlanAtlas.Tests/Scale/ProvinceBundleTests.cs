using System.IO.Compression;
using System.Text.Json;
using PlanAtlas.Bundle;
using PlanAtlas.Check;
using PlanAtlas.Diagnostics;
using PlanAtlas.Pipeline;

namespace PlanAtlas.Tests.Scale;

/// <summary>A trainer's bundle of one province: its own plans, its own search shards, nothing broken offline.</summary>
[Collection(ScaleSiteCollection.Name)]
public sealed class ProvinceBundleTests(ScaleSiteFixture scale)
{
    [Fact]
    public void A_province_bundle_keeps_the_plans_at_or_under_it_and_searches_only_them()
    {
        // Given the province with the most plans at or under it
        var province = scale.Paging.Tree.Root.Children.Where(n => n.Place is not null).MaxBy(n => n.Count)!;
        var expected = province.AllPlans.Select(p => p.Slug).Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.Count >= 2);

        // When it is bundled by its code
        var zip = Path.Combine(scale.Temp.Root, $"province-{province.Key}.zip");
        var result = new BuildBundle(new BuildContext(scale.Temp.Settings(), scale.Temp.Root) { BuildDate = TempSite.BuildDate })
            .Run(new BundleOptions(zip, Places: new HashSet<string> { province.Key }));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var unzipped = Path.Combine(scale.Temp.Root, $"province-{province.Key}");
        ZipFile.ExtractToDirectory(zip, unzipped);
        var folder = Path.Combine(unzipped, $"plan-atlas-{province.Key}");
        Assert.Equal([folder], Directory.GetFileSystemEntries(unzipped)); // one folder named after the subset, no loose files

        // Then its plan pages are those plans', its search chunks name only them, and every link resolves offline
        Assert.Equal(expected, Directory.GetDirectories(Path.Combine(folder, "plans")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var searched = Directory.GetFiles(Path.Combine(folder, "assets", "search", "docs"), "*.js").SelectMany(file =>
        {
            var text = File.ReadAllText(file);
            using var chunk = JsonDocument.Parse(text[text.IndexOf('{')..(text.LastIndexOf('}') + 1)]);
            return chunk.RootElement.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("slug").GetString()!).ToList();
        }).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, searched);
        var diagnostics = new DiagnosticBag();
        new CheckLinks(folder, "bundle", diagnostics).Run();
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_place_without_plans_is_refused_by_name()
    {
        var zip = Path.Combine(scale.Temp.Root, "nowhere.zip");
        var result = new BuildBundle(new BuildContext(scale.Temp.Settings(), scale.Temp.Root) { BuildDate = TempSite.BuildDate })
            .Run(new BundleOptions(zip, Places: new HashSet<string> { "999999" }));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("'999999'", StringComparison.Ordinal));
        Assert.False(File.Exists(zip));
    }
}
