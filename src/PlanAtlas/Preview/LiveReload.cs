namespace PlanAtlas.Preview;

/// <summary>
/// The small script preview injects into every HTML page it serves (never into a built site): it listens to
/// server-sent events, reloads after a successful rebuild and shows a failed build's errors over the page.
/// </summary>
public static class LiveReload
{
    public const string ScriptPath = "/__preview/live.js";
    public const string EventsPath = "/__preview/events";

    public const string Script = """
        (function () {
          "use strict";
          var overlay = null;
          function show(message) {
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.id = "preview-error";
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;z-index:2147483647;" +
                "margin:0;padding:1rem;background:#2b0d0d;color:#ffd7d7;font:14px/1.5 monospace;white-space:pre-wrap;border-top:4px solid #e0736b";
              document.body.appendChild(overlay);
            }
            overlay.textContent = "构建失败，仍显示上一次成功的版本：\n\n" + message;
          }
          var events = new EventSource("/__preview/events");
          events.onopen = function () { document.documentElement.setAttribute("data-preview", "connected"); };
          events.addEventListener("reload", function () { location.reload(); });
          events.addEventListener("failed", function (e) { show(e.data); });
        })();
        """;

    /// <summary>Adds the script before &lt;/body&gt; (or at the end when there is none).</summary>
    public static string Inject(string html)
    {
        var tag = $"<script src=\"{ScriptPath}\"></script>";
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + tag : html[..at] + tag + html[at..];
    }
}
