namespace PlanAtlas.Load;

/// <summary>The YAML front matter of a plan file as written; <see cref="FrontMatterReader"/> validates it.</summary>
public sealed class FrontMatter
{
    public string? Slug { get; set; }
    public string? Title { get; set; }
    public string? Short { get; set; }
    public string? Level { get; set; }
    public string? Jurisdiction { get; set; }
    public string? Issuer { get; set; }
    public string? Issued { get; set; }
    public string? Published { get; set; }
    public string? Status { get; set; }
    public string? Source { get; set; }
    public string? Responsibility { get; set; }
    public Dictionary<string, string>? Aliases { get; set; }
    public Dictionary<string, string>? Topics { get; set; }
}
