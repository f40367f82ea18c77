namespace PlanAtlas.Render.ViewModels;

/// <summary>
/// The lines a printed plan or provision carries at its top (hidden on screen): who issued it, where it was published,
/// the page's address and the day it was printed, with the disclaimer that the issuer's text prevails.
/// </summary>
/// <param name="Issuer">发布机关; null when the plan names none.</param>
/// <param name="Source">Where the text was published (甘肃日报, a URL); null when not recorded.</param>
/// <param name="Address">The page's public address; null without a base URL (plan.js then prints the address shown).</param>
/// <param name="BuildDate">
/// The day the page was built, printed when no script runs. plan.js replaces it with the day of printing at
/// <c>beforeprint</c>: a handout should say when it was taken, and the build date says only how old the page is.
/// </param>
public sealed record PrintSourceView(string? Issuer, string? Source, string? Address, string BuildDate);
