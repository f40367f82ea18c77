using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PlanAtlas.Tests.Preview;

/// <summary>
/// HTTP written by hand over a socket, for what <see cref="HttpClient"/> would not send as written
/// (dot segments, encoded slashes) and for event streams held open by the hundred.
/// </summary>
internal static class RawHttp
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    /// <summary>Sends one GET and reads the whole response (the server closes after it).</summary>
    public static async Task<(int Status, string Text)> GetAsync(int port, string target)
    {
        using var tcp = await ConnectAsync(port, $"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
        using var reader = new StreamReader(tcp.GetStream(), Encoding.UTF8);
        var text = await reader.ReadToEndAsync().WaitAsync(Generous);
        return (int.Parse(text.Split(' ', 3)[1]), text);
    }

    /// <summary>Opens the live-reload event stream and returns once the server has said it is connected.</summary>
    public static async Task<TcpClient> OpenEventStreamAsync(int port)
    {
        var tcp = await ConnectAsync(port, $"GET /__preview/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n");
        var received = new StringBuilder();
        var buffer = new byte[1024];
        using var timeout = new CancellationTokenSource(Generous);
        while (!received.ToString().Contains(": connected"))
        {
            var read = await tcp.GetStream().ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                tcp.Dispose();
                throw new IOException("The server closed the event stream: " + received);
            }

            received.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        return tcp;
    }

    private static async Task<TcpClient> ConnectAsync(int port, string request)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        await tcp.GetStream().WriteAsync(Encoding.ASCII.GetBytes(request));
        return tcp;
    }
}
