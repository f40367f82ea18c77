namespace PlanAtlas.Render.Theme;

/// <summary>
/// Markup that C# built (a rendered layout or partial) and that a template may therefore write as it is. Every other
/// value a template writes is HTML-encoded by <see cref="HtmlTemplateContext"/>: being raw is a type, not a habit.
/// </summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
