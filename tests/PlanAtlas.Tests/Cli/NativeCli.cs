using System.Diagnostics;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Cli;

/// <summary>
/// The CLI as it is shipped: <c>dotnet publish src/PlanAtlas.Cli -c Release</c> with the project's own settings, which
/// make one native executable (NativeAOT). Published once for the tests that use it; a failed publish fails them.
/// </summary>
public sealed class NativeCli : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "planatlas-native-" + Guid.NewGuid().ToString("N"));

    public NativeCli()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "publish", Path.Combine("src", "PlanAtlas.Cli"), "-c", "Release", "-o", _folder, "--nologo", "--disable-build-servers", "-nodeReuse:false" })
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under `dotnet test`, whose MSBuild settings would steer a build started from it.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        var (code, stdout, stderr) = ProcessRunner.RunAsync(start, TimeSpan.FromMinutes(15), CancellationToken.None).GetAwaiter().GetResult();
        Executable = Path.Combine(_folder, "plan-atlas");
        if (code != 0 || !File.Exists(Executable))
        {
            throw new InvalidOperationException(
                $"dotnet publish src/PlanAtlas.Cli -c Release made no native executable (exit {code}); NativeAOT needs clang or gcc and zlib1g-dev:\n{stdout}\n{stderr}");
        }
    }

    /// <summary>The native executable.</summary>
    public string Executable { get; }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
