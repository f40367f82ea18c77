using PlanAtlas.Tests.Site;

namespace PlanAtlas.Tests.Infrastructure;

/// <summary>The Nu Html Checker wrapper, on known samples checked in the suite's one run (see <see cref="HostileSiteFixture"/>).</summary>
[Collection(HostileSiteCollection.Name)]
public sealed class HtmlCheckerTests(HostileSiteFixture site)
{
    private IEnumerable<HtmlCheckMessage> SampleErrors =>
        site.CheckerErrors.Where(e => e.File.StartsWith(site.Samples + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    [Fact]
    public void Each_error_of_an_invalid_page_in_a_sub_folder_is_reported_with_its_file_and_line()
    {
        var invalid = Path.Combine(site.Samples, CheckerSamples.Invalid);

        Assert.Collection(
            SampleErrors,
            duplicate =>
            {
                Assert.Equal(invalid, duplicate.File);
                Assert.Equal(6, duplicate.Line);
                Assert.Equal("error", duplicate.Type);
                Assert.Contains("Duplicate ID", duplicate.Message);
                Assert.StartsWith($"{invalid}:6:", duplicate.ToString(), StringComparison.Ordinal);
            },
            nesting =>
            {
                Assert.Equal(invalid, nesting.File);
                Assert.Equal(7, nesting.Line);
                Assert.Contains("div", nesting.Message);
                Assert.Contains("span", nesting.Message);
            });
    }

    [Fact]
    public void A_valid_page_and_a_file_that_is_not_html_have_no_errors()
    {
        Assert.DoesNotContain(SampleErrors, e => e.File.EndsWith(CheckerSamples.Valid, StringComparison.Ordinal));
        Assert.DoesNotContain(SampleErrors, e => e.File.EndsWith(".css", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_or_holds_no_html_fails_instead_of_reading_as_valid()
    {
        var missing = Path.Combine(site.Samples, "missing");
        var noHtml = Path.Combine(site.Samples, "assets");

        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => HtmlChecker.GetErrorsInFoldersAsync([missing]));
        await Assert.ThrowsAsync<InvalidOperationException>(() => HtmlChecker.GetErrorsInFoldersAsync([noHtml]));
    }
}
