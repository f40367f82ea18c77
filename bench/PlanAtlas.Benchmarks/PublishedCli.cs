using System.Diagnostics;

namespace PlanAtlas.Benchmarks;

/// <summary>
/// The CLI as users run it: <c>dotnet publish src/PlanAtlas.Cli -c Release</c> with the project's own publish settings
/// (native or not is the project's choice, not the benchmark's), then <c>plan-atlas build</c>: the native executable
/// when the publish made one, else <c>dotnet plan-atlas.dll build</c>.
/// </summary>
public sealed class PublishedCli
{
    private const string Native = "plan-atlas";
    private const string Dll = "plan-atlas.dll";

    private PublishedCli(string folder) => Folder = folder;

    public string Folder { get; }

    private bool IsNative => File.Exists(Path.Combine(Folder, Native)) && !File.Exists(Path.Combine(Folder, Dll));

    /// <summary>The program to start and its first arguments, before the command's own.</summary>
    public (string File, IReadOnlyList<string> Arguments) Command(params string[] arguments) => IsNative
        ? (Path.Combine(Folder, Native), arguments)
        : ("dotnet", [Path.Combine(Folder, Dll), .. arguments]);

    /// <summary>Publishes once into <paramref name="folder"/>; throws with the publish's output when it fails.</summary>
    public static PublishedCli Publish(string repo, string folder, ChildProcessMeter meter)
    {
        var project = Path.Combine(repo, "src", "PlanAtlas.Cli");
        var run = meter.Run("dotnet", ["publish", project, "-c", "Release", "-o", folder, "--nologo"], repo);
        if (!run.Succeeded || !(File.Exists(Path.Combine(folder, Native)) || File.Exists(Path.Combine(folder, Dll))))
        {
            throw new BenchmarkException($"dotnet publish {project} failed (exit {run.ExitCode}):\n{run.Tail(20)}");
        }

        Console.WriteLine($"published the CLI into {folder} in {run.Wall.TotalSeconds:0.0} s");
        return new PublishedCli(folder);
    }

    /// <summary>
    /// <c>build</c> in the site folder, which is where the CLI looks for statiq.json. PLANATLAS_BASEURL is not passed
    /// on: it would override the corpus's own settings.
    /// </summary>
    /// <param name="output">The output folder, relative to the site folder; null for the settings' own.</param>
    public ChildMeasurement Build(string siteFolder, ChildProcessMeter meter, string? output = null)
    {
        var (file, arguments) = output is null ? Command("build") : Command("build", "-o", output);
        var run = meter.Run(file, arguments, siteFolder, "PLANATLAS_BASEURL");
        return run.Succeeded
            ? run
            : throw new BenchmarkException($"plan-atlas build in {siteFolder} failed (exit {run.ExitCode}); its last lines:\n{run.Tail(20)}");
    }
}

/// <summary>A step of the benchmark failed; the message says which and shows the child's last lines.</summary>
public sealed class BenchmarkException(string message) : Exception(message);
