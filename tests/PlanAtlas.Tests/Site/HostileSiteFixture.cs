using System.Text.RegularExpressions;
using PlanAtlas.Pipeline;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Site;

/// <summary>
/// The one built site that holds every page kind: the real corpus with quxian poisoned: <see cref="Hostile"/> in its
/// title, short name, issuer, source, every heading and paragraph and an agency's name, an alias (for a redirect page),
/// and in the site title. The Nu Html Checker runs once, over this site and the checker's own samples.
/// </summary>
public sealed partial class HostileSiteFixture : IAsyncLifetime
{
    public const string Hostile = "{{ Page }}<b>粗</b></script>";
    private const string Slug = "quxian";
    private const string FirstProvision = "part_2__sec_1__art_1__para_1";
    private const string Alias = "part_9__sec_9";
    private readonly TempSite _site = new();

    public HostileSiteFixture()
    {
        _site.CopyRealInput();
        var plan = Path.Combine(_site.Root, "input", "plans", Slug + ".md");
        File.WriteAllText(plan, Poison(File.ReadAllText(plan)));
        var settings = _site.Settings();
        settings.SiteTitle += Hostile;
        Result = new SitePipeline(new BuildContext(settings, _site.Root) { BuildDate = TempSite.BuildDate }).Build();
    }

    public BuildResult Result { get; }

    public string Output => _site.Output;

    /// <summary>The checker's samples (<see cref="CheckerSamples"/>), checked in the same run as the site.</summary>
    public string Samples => Path.Combine(_site.Root, "checker-samples");

    /// <summary>The Nu Html Checker's errors in the site and in the samples.</summary>
    public IReadOnlyList<HtmlCheckMessage> CheckerErrors { get; private set; } = [];

    public async Task InitializeAsync()
    {
        CheckerSamples.WriteTo(Samples);
        CheckerErrors = Result.Succeeded ? await HtmlChecker.GetErrorsInFoldersAsync([Output, Samples]) : [];
    }

    public string PageOf(string kind) => Path.Combine(_site.Output, kind switch
    {
        "home" => "index.html",
        "plan" => $"plans/{Slug}/index.html",
        "provision" => $"plans/{Slug}/{FirstProvision}/index.html",
        "redirect" => $"plans/{Slug}/{Alias}/index.html",
        "compare-index" => "compare/index.html",
        "compare-topic" => "compare/constitution/index.html",
        "compare-pair" => Path.Combine(FirstFolder("compare/constitution", $"*{Slug}*"), "index.html"),
        "compare-above" => $"plans/{Slug}/above/constitution/index.html",
        "agency-index" => "agencies/index.html",
        "agency" => $"agencies/{Slug}-justice/index.html",
        "agency-kind" => "agencies/kinds/justice/index.html",
        "search" => "search/index.html",
        "about" => "about/index.html",
        "not-found" => "404.html",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    });

    private string FirstFolder(string under, string pattern) =>
        Path.GetRelativePath(_site.Output, Directory.GetDirectories(Path.Combine(_site.Output, under), pattern).Order(StringComparer.Ordinal).First());

    /// <summary>The front matter's texts, an alias, the text after each numbering marker, and the first agency named.</summary>
    private static string Poison(string text)
    {
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        var front = FrontMatterText().Replace(text[..end], m => $"{m.Groups[1].Value}: '{m.Groups[2].Value}{Hostile}'");
        front += $"\nsource: '来源{Hostile}'\naliases: {{ {Alias}: {FirstProvision} }}";
        var body = BodyParagraph().Replace(text[end..], m => m.Groups[1].Value + Hostile + m.Groups[2].Value);
        var agency = body.IndexOf("县委组织部", StringComparison.Ordinal) + "县委组织部".Length;
        return front + body[..agency] + Hostile + body[agency..];
    }

    [GeneratedRegex(@"^(title|short|issuer): (.+)$", RegexOptions.Multiline)]
    private static partial Regex FrontMatterText();

    /// <summary>A paragraph's numbering marker (一、 (一) 1. (1)), if any, and its first character of text.</summary>
    [GeneratedRegex(@"^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.．]|[(（]\d+[)）])?([^\s\-])", RegexOptions.Multiline)]
    private static partial Regex BodyParagraph();

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class HostileSiteCollection : ICollectionFixture<HostileSiteFixture>
{
    public const string Name = "hostile site";
}
