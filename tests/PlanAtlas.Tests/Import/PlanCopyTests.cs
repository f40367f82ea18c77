using PlanAtlas.Diagnostics;
using PlanAtlas.Import;
using PlanAtlas.Load;
using PlanAtlas.Structure;

namespace PlanAtlas.Tests.Import;

/// <summary>
/// Copies of the real plans in the forms they are found elsewhere import to the same provisions (ids,
/// numbers, titles, texts) as the clean originals, with title, issuer, date and level detected.
/// Texts are compared with their paragraphs run together, as a flattened copy can only give them.
/// </summary>
public sealed class PlanCopyTests
{
    public static IEnumerable<object[]> Sources =>
        new[] { Path.Combine(RepoPaths.Input, "sources"), Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "plans-raw")) }
            .Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.txt"))
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_notice_header_copy_without_blank_lines_gives_the_clean_provisions_and_the_notice_metadata(string source)
    {
        var (clean, paragraphs) = PlanCopies.Clean(File.ReadAllText(source));

        var copy = Import(PlanCopies.NoticeHeader(clean, paragraphs), out var diagnostics);

        AssertSameProvisions(Provisions(clean.Markdown), Provisions(copy.Markdown));
        Assert.Equal(clean.FrontMatter.Title, copy.FrontMatter.Title);
        Assert.Equal(clean.FrontMatter.Level, copy.FrontMatter.Level);
        Assert.Equal(clean.FrontMatter.Status, copy.FrontMatter.Status);
        Assert.Equal(PlanCopies.Issuer(clean), copy.FrontMatter.Issuer);
        Assert.Equal(PlanCopies.IssuedText(clean), DateOnly.Parse(copy.FrontMatter.Issued!, System.Globalization.CultureInfo.InvariantCulture).ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, copy.Metadata.FoundAt["title"]);
        Assert.Equal(4, copy.Metadata.FoundAt["issuer"]);
        Assert.Equal(4, copy.Metadata.FoundAt["issued"]);
        Assert.DoesNotContain("印发给你们", copy.Markdown);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.MetadataNotFound && d.Message.Contains("title"));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_copy_numbered_1_comma_gives_the_clean_provisions(string source)
    {
        var (clean, paragraphs) = PlanCopies.Clean(File.ReadAllText(source));

        var copy = Import(PlanCopies.CommaNumbered(clean, paragraphs), out var diagnostics);

        AssertSameProvisions(Provisions(clean.Markdown), Provisions(copy.Markdown));
        Assert.Equal(clean.FrontMatter.Title, copy.FrontMatter.Title);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.MixedMarkerForms);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_flattened_sharing_site_copy_gives_the_clean_provisions(string source)
    {
        var (clean, paragraphs) = PlanCopies.Clean(File.ReadAllText(source));
        var expected = Provisions(clean.Markdown);

        foreach (var (seed, chunkPerLine) in new[] { (1, false), (2, false), (3, false), (4, true), (5, true) })
        {
            var copy = Import(PlanCopies.Flattened(clean, paragraphs, seed, chunkPerLine, out var chunks), out var diagnostics);

            AssertSameProvisions(expected, Provisions(copy.Markdown));
            Assert.Equal(clean.FrontMatter.Title, copy.FrontMatter.Title);
            Assert.Equal(clean.FrontMatter.Level, copy.FrontMatter.Level);
            Assert.Equal(chunks, diagnostics.Items.Count(d => d.Code == DiagnosticCodes.PageChunkPrefix));
            Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.SharingSiteChrome);
            Assert.Contains(diagnostics.Items, d => d.Code == DiagnosticCodes.MarkerRecovered && d.Severity == Severity.Warning);
            Assert.True(copy.Statistics.MarkersRecovered >= expected.Count, $"{copy.Statistics.MarkersRecovered} markers recovered for {expected.Count} provisions");
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_sharing_site_copy_of_the_raw_text_with_its_page_chrome_and_notice_gives_the_clean_provisions(string source)
    {
        var raw = File.ReadAllText(source);
        var (clean, _) = PlanCopies.Clean(raw);

        var copy = Import(PlanCopies.FlattenedRaw(raw, seed: 11, out var chunks), out var diagnostics);

        AssertSameProvisions(Provisions(clean.Markdown), Provisions(copy.Markdown));
        Assert.Equal(clean.FrontMatter.Title, copy.FrontMatter.Title);
        Assert.Equal(clean.FrontMatter.Level, copy.FrontMatter.Level);
        Assert.Equal(chunks, diagnostics.Items.Count(d => d.Code == DiagnosticCodes.PageChunkPrefix));
    }

    /// <summary>Compares provision by provision, so that a failure shows the first provision that differs in full.</summary>
    private static void AssertSameProvisions(List<string> expected, List<string> actual)
    {
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }

        Assert.Equal(expected.Count, actual.Count);
    }

    private static ImportResult Import(string text, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        var result = new PlanImporter().Import(text, "copy.txt", "copy", diagnostics);
        Assert.False(diagnostics.HasErrors);
        return result;
    }

    private static List<string> Provisions(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = LoadPlans.Parse(markdown.Replace("# title: unknown", "title: x"), "plan.md", diagnostics);
        Assert.NotNull(loaded);
        var plan = new BuildProvisionTree().Run(loaded, diagnostics);
        Assert.NotEmpty(plan.Provisions);
        return plan.Provisions
            .Select(p => $"{p.Id} {p.Marker.Level} {p.Marker.Number} [{p.Title}] {string.Concat(p.Paragraphs)} {p.Note?.Lead.Count}/{p.Note?.Participants.Count}/{p.Note?.CatchAll.Count}")
            .ToList();
    }
}
