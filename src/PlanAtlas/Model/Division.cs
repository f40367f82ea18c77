using PlanAtlas.Diagnostics;

namespace PlanAtlas.Model;

/// <summary>
/// A numbered node of a plan (<c>一、</c>, <c>（一）</c>, <c>1.</c> or <c>（1）</c>) with its text and children.
/// A provision is a division below the part level with no numbered children.
/// </summary>
public sealed class Division
{
    private readonly List<Division> _children = [];

    public required Marker Marker { get; init; }

    /// <summary>The Akoma Ntoso-style eId built from the numbering path, e.g. <c>part_2__sec_1__art_1</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The run-in title (text before the first 。) or, without one, the heading line.</summary>
    public required string Title { get; init; }

    /// <summary>True when the title was followed by text on the marker's own line.</summary>
    public bool HasRunInTitle { get; init; }

    /// <summary>The body without the title and without the responsibility note, one entry per paragraph.</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }

    public ResponsibilityNote? Note { get; init; }

    public required SourceLocation Location { get; init; }

    public Division? Parent { get; private set; }

    public IReadOnlyList<Division> Children => _children;

    public bool IsProvision => _children.Count == 0 && Marker.Level != NumberLevel.Part;

    /// <summary>The heading as shown in tables of contents and paths: <c>（一）切实增强法治观念</c>.</summary>
    public string Label => Marker.Display + Title;

    /// <summary>The clean text of the provision, paragraphs separated by newlines.</summary>
    public string Text => string.Join("\n", Paragraphs);

    /// <summary>Outermost first, not including this division.</summary>
    /// <remarks>One array of the exact length: every rebuild asks this of every provision several times (search
    /// paths, citations), and a growing stack cost a national site's rebuild a tenth of a second.</remarks>
    public IReadOnlyList<Division> Ancestors
    {
        get
        {
            var depth = 0;
            for (var p = Parent; p is not null; p = p.Parent)
            {
                depth++;
            }

            var chain = new Division[depth];
            for (var p = Parent; p is not null; p = p.Parent)
            {
                chain[--depth] = p;
            }

            return chain;
        }
    }

    /// <summary>The numbering path used in citations: <c>二、（五）19.（57）</c>.</summary>
    public string NumberPath => string.Concat(Ancestors.Select(a => a.Marker.Display)) + Marker.Display;

    public IEnumerable<Division> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in _children)
        {
            foreach (var d in child.DescendantsAndSelf())
            {
                yield return d;
            }
        }
    }

    internal void AddChild(Division child)
    {
        child.Parent = this;
        _children.Add(child);
    }
}
