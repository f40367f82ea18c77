using PlanAtlas.IO;
using System.Text.Json;
using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Pages;

/// <summary>
/// 404.html. A host serves it at whatever address was missing (<c>/plans/quxian/x/y/</c>), so no link written into
/// it can be right at every depth. The design, and why:
/// <list type="bullet">
/// <item>Its links are written like any page's at the site's root, relative to its own file: opened from
/// <c>file://</c> or served at a top-level address they work as they are, with no script and no base URL.</item>
/// <item>A few lines of script, first in the head, run before any link or stylesheet is resolved. Over http(s) they
/// put a <c>&lt;base href&gt;</c> at the site's root, so every relative link, the stylesheets and the icon resolve
/// from there at any depth. The root is the path of the base URL when the settings give one and the address is under
/// it (so a site in a sub-folder is found exactly); otherwise the part of the address before the first of the site's
/// top-level folders (<see cref="Routes.TopFolders"/>), and the host's root when there is none.</item>
/// <item>Links are never absolute (the old design): the page then loads nothing from another host even when it is
/// served somewhere other than the base URL (a preview, a staging host, a copy), and works without a base URL.</item>
/// <item>A <c>&lt;base&gt;</c> would send same-page links (<c>#main</c>) to the root: the script points them back at
/// the address being shown.</item>
/// <item>From <c>file://</c> (an offline copy, or the page saved at some depth of one) the folders above the site are
/// the reader's own and may be called anything, so the script looks for the top-level folder nearest the file instead
/// (from the right); with none the file is at the site's root and its links are right as written, so no base is set.
/// A deeper folder named like a top-level one (a plan whose slug were <c>data</c>) would mislead it; slugs are place
/// names, so this is accepted rather than inlining a copy of the stylesheet into the page.</item>
/// </list>
/// Without script, at depth, the page still says what happened, unstyled.
/// </summary>
public sealed class NotFoundPage(RenderContext context) : IPageSource
{
    public IEnumerable<RenderedPage> Render(SiteModel site)
    {
        var shell = context.Shell(Routes.NotFound, "找不到该页面", "您要找的页面不存在。");
        shell = shell with
        {
            NoIndex = true,
            SearchAsYouType = false,
            Canonical = null,
            Meta = [.. shell.Meta.Where(m => m.Key != "og:url")], // its address is whichever was missing
            HeadScript = RootScript(RootPath(context.Settings.BaseUrl)),
        };
        yield return context.Page("404", shell, new NotFoundView(Routes.Home));
    }

    /// <summary>The path of the site's root on its public host (<c>/</c>, <c>/atlas/</c>); null without a base URL.</summary>
    public static string? RootPath(string baseUrl) =>
        Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var uri) ? uri.AbsolutePath.TrimEnd('/') + "/" : null;

    /// <summary>The head script that sets the page's base at the site's root (see the class summary).</summary>
    public static RawHtml RootScript(string? rootPath)
    {
        // Serialised with the default encoder: '<', '>' and '&' become \u escapes, so a value cannot end the script.
        var known = JsonSerializer.Serialize(rootPath, JsonContracts.Default.String);
        var folders = JsonSerializer.Serialize(Routes.TopFolders, JsonContracts.Default.IReadOnlyListString);
        return new RawHtml($$"""
            (function () {
              var known = {{known}}, folders = {{folders}}, path = location.pathname, parts = path.split("/"), root = null, i;
              if (location.protocol === "http:" || location.protocol === "https:") {
                root = "/";
                if (known && path.indexOf(known) === 0) {
                  root = known;
                } else {
                  for (i = 1; i < parts.length; i++) {
                    if (folders.indexOf(parts[i]) >= 0) { root = parts.slice(0, i).join("/") + "/"; break; }
                  }
                }
              } else if (location.protocol === "file:") {
                for (i = parts.length - 2; i >= 1; i--) {
                  if (folders.indexOf(parts[i]) >= 0) { root = parts.slice(0, i).join("/") + "/"; break; }
                }
              }
              if (root === null) return;
              var base = document.createElement("base");
              base.href = root;
              document.head.appendChild(base);
              document.addEventListener("DOMContentLoaded", function () {
                var here = location.href.split("#")[0];
                document.querySelectorAll('a[href^="#"]').forEach(function (a) { a.href = here + a.getAttribute("href"); });
              });
            })();
            """.Replace("\r", string.Empty, StringComparison.Ordinal));
    }
}
