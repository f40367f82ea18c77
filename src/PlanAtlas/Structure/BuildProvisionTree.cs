using PlanAtlas.Diagnostics;
using PlanAtlas.Load;
using PlanAtlas.Model;

namespace PlanAtlas.Structure;

/// <summary>
/// Stage 2: turns a plan's paragraphs into the numbering tree (一、 &gt; （一） &gt; 1. &gt; （1）), gives every
/// division its id, checks the numbering, and splits each provision's responsibility note.
/// </summary>
public sealed class BuildProvisionTree
{
    public Plan Run(LoadedPlan loaded, DiagnosticBag diagnostics)
    {
        var convention = loaded.Metadata.Responsibility ?? DetectConvention(loaded.Paragraphs);
        var roots = new List<Draft>();
        var preamble = new List<string>();
        var open = new Stack<Draft>();
        var numbering = new NumberingChecker(diagnostics);

        foreach (var paragraph in loaded.Paragraphs)
        {
            var parsed = MarkerParser.Parse(paragraph.Text);
            if (parsed is null)
            {
                if (open.Count == 0)
                {
                    preamble.Add(paragraph.Text);
                }
                else
                {
                    open.Peek().Body.Add(paragraph);
                }

                continue;
            }

            var (marker, rest) = parsed.Value;
            while (open.Count > 0 && open.Peek().Marker.Level >= marker.Level)
            {
                open.Pop();
            }

            var parent = open.Count > 0 ? open.Peek() : null;
            var siblings = parent?.Children ?? roots;
            numbering.Check(marker, siblings.Select(s => s.Marker), paragraph.Location, parent);
            var draft = new Draft(marker, rest, paragraph, parent);
            siblings.Add(draft);
            open.Push(draft);
        }

        var parts = roots.Select(d => d.ToDivision(null, convention, diagnostics)).ToList();
        var plan = new Plan
        {
            Metadata = loaded.Metadata,
            SourcePath = loaded.SourcePath,
            Preamble = preamble,
            Parts = parts,
            Convention = convention,
        };

        if (plan.Provisions.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyPlan, loaded.Paragraphs[0].Location,
                "the plan has no numbered provisions (一、 （一） 1. （1）)");
        }

        CheckAliases(plan, diagnostics);
        return plan;
    }

    private static ResponsibilityConvention DetectConvention(IEnumerable<SourceParagraph> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            var note = NoteExtractor.Find(paragraph);
            if (note is not null && ResponsibilityNoteParser.DeclaredConvention(note.Content) is { } declared)
            {
                return declared;
            }
        }

        return ResponsibilityConvention.None;
    }

    private static void CheckAliases(Plan plan, DiagnosticBag diagnostics)
    {
        var ids = plan.AllDivisions.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (oldId, newId) in plan.Metadata.Aliases)
        {
            var frontMatter = new SourceLocation(plan.SourcePath, 2, 1);
            var (oldAt, currentAt) = plan.Metadata.AliasesAt.TryGetValue(oldId, out var written) ? written : (frontMatter, frontMatter);
            if (!ids.Contains(newId))
            {
                diagnostics.Error(DiagnosticCodes.UnknownAlias, currentAt,
                    $"alias '{oldId}' points to '{newId}', which is not a provision of this plan");
            }
            else if (ids.Contains(oldId))
            {
                diagnostics.Error(DiagnosticCodes.UnknownAlias, oldAt,
                    $"alias '{oldId}' is still the id of a provision; an alias must name an old id");
            }
        }
    }

    /// <summary>A division while the tree is being built, before its title and note are split off.</summary>
    private sealed class Draft(Marker marker, string rest, SourceParagraph head, Draft? parent)
    {
        public Marker Marker { get; } = marker;
        public List<SourceParagraph> Body { get; } = [];
        public List<Draft> Children { get; } = [];
        public string Id { get; } = parent is null ? marker.IdPart : parent.Id + "__" + marker.IdPart;

        public Division ToDivision(Division? parentDivision, ResponsibilityConvention convention, DiagnosticBag diagnostics)
        {
            var (title, firstText, runIn) = RunInTitle.Split(rest);
            var paragraphs = new List<SourceParagraph>();
            if (firstText.Length > 0)
            {
                paragraphs.Add(head.Slice(head.Text.Length - firstText.Length));
            }

            paragraphs.AddRange(Body);

            ResponsibilityNote? note = null;
            var texts = paragraphs.Select(p => p.Text).ToList();
            if (Children.Count == 0 && paragraphs.Count > 0 && NoteExtractor.Find(paragraphs[^1]) is { } found)
            {
                var at = paragraphs[^1].LocationOf(found.ContentOffset);
                if (found.MisplacedFullStop)
                {
                    diagnostics.Warning(DiagnosticCodes.MisplacedNotePunctuation, at,
                        "the full stop stands inside the note's bracket ('(。责任单位'); it is read as ending the text before the note");
                }

                note = ResponsibilityNoteParser.Parse(found.Content, convention, at, diagnostics);
                texts[^1] = found.TextBefore;
                if (texts[^1].Length == 0)
                {
                    texts.RemoveAt(texts.Count - 1);
                }
            }

            var division = new Division
            {
                Marker = Marker,
                Id = Id,
                Title = title,
                HasRunInTitle = runIn,
                Paragraphs = texts,
                Note = note,
                Location = head.Location,
            };
            parentDivision?.AddChild(division);
            foreach (var child in Children)
            {
                child.ToDivision(division, convention, diagnostics);
            }

            return division;
        }
    }
}
