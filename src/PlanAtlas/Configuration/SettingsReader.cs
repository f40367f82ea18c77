using System.Reflection;
using System.Text.Json;
using PlanAtlas.Diagnostics;
using PlanAtlas.Text;

namespace PlanAtlas.Configuration;

/// <summary>
/// Reads <c>statiq.json</c> once, keeping where each key stands, so that a wrong value is reported at its line and
/// column: invalid JSON, a value of the wrong type, a base URL that is not http(s), a file named on the command line
/// that does not exist (errors), and unknown keys (warnings, with the nearest known key).
/// </summary>
public static class SettingsReader
{
    public const string DefaultFileName = "statiq.json";

    /// <summary>Overrides BaseUrl for one build (CI deploys, previews of a branch) without editing statiq.json.</summary>
    public const string BaseUrlVariable = "PLANATLAS_BASEURL";

    private static readonly Dictionary<string, PropertyInfo> Keys = typeof(SiteSettings)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && (p.PropertyType == typeof(string) || p.PropertyType == typeof(double)))
        .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The settings, with every path resolved against <paramref name="rootPath"/>; findings go to <paramref name="diagnostics"/>.</summary>
    /// <param name="settingsFile">A file named on the command line (it must exist); null for <c>statiq.json</c> in the root, which may be absent.</param>
    /// <param name="baseUrl">The command line's <c>--base-url</c>, which wins over the environment and the file.</param>
    public static SiteSettings Read(string rootPath, string? settingsFile, DiagnosticBag diagnostics, string? baseUrl = null)
    {
        var root = Path.GetFullPath(rootPath);
        var file = Path.GetFullPath(settingsFile ?? Path.Combine(root, DefaultFileName));
        var display = Path.GetRelativePath(root, file).Replace('\\', '/');
        var settings = new SiteSettings { SettingsFile = display };
        if (Directory.Exists(file))
        {
            diagnostics.Error(DiagnosticCodes.BadSettings, SourceLocation.Option("--settings"), $"'{display}' is a folder, not a settings file");
        }
        else if (File.Exists(file))
        {
            var utf8 = File.ReadAllBytes(file);
            Bind(settings, utf8, new TextPositions(display, utf8), diagnostics);
        }
        else if (settingsFile is not null)
        {
            diagnostics.Error(DiagnosticCodes.BadSettings, SourceLocation.Option("--settings"), $"settings file '{display}' does not exist");
        }

        if (baseUrl is not null)
        {
            Override(settings, baseUrl, SourceLocation.Option("--base-url"), diagnostics);
        }
        else if (Environment.GetEnvironmentVariable(BaseUrlVariable) is { Length: > 0 } fromEnvironment)
        {
            Override(settings, fromEnvironment, SourceLocation.Option(BaseUrlVariable), diagnostics);
        }

        settings.ResolvePaths(root);
        return settings;
    }

    private static void Override(SiteSettings settings, string baseUrl, SourceLocation from, DiagnosticBag diagnostics)
    {
        settings.BaseUrl = baseUrl.Trim();
        settings.Locate(nameof(SiteSettings.BaseUrl), from);
        CheckBaseUrl(settings, diagnostics);
    }

    private static void Bind(SiteSettings settings, byte[] utf8, TextPositions positions, DiagnosticBag diagnostics)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            var at = positions.AtLine(ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            diagnostics.Error(DiagnosticCodes.BadSettings, at, $"not valid JSON: {FirstSentence(ex.Message)}");
            return;
        }

        using (document)
        {
            var locations = KeyLocations(utf8, positions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Error(DiagnosticCodes.BadSettings, positions.At(0), "the settings must be one JSON object ({ \"Key\": value, … })");
                return;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                var (keyAt, valueAt) = locations.TryGetValue(property.Name, out var at) ? at : (positions.At(0), positions.At(0));
                if (!Keys.TryGetValue(property.Name, out var target))
                {
                    var near = NearestName.Find(property.Name, Keys.Values.Select(p => p.Name));
                    diagnostics.Warning(DiagnosticCodes.UnknownSetting, keyAt,
                        $"unknown setting '{property.Name}' is ignored" + (near is null ? string.Empty : $"; did you mean '{near}'?"));
                    continue;
                }

                if (TryConvert(property.Value, target.PropertyType, out var value))
                {
                    target.SetValue(settings, value);
                    settings.Locate(target.Name, valueAt);
                }
                else
                {
                    var expected = target.PropertyType == typeof(string) ? "a string" : "a number";
                    diagnostics.Error(DiagnosticCodes.BadSettings, valueAt, $"'{target.Name}' must be {expected}, not {Describe(property.Value)}");
                }
            }

            CheckBaseUrl(settings, diagnostics);
        }
    }

    private static void CheckBaseUrl(SiteSettings settings, DiagnosticBag diagnostics)
    {
        var url = settings.BaseUrl;
        if (url.Length == 0)
        {
            return;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || url.Any(char.IsWhiteSpace))
        {
            diagnostics.Error(DiagnosticCodes.BadSettings, settings.LocationOf(nameof(SiteSettings.BaseUrl)),
                $"'BaseUrl' must be empty or an absolute http(s) address such as https://example.org/plans/, not '{url}'");
        }
    }

    private static bool TryConvert(JsonElement value, Type type, out object? converted)
    {
        converted = null;
        if (type == typeof(string) && value.ValueKind == JsonValueKind.String)
        {
            converted = value.GetString();
        }
        else if (type == typeof(double) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number))
        {
            converted = number;
        }

        return converted is not null;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the text \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "a list",
        _ => "an object",
    };

    /// <summary>Where each top-level key and its value start: JsonDocument keeps no positions, the reader does.</summary>
    private static Dictionary<string, (SourceLocation Key, SourceLocation Value)> KeyLocations(byte[] utf8, TextPositions positions)
    {
        var found = new Dictionary<string, (SourceLocation, SourceLocation)>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                var name = reader.GetString()!;
                var keyAt = positions.At(reader.TokenStartIndex);
                reader.Read();
                found.TryAdd(name, (keyAt, positions.At(reader.TokenStartIndex)));
                reader.Skip();
            }
        }

        return found;
    }

    /// <summary>The parser's reason without the position it appends (the message gives it as path:line:col).</summary>
    private static string FirstSentence(string message)
    {
        var cut = new[] { " LineNumber:", " Path:" }.Select(m => message.IndexOf(m, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(message.Length).Min();
        return message[..cut].Trim().TrimEnd('.');
    }
}
