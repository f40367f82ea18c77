using System.Text;
using PlanAtlas.Diagnostics;
using PlanAtlas.Load;

namespace PlanAtlas.Import;

/// <summary>
/// Reads a raw text as published. Many government sites still serve GB18030 (GBK) rather than UTF-8, and a text saved
/// from such a page keeps that encoding: it is read as GB18030, with a warning, when it is not UTF-8 but is valid
/// GB18030 that reads as Chinese. The plan file is always written as UTF-8.
/// </summary>
public static class RawText
{
    private const int Gb18030CodePage = 54936;

    private static readonly Encoding StrictGb18030 =
        CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    public static string? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        if (Utf8Source.ReadBytes(path, displayPath, diagnostics) is not { } bytes)
        {
            return null;
        }

        if (Utf8Source.TryDecode(bytes) is { } utf8)
        {
            return utf8;
        }

        if (AsChinese(bytes) is { } gb18030)
        {
            diagnostics.Warning(DiagnosticCodes.ReadAsGb18030, SourceLocation.StartOf(displayPath),
                "the text is not UTF-8 but GB18030 (GBK), as many government sites publish; it was read as GB18030 and the plan file is written as UTF-8");
            return gb18030;
        }

        // Neither: the UTF-8 reader says where the first byte it cannot read is.
        return Utf8Source.Decode(bytes, displayPath, diagnostics);
    }

    /// <summary>The bytes as GB18030 when they are valid and most of their letters are Chinese characters; null otherwise.</summary>
    private static string? AsChinese(byte[] bytes)
    {
        string text;
        try
        {
            text = StrictGb18030.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        var letters = text.Count(char.IsLetter);
        var chinese = text.Count(c => c is >= '\u4e00' and <= '\u9fff');
        return letters > 0 && chinese * 2 >= letters ? text : null;
    }
}
