namespace PlanAtlas.BrowserTests.Infrastructure;

/// <summary>All browser tests share one Chromium; put <c>[Collection(BrowserCollection.Name)]</c> on the test class.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
