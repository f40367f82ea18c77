using System.Text;

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
    public static byte[] Bytes(StringBuilder sb) =>
        [.. Encoding.UTF8.GetPreamble(), .. new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(sb.ToString())];
}
