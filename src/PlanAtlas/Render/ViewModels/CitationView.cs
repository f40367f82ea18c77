using PlanAtlas.Render.Cite;
using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

/// <summary>The citations of a plan or provision in every style: the default shown first, the others folded.</summary>
/// <param name="Page">The cited page: the reader's copy fills in its address when the site has no public one.</param>
public sealed record CitationView(SiteLink Page, CitationText Default, IReadOnlyList<CitationText> Others, bool IsDraft);
