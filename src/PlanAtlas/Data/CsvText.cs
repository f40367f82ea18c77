using System.Buffers;
using System.Text;
using PlanAtlas.Write;

namespace PlanAtlas.Data;

/// <summary>
/// The one writer of CSV cells for every CSV the site publishes: RFC 4180 quoting, CRLF line ends, a UTF-8
/// byte-order mark (so that spreadsheets read Chinese), and cells that a spreadsheet would run as a formula made inert.
/// </summary>
public static class CsvText
{
    // OWASP "CSV injection": a cell starting with one of these is evaluated by Excel, LibreOffice and Google Sheets.
    // The full-width forms are included because some spreadsheet imports fold them to ASCII before evaluating.
    private const string FormulaStarts = "=+-@\t\r＝＋－＠";

    /// <summary>A cell as written: formula starts neutralised with a leading apostrophe, then quoted when needed.</summary>
    public static string Field(string value)
    {
        var safe = value.Length > 0 && FormulaStarts.Contains(value[0]) ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    public static void Line(StringBuilder sb, IEnumerable<string> fields) =>
        sb.Append(string.Join(",", fields.Select(Field))).Append("\r\n");

    /// <summary>The finished file's bytes, byte-order mark first.</summary>
    public static byte[] Bytes(StringBuilder sb)
    {
        var bytes = new ArrayBufferWriter<byte>();
        Encode(sb, bytes);
        return bytes.WrittenSpan.ToArray();
    }

    /// <summary>Adds the finished file, encoded into a pooled buffer: a national CSV leaves no large copy behind.</summary>
    public static void Add(SiteFiles files, string path, StringBuilder sb)
    {
        using var buffer = new PooledBuffer();
        Encode(sb, buffer);
        files.Add(path, buffer.WrittenSpan);
    }

    /// <summary>Byte-order mark, then the text chunk by chunk (never the whole text as one string).</summary>
    private static void Encode(StringBuilder sb, IBufferWriter<byte> into)
    {
        into.Write(Encoding.UTF8.Preamble);
        var encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
        foreach (var chunk in sb.GetChunks())
        {
            encoder.Convert(chunk.Span, into, flush: false, out _, out _);
        }

        encoder.Convert(ReadOnlySpan<char>.Empty, into, flush: true, out _, out _);
    }
}
