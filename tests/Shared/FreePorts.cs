using System.Net;
using System.Net.Sockets;

namespace PlanAtlas.Testing;

/// <summary>A loopback port nobody listens on, for servers a test starts (one file, linked into every test project).</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
