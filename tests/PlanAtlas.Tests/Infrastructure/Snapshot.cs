using System.Runtime.CompilerServices;
using System.Text;

namespace PlanAtlas.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions with Verify's conventions: <c>{Class}.{Method}.verified.{ext}</c> committed beside
/// the test, <c>*.received.*</c> written on mismatch (git-ignored), PLANATLAS_ACCEPT=1 to accept.
/// Kept to Verify's shape so that moving to Verify.Xunit later is a search and replace.
/// </summary>
public static class Snapshot
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Compares pretty-printed HTML (a whole document, or a fragment parsed as body content).</summary>
    /// <param name="name">Suffix for data-driven tests: <c>Class.Method_{name}.verified.html</c>.</param>
    public static Task VerifyHtml(
        string html,
        string? name = null,
        SnapshotSettings? settings = null,
        [CallerFilePath] string file = "",
        [CallerMemberName] string member = "") =>
        Verify(HtmlSnapshotFormatter.Format(html), "html", name, settings, file, member);

    /// <summary>Compares JSON: a string is taken as JSON text and re-indented; anything else is serialized as a model.</summary>
    public static Task VerifyJson(
        object? modelOrJson,
        string? name = null,
        SnapshotSettings? settings = null,
        [CallerFilePath] string file = "",
        [CallerMemberName] string member = "")
    {
        var json = modelOrJson is string text
            ? JsonSnapshotFormatter.FormatJson(text)
            : JsonSnapshotFormatter.FormatModel(modelOrJson);
        return Verify(json, "json", name, settings, file, member);
    }

    public static Task VerifyText(
        string text,
        string extension = "txt",
        string? name = null,
        SnapshotSettings? settings = null,
        [CallerFilePath] string file = "",
        [CallerMemberName] string member = "") =>
        Verify(text, extension, name, settings, file, member);

    private static async Task Verify(
        string content, string extension, string? name, SnapshotSettings? settings, string file, string member)
    {
        settings ??= new SnapshotSettings();
        var files = SnapshotFiles.Resolve(settings.Directory, file, member, name, extension);
        var received = EndWithNewLine(settings.Scrubbers.Apply(NormalizeLineEndings(content)));
        var verified = File.Exists(files.Verified)
            ? NormalizeLineEndings(await File.ReadAllTextAsync(files.Verified))
            : null;

        if (verified == received)
        {
            File.Delete(files.Received);
            return;
        }

        if (settings.ShouldAccept())
        {
            await Write(files.Verified, received);
            File.Delete(files.Received);
            return;
        }

        await Write(files.Received, received);
        throw new SnapshotMismatchException(FailureMessage(files, verified, received, settings));
    }

    private static string FailureMessage(SnapshotFiles files, string? verified, string received, SnapshotSettings settings)
    {
        var message = new StringBuilder();
        message.Append(verified is null
            ? $"Snapshot {files.DisplayName} has no verified file yet.\n"
            : $"Snapshot {files.DisplayName} does not match.\n");
        message.Append($"  received: {files.Received}\n");
        message.Append($"  verified: {files.Verified}{(verified is null ? " (missing)" : "")}\n");
        message.Append(settings.OnContinuousIntegration()
            ? "On CI snapshots are never accepted: accept them locally and commit the verified file.\n"
            : "If the received file is right, rename it to the verified name, or rerun with PLANATLAS_ACCEPT=1.\n");
        message.Append("Diff (- verified, + received; line numbers are in the received file):\n");
        message.Append(SnapshotDiff.Render(verified ?? "", received));
        return message.ToString();
    }

    private static async Task Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text, Utf8NoBom);
    }

    private static string NormalizeLineEndings(string text) =>
        text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n');

    private static string EndWithNewLine(string text) => text.TrimEnd('\n') + "\n";
}
