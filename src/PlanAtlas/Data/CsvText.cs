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

    /// <summary>The finished file's bytes: byte-order mark, header line, then the parts (<see cref="Part"/>) in order.</summary>
    public static byte[] Bytes(IEnumerable<string> columns, IEnumerable<byte[]> parts)
    {
        var bytes = new ArrayBufferWriter<byte>();
        Write(columns, parts, bytes);
        return bytes.WrittenSpan.ToArray();
    }

    /// <summary>Adds the finished file, written into a pooled buffer: a national CSV leaves no large copy behind.</summary>
    public static void Add(SiteFiles files, string path, IEnumerable<string> columns, IEnumerable<byte[]> parts)
    {
        using var buffer = new PooledBuffer();
        Write(columns, parts, buffer);
        files.Add(path, buffer.WrittenSpan);
    }

    /// <summary>
    /// Lines (made with <see cref="Line"/>) as UTF-8: one plan's or one agency's share of a site-wide CSV, which a preview
    /// rebuild keeps while what it shows is unchanged (<c>PageReuse.Part</c>).
    /// </summary>
    public static byte[] Part(StringBuilder lines) => Encoding.UTF8.GetBytes(lines.ToString());

    private static void Write(IEnumerable<string> columns, IEnumerable<byte[]> parts, IBufferWriter<byte> into)
    {
        into.Write(Encoding.UTF8.Preamble);
        var header = new StringBuilder();
        Line(header, columns);
        into.Write(Part(header));
        foreach (var part in parts)
        {
            into.Write(part);
        }
    }
}
