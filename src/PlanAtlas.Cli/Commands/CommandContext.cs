using PlanAtlas.Configuration;
using PlanAtlas.Diagnostics;
using PlanAtlas.Pipeline;

namespace PlanAtlas.Cli.Commands;

/// <summary>The build context every command starts from: settings read once from the current folder, options applied.</summary>
internal static class CommandContext
{
    /// <summary>The context; throws <see cref="SettingsException"/> (printed as located lines) when the settings cannot be used.</summary>
    public static BuildContext Create(FileInfo? settingsFile, DirectoryInfo? output = null, string? baseUrl = null)
    {
        var root = Environment.CurrentDirectory;
        var diagnostics = new DiagnosticBag();
        var settings = SettingsReader.Read(root, settingsFile?.FullName, diagnostics, baseUrl);
        if (output is not null)
        {
            settings.OverrideOutput(output.FullName, "--output");
        }

        // Warnings stay in the bag and are printed with the build's own findings.
        return diagnostics.HasErrors
            ? throw new SettingsException(diagnostics.Items)
            : new BuildContext(settings, root, new ConsoleProgress()) { Diagnostics = diagnostics };
    }
}
