using Microsoft.AspNetCore.StaticFiles;

namespace PlanAtlas.Preview;

/// <summary>
/// Content types with <c>charset=utf-8</c> on text: the site is UTF-8 Chinese, and a browser guessing another
/// encoding for a CSV or a script would garble it.
/// </summary>
internal sealed class Utf8ContentTypes : IContentTypeProvider
{
    private readonly FileExtensionContentTypeProvider _types = new();

    public bool TryGetContentType(string subpath, out string contentType)
    {
        if (!_types.TryGetContentType(subpath, out var type))
        {
            contentType = "application/octet-stream";
            return true;
        }

        contentType = IsText(type) ? type + "; charset=utf-8" : type;
        return true;
    }

    private static bool IsText(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal)
        || type is "application/json" or "application/xml" or "application/javascript" or "application/manifest+json";
}
