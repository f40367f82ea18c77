using PlanAtlas.Configuration;
using PlanAtlas.Diagnostics;
using PlanAtlas.IO;

namespace PlanAtlas.Bundle;

/// <summary>
/// The zip a bundle replaces must be a zip: a mistyped <c>--out statiq.json</c> or <c>--out input</c> would
/// otherwise overwrite a file the project needs.
/// </summary>
public static class BundleTarget
{
    public static bool Check(string zipPath, SiteSettings settings, DiagnosticBag diagnostics)
    {
        var problem = Problem(Path.GetFullPath(zipPath), settings);
        if (problem is not null)
        {
            diagnostics.Error(DiagnosticCodes.UnsafeOutput, SourceLocation.Option("--out"), $"'{zipPath}' {problem}; nothing was written");
        }

        return problem is null;
    }

    private static string? Problem(string zip, SiteSettings settings)
    {
        if (!zip.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return "must name a .zip file";
        }

        if (Directory.Exists(zip))
        {
            return "is a folder";
        }

        var real = RealPath.OrSelf(zip);
        if (new[] { settings.InputPath, settings.ThemePath }.Any(folder => RealPath.IsWithin(real, RealPath.OrSelf(folder))))
        {
            return "lies inside the input or theme folder";
        }

        return File.Exists(zip) && !IsZip(zip) ? "exists and is not a zip file" : null;
    }

    private static bool IsZip(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var file = File.OpenRead(path);
        // An empty file is what a cancelled download or `touch` leaves: safe to replace.
        return file.Length == 0 || (file.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head.SequenceEqual("PK\u0003\u0004"u8));
    }
}
