using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace PlanAtlas.Preview;

/// <summary>
/// A small HTTP server for editors: serves the output folder on loopback, injects the live-reload script into
/// HTML, and pushes "reload" or "failed" events to open pages. It serves only files inside the output folder.
/// </summary>
public sealed class PreviewServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _siteFolder;
    private readonly ConcurrentDictionary<Guid, HttpListenerResponse> _clients = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public PreviewServer(string siteFolder, string host, int port)
    {
        _siteFolder = siteFolder;
        Address = $"http://{host}:{port}/";
        _listener.Prefixes.Add(Address);
    }

    public string Address { get; }

    public void Start()
    {
        _listener.Start();
        _loop = Task.Run(AcceptLoop);
    }

    /// <summary>Tells every open page to reload, after a successful rebuild.</summary>
    public void NotifyReload() => Broadcast("reload", "ok");

    /// <summary>Tells every open page that the rebuild failed, with the messages to show.</summary>
    public void NotifyFailed(string messages) => Broadcast("failed", messages);

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                continue;
            }

            _ = Task.Run(() => Handle(context));
        }
    }

    private void Handle(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = context.Request.Url?.AbsolutePath ?? "/";
            if (path == LiveReload.EventsPath)
            {
                OpenEventStream(response);
                return;
            }

            if (path == LiveReload.ScriptPath)
            {
                Send(response, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveReload.Script));
                return;
            }

            var file = StaticFiles.Resolve(_siteFolder, path);
            if (file is null)
            {
                var notFound = StaticFiles.Resolve(_siteFolder, "/404.html");
                var body = notFound is null ? Encoding.UTF8.GetBytes("404") : Encoding.UTF8.GetBytes(LiveReload.Inject(File.ReadAllText(notFound)));
                Send(response, 404, "text/html; charset=utf-8", body);
                return;
            }

            var type = StaticFiles.ContentType(file);
            var content = type.StartsWith("text/html", StringComparison.Ordinal)
                ? Encoding.UTF8.GetBytes(LiveReload.Inject(File.ReadAllText(file)))
                : File.ReadAllBytes(file);
            Send(response, 200, type, content);
        }
        catch (Exception ex) when (ex is IOException or HttpListenerException or ObjectDisposedException)
        {
            // The client went away, or the output folder was being swapped: the browser will retry.
            TryAbort(response);
        }
    }

    private static void Send(HttpListenerResponse response, int status, string contentType, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        response.Close();
    }

    private void OpenEventStream(HttpListenerResponse response)
    {
        response.ContentType = "text/event-stream";
        response.Headers["Cache-Control"] = "no-store";
        response.SendChunked = true;
        var hello = Encoding.UTF8.GetBytes(": connected\n\n");
        response.OutputStream.Write(hello);
        response.OutputStream.Flush();
        _clients[Guid.NewGuid()] = response;
    }

    private void Broadcast(string eventName, string data)
    {
        var lines = string.Join("\n", data.Split('\n').Select(l => "data: " + l));
        var message = Encoding.UTF8.GetBytes($"event: {eventName}\n{lines}\n\n");
        foreach (var (id, client) in _clients)
        {
            try
            {
                client.OutputStream.Write(message);
                client.OutputStream.Flush();
            }
            catch (Exception ex) when (ex is IOException or HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                _clients.TryRemove(id, out _);
            }
        }
    }

    private static void TryAbort(HttpListenerResponse response)
    {
        try
        {
            response.Abort();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        foreach (var client in _clients.Values)
        {
            TryAbort(client);
        }

        _clients.Clear();
        if (_listener.IsListening)
        {
            _listener.Stop();
        }

        _listener.Close();
        _loop?.Wait(TimeSpan.FromSeconds(2));
        _stop.Dispose();
    }
}
