using PlanAtlas.Diagnostics;
using PlanAtlas.Pipeline;

namespace PlanAtlas.Write;

/// <summary>
/// The output folder, claimed for one build: checked by <see cref="OutputGuard"/>, locked against a second build,
/// and cleared of what interrupted builds left beside it. Disposing releases the lock.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private readonly OutputLock _lock;

    private OutputFolder(string path, OutputLock outputLock)
    {
        Path = path;
        _lock = outputLock;
    }

    public string Path { get; }

    /// <summary>The claimed folder, or null (with a located error in the context's diagnostics) when it may not be used.</summary>
    public static OutputFolder? Claim(BuildContext context)
    {
        var settings = context.Settings;
        if (!OutputGuard.CheckPlace(settings, context.RootPath, context.Diagnostics))
        {
            return null;
        }

        var held = OutputLock.Acquire(settings.OutputPath, context.OutputLockWait, () => context.Report("waiting for another build into the same output folder"));
        if (held is null)
        {
            context.Diagnostics.Error(DiagnosticCodes.OutputBusy, settings.LocationOf(nameof(settings.OutputPath)),
                $"another build is still writing '{settings.OutputPath}' (lock {OutputNames.Lock(settings.OutputPath)}); " +
                $"gave up after {context.OutputLockWait.TotalSeconds:0} s. Stop the other build or preview, or choose another output folder");
            return null;
        }

        // Checked again under the lock: the other build may have changed the folder while this one waited.
        if (!OutputGuard.CheckContent(settings, context.Diagnostics))
        {
            held.Dispose();
            return null;
        }

        foreach (var leftover in OutputNames.Leftovers(settings.OutputPath))
        {
            if (OutputNames.IsOurs(leftover) || !Directory.EnumerateFileSystemEntries(leftover).Any())
            {
                Directory.Delete(leftover, recursive: true);
            }
        }

        return new OutputFolder(settings.OutputPath, held);
    }

    public void Dispose() => _lock.Dispose();
}
