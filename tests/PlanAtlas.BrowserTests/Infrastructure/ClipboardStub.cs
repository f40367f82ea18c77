namespace PlanAtlas.BrowserTests.Infrastructure;

/// <summary>
/// Replaces the async Clipboard API with a per-page recorder before any page script runs.
/// Why not the real clipboard: reading it back needs clipboard-read, and Chromium refuses to grant
/// a permission to a file:// page ("Permission can't be granted to opaque origins"), which is how
/// trainers open the offline copy. Reading back works today only because the context grants the
/// permissions to every origin at once. The real headless clipboard is also one per browser, shared
/// by every context, and keeps only the last text. The stub behaves the same over http:// and
/// file://, keeps every write, and also records the document.execCommand('copy') fallback, so a
/// test sees what the page copied whichever path the site's script takes.
/// Pass stubClipboard: false to test against the real clipboard.
/// </summary>
internal static class ClipboardStub
{
    public const string WritesVariable = "__planAtlasClipboardWrites";

    public const string InitScript = """
        (() => {
          if (window.__planAtlasClipboardWrites) return;
          const writes = [];
          Object.defineProperty(window, '__planAtlasClipboardWrites', { value: writes });
          const clipboard = {
            writeText: async text => { writes.push(String(text)); },
            readText: async () => writes.length ? writes[writes.length - 1] : '',
            write: async items => {
              for (const item of items) {
                if (item.types.includes('text/plain')) {
                  writes.push(await (await item.getType('text/plain')).text());
                }
              }
            },
            read: async () => [],
          };
          Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => clipboard, configurable: true });
          const execCommand = Document.prototype.execCommand;
          Document.prototype.execCommand = function (command, ...rest) {
            if (String(command).toLowerCase() === 'copy') {
              const active = document.activeElement;
              const selected = active && typeof active.value === 'string'
                ? active.value.substring(active.selectionStart ?? 0, active.selectionEnd ?? active.value.length)
                : String(document.getSelection());
              writes.push(selected);
              return true;
            }
            return execCommand.call(this, command, ...rest);
          };
        })();
        """;
}
