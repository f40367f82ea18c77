using PlanAtlas.Diagnostics;

namespace PlanAtlas.Configuration;

/// <summary>The settings cannot be used; carries the located findings so that commands print them, never a stack.</summary>
public sealed class SettingsException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
