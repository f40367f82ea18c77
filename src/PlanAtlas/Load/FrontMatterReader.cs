using System.Globalization;
using System.Text.RegularExpressions;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PlanAtlas.Load;

/// <summary>Splits a plan file into front matter and body and turns the front matter into <see cref="PlanMetadata"/>.</summary>
public static partial class FrontMatterReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    [GeneratedRegex(@"（(?<from>\d{4})\s*[—–-]+\s*(?<to>\d{4})\s*年?）|\((?<from>\d{4})\s*[—–-]+\s*(?<to>\d{4})\s*年?\)")]
    private static partial Regex PeriodPattern();

    /// <summary>The lines of the file, and the index of the first body line (after the closing <c>---</c>).</summary>
    public static (string Yaml, int BodyStart)? Split(string[] lines)
    {
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                return (string.Join("\n", lines[1..i]), i + 1);
            }
        }

        return null;
    }

    public static PlanMetadata? Read(string yaml, string path, DiagnosticBag diagnostics)
    {
        FrontMatter? fm;
        try
        {
            fm = Yaml.Deserialize<FrontMatter>(yaml);
        }
        catch (YamlException ex)
        {
            // The YAML starts on line 2 of the file, after the opening ---.
            var at = new SourceLocation(path, (int)ex.Start.Line + 1, (int)ex.Start.Column);
            var reason = ex.InnerException?.Message ?? ex.Message;
            diagnostics.Error(DiagnosticCodes.MalformedFrontMatter, at, $"front matter is not valid YAML: {FirstLine(reason)}");
            return null;
        }

        if (fm is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingFrontMatter, new SourceLocation(path, 1, 1), "front matter is empty");
            return null;
        }

        var lookup = new FieldLocator(yaml, path);
        var ok = true;
        string Require(string? value, string field)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }

            diagnostics.Error(DiagnosticCodes.MissingField, lookup.Find(field), $"front matter has no '{field}'");
            ok = false;
            return string.Empty;
        }

        var slug = Require(fm.Slug, "slug");
        var title = Require(fm.Title, "title");
        var levelText = Require(fm.Level, "level");

        if (slug.Length > 0 && !SlugPattern().IsMatch(slug))
        {
            diagnostics.Error(DiagnosticCodes.InvalidField, lookup.Find("slug"), $"slug '{slug}' must be lower-case ASCII letters, digits and hyphens");
            ok = false;
        }

        var level = PlanLevel.County;
        if (levelText.Length > 0 && !TryParseEnum(levelText, out level))
        {
            diagnostics.Error(DiagnosticCodes.UnknownLevel, lookup.Find("level"),
                $"unknown level '{levelText}'; expected one of {Names<PlanLevel>()}");
            ok = false;
        }

        var status = PlanStatus.Final;
        if (fm.Status is not null && !TryParseEnum(fm.Status, out status))
        {
            diagnostics.Error(DiagnosticCodes.UnknownStatus, lookup.Find("status"), $"unknown status '{fm.Status}'; expected final or draft");
            ok = false;
        }

        ResponsibilityConvention? convention = null;
        if (fm.Responsibility is not null)
        {
            if (TryParseEnum<ResponsibilityConvention>(fm.Responsibility, out var c) && c != ResponsibilityConvention.None)
            {
                convention = c;
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.InvalidField, lookup.Find("responsibility"),
                    $"unknown responsibility convention '{fm.Responsibility}'; expected semicolon, comma or labelled");
                ok = false;
            }
        }

        var issued = ReadDate(fm.Issued, "issued");
        var published = ReadDate(fm.Published, "published");
        if (!ok)
        {
            return null;
        }

        return new PlanMetadata
        {
            Slug = slug,
            Title = title,
            Short = string.IsNullOrWhiteSpace(fm.Short) ? ShortName(title) : fm.Short.Trim(),
            Level = level,
            Issuer = fm.Issuer?.Trim(),
            Issued = issued,
            Published = published,
            Status = status,
            Source = fm.Source?.Trim(),
            Responsibility = convention,
            Aliases = fm.Aliases ?? [],
            TopicOverrides = fm.Topics ?? [],
            Period = ReadPeriod(title),
        };

        DateOnly? ReadDate(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            diagnostics.Error(DiagnosticCodes.InvalidField, lookup.Find(field), $"'{field}' must be a date written yyyy-mm-dd, not '{value}'");
            ok = false;
            return null;
        }
    }

    /// <summary>The jurisdiction's name: the title up to 法治社会 (甘肃省, 渠县, 上海).</summary>
    public static string ShortName(string title)
    {
        var at = title.IndexOf("法治社会", StringComparison.Ordinal);
        return at > 0 ? title[..at] : title;
    }

    public static (int From, int To)? ReadPeriod(string title)
    {
        var m = PeriodPattern().Match(title);
        return m.Success
            ? (int.Parse(m.Groups["from"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture))
            : null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    private static bool TryParseEnum<T>(string text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out value) && !int.TryParse(text, out _);

    private static string Names<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    /// <summary>Finds the line of a key in the YAML so that field errors point at it.</summary>
    /// <summary>Where a top-level field's value stands in the file (its start when the field is absent).</summary>
    public static SourceLocation Locate(string yaml, string path, string field) => new FieldLocator(yaml, path).Find(field);

    private sealed class FieldLocator(string yaml, string path)
    {
        private readonly string[] _lines = yaml.Split('\n');

        public SourceLocation Find(string field)
        {
            for (var i = 0; i < _lines.Length; i++)
            {
                var line = _lines[i];
                if (line.StartsWith(field + ":", StringComparison.Ordinal))
                {
                    var valueAt = line.Length - line[(field.Length + 1)..].TrimStart().Length;
                    return new SourceLocation(path, i + 2, valueAt + 1);
                }
            }

            return new SourceLocation(path, 1, 1);
        }
    }
}
