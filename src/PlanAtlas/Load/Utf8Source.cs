using System.Text;
using PlanAtlas.Diagnostics;
using PlanAtlas.IO;

namespace PlanAtlas.Load;

/// <summary>Reads a text file that must be UTF-8, reporting where the first invalid byte is.</summary>
public static class Utf8Source
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string path, string displayPath, DiagnosticBag diagnostics) =>
        ReadBytes(path, displayPath, diagnostics) is { } bytes ? Decode(bytes, displayPath, diagnostics) : null;

    /// <summary>
    /// The file's bytes; null, with a located error, when it cannot be read (a link to nothing, no permission, a file
    /// removed since the folder was listed): the user's file system, not a fault of the build.
    /// </summary>
    public static byte[]? ReadBytes(string path, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.StartOf(displayPath), $"cannot read the file: {BrokenLink.Describe(path) ?? e.Message}");
            return null;
        }
    }

    /// <summary>The text of a file already read (preview hashes the bytes first to know whether it changed).</summary>
    public static string? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (TryDecode(bytes) is { } text)
        {
            return text;
        }

        var bad = FirstInvalidByte(bytes);
        var at = LocateByte(bytes, bad);
        diagnostics.Error(DiagnosticCodes.InvalidUtf8, new SourceLocation(displayPath, at.Line, at.Column),
            $"the file is not valid UTF-8 (byte 0x{bytes[bad]:X2}); save it as UTF-8");
        return null;
    }

    /// <summary>The bytes as UTF-8 text (without a byte-order mark); null when they are not UTF-8.</summary>
    public static string? TryDecode(byte[] bytes)
    {
        try
        {
            var text = Strict.GetString(bytes);
            return text.Length > 0 && text[0] == '\ufeff' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static int FirstInvalidByte(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var bytesRead, out _, replaceInvalidSequences: false);
        return Math.Min(bytesRead, bytes.Length - 1);
    }

    private static (int Line, int Column) LocateByte(byte[] bytes, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Columns count characters, so decode the valid prefix of the line.
        var column = Encoding.UTF8.GetCharCount(bytes, lineStart, index - lineStart) + 1;
        return (line, column);
    }
}
