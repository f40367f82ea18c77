using System.Text;
using PlanAtlas.Diagnostics;

namespace PlanAtlas.Load;

/// <summary>Reads a text file that must be UTF-8, reporting where the first invalid byte is.</summary>
public static class Utf8Source
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string path, string displayPath, DiagnosticBag diagnostics) =>
        Decode(File.ReadAllBytes(path), displayPath, diagnostics);

    /// <summary>The text of a file already read (preview hashes the bytes first to know whether it changed).</summary>
    public static string? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            var text = Strict.GetString(bytes);
            return text.Length > 0 && text[0] == '\ufeff' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            var bad = FirstInvalidByte(bytes);
            var at = LocateByte(bytes, bad);
            diagnostics.Error(DiagnosticCodes.InvalidUtf8, new SourceLocation(displayPath, at.Line, at.Column),
                $"the file is not valid UTF-8 (byte 0x{bytes[bad]:X2}); save it as UTF-8");
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
