using PlanAtlas.Diagnostics;
using PlanAtlas.Import.Rules;
using PlanAtlas.Load;
using PlanAtlas.Model;

namespace PlanAtlas.Import;

/// <summary>
/// Turns a raw text, as published, into a plan file (front matter + one paragraph per source paragraph)
/// for a person to review. What it cannot decide it reports as a warning with the line, never silently.
/// </summary>
public sealed class PlanImporter
{
    public static IReadOnlyList<IImportRule> DefaultRules { get; } = RulesFor(new ImportOptions());

    private readonly IReadOnlyList<IImportRule> _rules;
    private readonly ImportOptions _options = new();

    public PlanImporter(IReadOnlyList<IImportRule>? rules = null) => _rules = rules ?? DefaultRules;

    public PlanImporter(ImportOptions options)
    {
        _rules = RulesFor(options);
        _options = options;
    }

    /// <summary>
    /// The rules in the order they must run: characters first, then whole lines that are not the plan
    /// (chrome, notices), then markers run into the text, and only then the title and the joins, which
    /// need every line to be what it is.
    /// </summary>
    public static IReadOnlyList<IImportRule> RulesFor(ImportOptions options) =>
    [
        new RemoveControlCharacters(),
        new NormalizeSpaces(),
        new DropPageChrome(),
        new DropPageNumbers(),
        new DropSharingSiteChrome(),
        new RemovePdfSpaces(),
        new ReadNotice(),
        new SplitLeadingTitle(),
        new SplitRunInMarkers(),

        // After the page chunks are gone, so that the marks they stood beside are between Chinese again.
        .. options.KeepPunctuation ? Array.Empty<IImportRule>() : [new NormalizePunctuation()],
        new ExtractTitle(),
        new JoinBrokenParagraphs(),
        new CheckMarkerForms(),
    ];

    /// <summary>The plan made from a raw text file; null, with an error, when the file cannot be read or has no text.</summary>
    public ImportResult? ImportFile(string sourceFile, string displayPath, DiagnosticBag diagnostics)
    {
        if (RawText.Read(sourceFile, displayPath, diagnostics) is not { } text)
        {
            return null;
        }

        var result = Import(text, displayPath, Path.GetFileNameWithoutExtension(sourceFile).ToLowerInvariant(), diagnostics);
        if (result.ParagraphCount == 0)
        {
            // A plan file with front matter and nothing else would only fail the next build.
            diagnostics.Error(DiagnosticCodes.EmptyPlan, SourceLocation.StartOf(displayPath), "the text has nothing to import: no line has text");
            return null;
        }

        return result;
    }

    public ImportResult Import(string text, string displayPath, string slug, DiagnosticBag diagnostics)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select((t, i) => new RawLine(i + 1, t)).ToList();
        var document = new ImportDocument(displayPath, lines, diagnostics);
        foreach (var rule in _rules)
        {
            rule.Apply(document);
        }

        var front = ToFrontMatter(document, slug, _options.Register);
        var paragraphs = document.Paragraphs.Select(p => p.Text).ToList();
        return new ImportResult(PlanMarkdownWriter.Write(front, paragraphs), front, paragraphs.Count)
        {
            Metadata = document.Metadata,
            Statistics = document.Statistics,
        };
    }

    private static FrontMatter ToFrontMatter(ImportDocument document, string slug, Model.Jurisdictions.JurisdictionRegister? register)
    {
        var detected = document.Metadata;
        var at = new SourceLocation(document.Path, 1, 1);
        void Missing(string field, string hint) =>
            document.Diagnostics.Warning(DiagnosticCodes.MetadataNotFound, at, $"the text does not say the plan's {field}; {hint}");

        var title = detected.Title ?? string.Empty;
        var shortName = FrontMatterReader.ShortName(title);
        var (level, isGuess) = DetectLevel.FromShortName(shortName);
        var place = register is null ? null : ProposeJurisdiction.For(shortName, level, register, document.Diagnostics, at);
        if (place is not null)
        {
            // The register's tier is certain where the name alone is not (a 市 may be a 县级市).
            (level, isGuess) = (ProposeJurisdiction.LevelOf(place, level), false);
        }

        if (level is null)
        {
            document.Diagnostics.Warning(DiagnosticCodes.AmbiguousLevel, at,
                $"cannot tell the administrative level from '{shortName}'; set 'level' by hand");
        }
        else if (isGuess)
        {
            document.Diagnostics.Warning(DiagnosticCodes.AmbiguousLevel, at,
                $"'{shortName}' may be a prefecture-level city or a county-level city (县级市); 'level' is set to prefecture, change it to county if it is a 县级市");
        }

        if (detected.Issuer is null)
        {
            Missing("issuer", "add 'issuer' by hand if known");
        }

        var issued = detected.Issued;
        if (issued is null && detected.Published is { } published)
        {
            issued = published;
            document.Diagnostics.Warning(DiagnosticCodes.MetadataNotFound, at,
                $"the text gives no date of issue; 'issued' is the publication date {published:yyyy-MM-dd}");
        }
        else if (issued is null)
        {
            Missing("date of issue", "add 'issued' by hand if known");
        }

        if (detected.Source is null)
        {
            Missing("source", "add 'source' (where it was published) by hand");
        }

        return new FrontMatter
        {
            Slug = slug,
            Title = title,
            Short = shortName,
            Level = level?.ToString().ToLowerInvariant(),
            Jurisdiction = place?.Code,
            Issuer = detected.Issuer,
            Issued = issued?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Published = detected.Published is { } p && p != issued
                ? p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                : null,
            Status = detected.IsDraft ? "draft" : "final",
            Source = detected.Source,
        };
    }
}

public sealed record ImportResult(string Markdown, FrontMatter FrontMatter, int ParagraphCount)
{
    /// <summary>What the text said, with the line each field came from.</summary>
    public DetectedMetadata Metadata { get; init; } = new();

    /// <summary>What the rules did to the lines.</summary>
    public ImportStatistics Statistics { get; init; } = new();
}
