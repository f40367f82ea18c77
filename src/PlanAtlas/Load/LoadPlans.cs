using PlanAtlas.Diagnostics;
using PlanAtlas.Pipeline;

namespace PlanAtlas.Load;

/// <summary>Stage 1: reads every <c>plans/*.md</c> of the input folder into metadata and paragraphs.</summary>
public sealed class LoadPlans
{
    /// <param name="cache">Preview's plans of the last build, reused when a file did not change; null for a one-off build.</param>
    public IReadOnlyList<LoadedPlan> Run(BuildContext context, PlanFileCache? cache = null)
    {
        var folder = Path.Combine(context.Settings.InputPath, "plans");
        if (!Directory.Exists(folder))
        {
            context.Diagnostics.Error(DiagnosticCodes.EmptyPlan, SourceLocation.StartOf(context.DisplayPath(folder)), "no plans folder in the input");
            return [];
        }

        var files = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList();
        var plans = new LoadedPlan?[files.Count];
        cache?.BeginBuild();
        Parallel.For(0, files.Count, i => plans[i] = cache is null ? LoadOne(files[i], context) : cache.Load(files[i], context));

        var loaded = plans.OfType<LoadedPlan>().ToList();
        foreach (var group in loaded.GroupBy(p => p.Metadata.Slug).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                context.Diagnostics.Error(DiagnosticCodes.DuplicateSlug, duplicate.SlugAt,
                    $"slug '{group.Key}' is already used by {first.SourcePath}");
            }
        }

        // Pages follow the slug; a file named otherwise is found under the wrong name by whoever edits it next.
        foreach (var plan in loaded)
        {
            var name = Path.GetFileNameWithoutExtension(plan.SourcePath);
            if (name != plan.Metadata.Slug)
            {
                context.Diagnostics.Warning(DiagnosticCodes.SlugNotFileName, plan.SlugAt,
                    $"slug '{plan.Metadata.Slug}' is not the file's name '{name}': the plan's pages are at plans/{plan.Metadata.Slug}/; rename the file to {plan.Metadata.Slug}.md, or write slug: {name}");
            }
        }

        return loaded;
    }

    public static LoadedPlan? LoadOne(string file, BuildContext context)
    {
        var path = context.DisplayPath(file);
        var text = Utf8Source.Read(file, path, context.Diagnostics);
        if (text is null)
        {
            return null;
        }

        return Parse(text, path, context.Diagnostics);
    }

    /// <summary>Parses a plan file's bytes (checked to be UTF-8); <paramref name="path"/> is only used in messages.</summary>
    public static LoadedPlan? Parse(byte[] bytes, string path, DiagnosticBag diagnostics) =>
        Utf8Source.Decode(bytes, path, diagnostics) is { } text ? Parse(text, path, diagnostics) : null;

    /// <summary>Parses a plan file's text; <paramref name="path"/> is only used in messages.</summary>
    public static LoadedPlan? Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var split = FrontMatterReader.Split(lines);
        if (split is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingFrontMatter, new SourceLocation(path, 1, 1),
                "a plan must start with YAML front matter between two '---' lines");
            return null;
        }

        var metadata = FrontMatterReader.Read(split.Value.Yaml, path, diagnostics, out var slugAt);
        if (metadata is null)
        {
            return null;
        }

        var paragraphs = MarkdownBodyReader.Read(string.Join("\n", lines), path, diagnostics);
        if (paragraphs is null)
        {
            return null;
        }

        if (paragraphs.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyPlan, new SourceLocation(path, split.Value.BodyStart + 1, 1), "the plan has no text after its front matter");
            return null;
        }

        return new LoadedPlan(path, metadata, paragraphs) { SlugAt = slugAt };
    }
}
