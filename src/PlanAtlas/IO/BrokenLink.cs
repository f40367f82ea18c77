namespace PlanAtlas.IO;

/// <summary>
/// A symbolic link that leads to nothing. .NET lists it as a file and <see cref="File.Exists"/> says true on Linux, so a
/// build would meet it only when reading, as an exception that does not name the link.
/// </summary>
public static class BrokenLink
{
    /// <summary>Why the file at <paramref name="path"/> cannot be read when it is a link to nothing, in words; null otherwise.</summary>
    public static string? Describe(string path) =>
        TargetOf(path) is { } target ? $"it is a link to '{target}', which does not exist" : null;

    /// <summary>The target the link at <paramref name="path"/> names when it leads to nothing (or round a loop); null otherwise.</summary>
    private static string? TargetOf(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not { } target)
        {
            return null;
        }

        try
        {
            return info.ResolveLinkTarget(returnFinalTarget: true) is { Exists: true } ? null : target;
        }
        catch (IOException)
        {
            return target;
        }
    }
}
