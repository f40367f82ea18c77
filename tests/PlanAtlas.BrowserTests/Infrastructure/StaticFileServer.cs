using System.Net;
using System.Net.Sockets;

namespace PlanAtlas.BrowserTests.Infrastructure;

/// <summary>
/// Serves a folder over http://127.0.0.1 on a free port, the way a static host would: index.html for
/// folder URLs (redirecting /a to /a/ so relative links resolve), 404.html for missing pages, and
/// nothing outside the folder. For tests only; the product's own preview server may replace it.
/// </summary>
public sealed class StaticFileServer : IAsyncDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".webmanifest"] = "application/manifest+json; charset=utf-8",
        [".woff2"] = "font/woff2",
        [".zip"] = "application/zip",
    };

    private readonly HttpListener _listener;
    private readonly string _root;
    private readonly Task _acceptLoop;

    private StaticFileServer(HttpListener listener, string root, Uri baseUrl)
    {
        _listener = listener;
        _root = root;
        BaseUrl = baseUrl;
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>Ends with a slash: <c>http://127.0.0.1:49152/</c>.</summary>
    public Uri BaseUrl { get; }

    public static StaticFileServer Start(string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Cannot serve {root}: no such folder.");
        }

        // A port found free can be taken before HttpListener binds it, so try a few.
        for (var attempt = 1; ; attempt++)
        {
            var baseUrl = new Uri($"http://127.0.0.1:{FreePorts.Next()}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(baseUrl.ToString());
            try
            {
                listener.Start();
                return new StaticFileServer(listener, root, baseUrl);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    /// <summary>The absolute URL of a path relative to the served folder, such as <c>plans/gansu/</c>.</summary>
    public string Url(string relativePath = "") => new Uri(BaseUrl, relativePath.TrimStart('/')).ToString();

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _acceptLoop;
    }

    private async Task AcceptLoopAsync()
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }

            _ = Task.Run(() => RespondAsync(context));
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            response.Headers["Cache-Control"] = "no-store";
            // As on real static hosts: a script or stylesheet served with the wrong type is refused.
            response.Headers["X-Content-Type-Options"] = "nosniff";
            await ServeAsync(context.Request, response);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away mid-response; nothing to report.
        }
        catch (Exception e)
        {
            // Runs on a fire-and-forget task: without this the failure would vanish, not fail a test.
            Console.Error.WriteLine($"StaticFileServer: {context.Request.RawUrl}: {e}");
            TrySetStatus(response, 500);
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
            {
            }
        }
    }

    private static void TrySetStatus(HttpListenerResponse response, int status)
    {
        try
        {
            response.StatusCode = status;
        }
        catch (InvalidOperationException)
        {
            // Headers already sent; the truncated body is the best signal left.
        }
    }

    private async Task ServeAsync(HttpListenerRequest request, HttpListenerResponse response)
    {
        if (request.HttpMethod is not ("GET" or "HEAD"))
        {
            response.StatusCode = 405;
            return;
        }

        var urlPath = UrlPath(request.RawUrl ?? "/");
        var path = urlPath is null ? null : MapToFile(urlPath);
        if (path is null)
        {
            response.StatusCode = 400;
            return;
        }

        if (Directory.Exists(path))
        {
            if (!urlPath!.EndsWith('/'))
            {
                response.StatusCode = 301;
                response.RedirectLocation = EscapePath(urlPath + "/") + QueryOf(request.RawUrl);
                return;
            }

            path = Path.Combine(path, "index.html");
        }

        var status = 200;
        if (!File.Exists(path))
        {
            status = 404;
            path = Path.Combine(_root, "404.html");
            if (!File.Exists(path))
            {
                response.StatusCode = status;
                return;
            }
        }

        response.StatusCode = status;
        response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
        await using var file = File.OpenRead(path);
        response.ContentLength64 = file.Length;
        if (request.HttpMethod == "GET")
        {
            await file.CopyToAsync(response.OutputStream);
        }
    }

    /// <summary>The decoded path of a request target, or null when it is malformed.</summary>
    private static string? UrlPath(string rawUrl)
    {
        var end = rawUrl.IndexOfAny(['?', '#']);
        var encoded = end < 0 ? rawUrl : rawUrl[..end];
        try
        {
            return encoded.StartsWith('/') ? Uri.UnescapeDataString(encoded) : null;
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static string QueryOf(string? rawUrl)
    {
        var start = rawUrl?.IndexOf('?') ?? -1;
        return start < 0 ? "" : rawUrl![start..];
    }

    /// <summary>
    /// The file a URL path names inside the served folder, or null when it would leave the folder.
    /// Checked twice: no dot segments or backslashes after decoding (so %2e%2e and ..%2f are caught),
    /// then the resolved path must still lie under the root.
    /// </summary>
    private string? MapToFile(string urlPath)
    {
        var segments = urlPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.Contains('\\') || s.Contains('\0')))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine([_root, .. segments]));
        return full == _root || full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : null;
    }
}
