using System.Text;
using PlanAtlas.Diagnostics;

namespace PlanAtlas.Configuration;

/// <summary>Turns UTF-8 byte offsets (what System.Text.Json reports) into the 1-based line and character column people see.</summary>
internal sealed class TextPositions(string displayPath, byte[] utf8)
{
    public SourceLocation At(long byteOffset)
    {
        var end = (int)Math.Clamp(byteOffset, 0, utf8.Length);
        var lineStart = end == 0 ? 0 : Array.LastIndexOf(utf8, (byte)'\n', end - 1) + 1;
        var line = 1 + utf8.AsSpan(0, lineStart).Count((byte)'\n');
        return new SourceLocation(displayPath, line, 1 + Encoding.UTF8.GetCharCount(utf8, lineStart, end - lineStart));
    }

    /// <summary>Line and byte-in-line as a <see cref="System.Text.Json.JsonException"/> gives them (both 0-based).</summary>
    public SourceLocation AtLine(long zeroBasedLine, long bytePositionInLine)
    {
        var offset = 0;
        for (var i = 0; i < zeroBasedLine && offset < utf8.Length; i++)
        {
            var next = Array.IndexOf(utf8, (byte)'\n', offset);
            offset = next < 0 ? utf8.Length : next + 1;
        }

        return At(offset + bytePositionInLine);
    }
}
