using System.Text;

namespace PlanAtlas.Render.Theme;

/// <summary>
/// What a layout or partial rendered, still in the builder it was written to: the calling template copies it into its
/// own output (<see cref="HtmlTemplateContext"/>), unencoded like <see cref="RawHtml"/>, without first making it a string.
/// Valid until its page is finished (<see cref="OutputPool"/>).
/// </summary>
public sealed class RenderedHtml(StringBuilder builder)
{
    public StringBuilder Builder { get; } = builder;

    public override string ToString() => Builder.ToString();
}
