namespace PlanAtlas.Tests.Infrastructure;

/// <summary>Where one snapshot lives: <c>{Class}.{Method}[_{name}].verified.{ext}</c> and its received twin.</summary>
internal sealed record SnapshotFiles(string Verified, string Received, string DisplayName)
{
    public static SnapshotFiles Resolve(
        string? directory, string callerFile, string member, string? name, string extension)
    {
        var className = Path.GetFileNameWithoutExtension(callerFile);
        var folder = directory ?? SourceFolder(callerFile);
        var suffix = string.IsNullOrEmpty(name) ? "" : "_" + Sanitize(name);
        var stem = $"{className}.{member}{suffix}";
        var ext = extension.TrimStart('.');
        return new SnapshotFiles(
            Path.Combine(folder, $"{stem}.verified.{ext}"),
            Path.Combine(folder, $"{stem}.received.{ext}"),
            stem);
    }

    private static string SourceFolder(string callerFile)
    {
        // A build with deterministic source paths (ContinuousIntegrationBuild) maps the repo to "/_/";
        // the snapshots still sit beside the test in the real checkout.
        var path = callerFile.StartsWith("/_/", StringComparison.Ordinal)
            ? Path.Combine(RepoPaths.Root, callerFile[3..])
            : callerFile;
        var folder = Path.GetDirectoryName(path);
        if (string.IsNullOrEmpty(folder) || !System.IO.Directory.Exists(folder))
        {
            throw new InvalidOperationException(
                $"Cannot place the snapshot: the test's source folder '{folder}' does not exist. " +
                "Pass SnapshotSettings.Directory explicitly.");
        }

        return folder;
    }

    private static string Sanitize(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return string.Concat(name.Select(c => invalid.Contains(c) || c == '/' || c == '\\' ? '_' : c));
    }
}
