using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace PlanAtlas.Preview;

/// <summary>
/// The open pages listening for rebuilds (server-sent events). Their number is bounded, since each holds a
/// connection; each is released when its page goes away, and all of them when the hub is disposed.
/// </summary>
public sealed class LiveReloadHub(int maxClients = LiveReloadHub.DefaultMaxClients) : IDisposable
{
    public const int DefaultMaxClients = 256;

    private readonly ConcurrentDictionary<Channel<string>, byte> _clients = new();
    private readonly CancellationTokenSource _closing = new();
    private int _count;

    /// <summary>The pages connected now.</summary>
    public int ClientCount => Volatile.Read(ref _count);

    /// <summary>Tells every open page to reload, after a successful rebuild.</summary>
    public void NotifyReload() => Broadcast("reload", "ok");

    /// <summary>Tells every open page that the rebuild failed, with the messages to show.</summary>
    public void NotifyFailed(string messages) => Broadcast("failed", messages);

    /// <summary>Serves one page's event stream until the page leaves or the hub closes.</summary>
    internal async Task ServeAsync(HttpContext context)
    {
        if (Interlocked.Increment(ref _count) > maxClients || _closing.IsCancellationRequested)
        {
            Interlocked.Decrement(ref _count);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        // A page that stops reading gets the latest events only, rather than the server buffering without end.
        var messages = Channel.CreateBounded<string>(new BoundedChannelOptions(8) { FullMode = BoundedChannelFullMode.DropOldest });
        _clients[messages] = 0;
        try
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _closing.Token);
            context.Response.ContentType = "text/event-stream";
            await context.Response.WriteAsync(": connected\n\n", stop.Token);
            await context.Response.Body.FlushAsync(stop.Token);
            await foreach (var message in messages.Reader.ReadAllAsync(stop.Token))
            {
                await context.Response.WriteAsync(message, stop.Token);
                await context.Response.Body.FlushAsync(stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The page went away or the server is stopping: either way this stream is over.
        }
        finally
        {
            _clients.TryRemove(messages, out _);
            Interlocked.Decrement(ref _count);
        }
    }

    private void Broadcast(string eventName, string data)
    {
        var message = new StringBuilder().Append("event: ").Append(eventName).Append('\n');
        foreach (var line in data.Split('\n'))
        {
            message.Append("data: ").Append(line).Append('\n');
        }

        var text = message.Append('\n').ToString();
        foreach (var client in _clients.Keys)
        {
            client.Writer.TryWrite(text);
        }
    }

    public void Dispose()
    {
        if (!_closing.IsCancellationRequested)
        {
            _closing.Cancel();
        }
    }
}
