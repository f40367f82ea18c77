using PlanAtlas.Tests.Corpus;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Site;

/// <summary>The Nu Html Checker (vnu.jar from npm) finds no error in any generated page.</summary>
[Collection(CorpusCollection.Name)]
public sealed class HtmlValidityTests(CorpusFixture corpus)
{
    [Fact]
    public async Task Every_page_of_the_real_site_is_valid_html()
    {
        Assert.True(corpus.Result.Succeeded, string.Join("\n", corpus.Result.Diagnostics));
        await HtmlChecker.AssertNoErrorsInFolderAsync(corpus.Output);
    }
}
