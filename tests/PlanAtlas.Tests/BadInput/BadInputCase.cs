using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PlanAtlas.Tests.Specs;

namespace PlanAtlas.Tests.BadInput;

/// <summary>
/// One case of the bad-input catalogue, read from a spec example:
/// the input section holds the files to write (each after a line <c>=== path</c>; <c>⟨FF⟩</c> writes a raw byte),
/// the expected section the command line, and the findings section <c>exit N</c> then the lines stderr must hold.
/// </summary>
public sealed partial record BadInputCase(IReadOnlyList<(string Path, byte[] Content)> Files, IReadOnlyList<string> Args, int Exit, IReadOnlyList<string> Lines)
{
    public static BadInputCase From(SpecExample example)
    {
        var files = new List<(string, byte[])>();
        foreach (var block in ("\n" + example.Input).Split("\n=== ", StringSplitOptions.RemoveEmptyEntries))
        {
            var newline = block.IndexOf('\n');
            var path = (newline < 0 ? block : block[..newline]).Trim();
            var content = newline < 0 ? string.Empty : block[(newline + 1)..] + "\n";
            files.Add((path, Bytes(content)));
        }

        var findings = example.ExpectedDiagnostics.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var exit = int.Parse(findings[0].Replace("exit ", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        return new BadInputCase(files, example.Expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), exit, findings[1..]);
    }

    private static byte[] Bytes(string content)
    {
        var bytes = new List<byte>();
        var last = 0;
        foreach (Match m in RawByte().Matches(content))
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(content[last..m.Index]));
            bytes.Add(byte.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            last = m.Index + m.Length;
        }

        bytes.AddRange(Encoding.UTF8.GetBytes(content[last..]));
        return [.. bytes];
    }

    [GeneratedRegex("⟨([0-9A-F]{2})⟩")]
    private static partial Regex RawByte();
}
