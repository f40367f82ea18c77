using System.IO.Compression;

namespace PlanAtlas.Bundle;

/// <summary>
/// Writes a zip that is the same byte for byte for the same content: entries sorted, one fixed timestamp,
/// names stored as UTF-8, so a bundle can be checked against another by its hash. Every entry sits in one top folder,
/// so that unpacking the zip gives one folder rather than loose files.
/// </summary>
public static class ReproducibleZip
{
    public static readonly DateTimeOffset Timestamp = new(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(string zipPath, string topFolder, IEnumerable<KeyValuePair<string, byte[]>> files)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(zipPath))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(zipPath)}.{Guid.NewGuid():N}.tmp");
        using (var stream = File.Create(temp))
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: false, entryNameEncoding: System.Text.Encoding.UTF8))
        {
            foreach (var (name, content) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(topFolder + "/" + name, CompressionLevel.Optimal);
                entry.LastWriteTime = Timestamp;
                using var entryStream = entry.Open();
                entryStream.Write(content);
            }
        }

        File.Move(temp, zipPath, overwrite: true);
    }
}
