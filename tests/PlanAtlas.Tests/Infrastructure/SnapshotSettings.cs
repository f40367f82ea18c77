namespace PlanAtlas.Tests.Infrastructure;

/// <summary>Per-call options for <see cref="Snapshot"/>. Each call gets its own instance, so tests running in parallel never share scrubbers.</summary>
public sealed class SnapshotSettings
{
    /// <summary>Folder for the snapshot files; by default the folder of the calling test's source file.</summary>
    public string? Directory { get; init; }

    public ScrubberRegistry Scrubbers { get; init; } = ScrubberRegistry.CreateDefault();

    /// <summary>Write the verified file instead of failing. Null: from PLANATLAS_ACCEPT=1 or VERIFY_ACCEPT=1.</summary>
    public bool? Accept { get; init; }

    /// <summary>On CI nothing is ever accepted. Null: from CI=true.</summary>
    public bool? ContinuousIntegration { get; init; }

    internal bool OnContinuousIntegration() => ContinuousIntegration ?? IsSet("CI");

    internal bool ShouldAccept() =>
        !OnContinuousIntegration() && (Accept ?? (IsSet("PLANATLAS_ACCEPT") || IsSet("VERIFY_ACCEPT")));

    private static bool IsSet(string variable)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        return value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
    }
}
