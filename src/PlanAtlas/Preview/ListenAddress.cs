using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using PlanAtlas.Diagnostics;

namespace PlanAtlas.Preview;

/// <summary>
/// Where the server listens, from <c>--host</c>: loopback names and addresses as given; anything that other
/// machines could reach only when the user said so (<c>--allow-remote</c>), since the preview has no access control.
/// </summary>
public sealed record ListenAddress(string Host, IPAddress Address)
{
    public bool IsLoopback => IPAddress.IsLoopback(Address);

    public bool IsWildcard => Address.Equals(IPAddress.Any) || Address.Equals(IPAddress.IPv6Any);

    /// <summary>Printed when the address is reachable from other machines.</summary>
    public string? Warning => IsLoopback
        ? null
        : $"warning: {Host} can be reached from other machines; anyone who can reach it can read the preview";

    /// <exception cref="ServerStartException">The host is not loopback and <paramref name="allowRemote"/> is false, or it names nothing.</exception>
    public static ListenAddress Parse(string host, bool allowRemote)
    {
        var name = host.Trim().TrimStart('[').TrimEnd(']');
        var address = string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase)
            ? IPAddress.Loopback // one address, so that --port 0 gives one port
            : IPAddress.TryParse(name, out var literal) ? literal : null;
        if (address is not null && IPAddress.IsLoopback(address))
        {
            return new ListenAddress(name, address);
        }

        if (!allowRemote)
        {
            throw new ServerStartException(
                DiagnosticCodes.RemoteHostRefused,
                $"host {host} is not a loopback address; preview listens on localhost, 127.0.0.1 or ::1 unless you add --allow-remote");
        }

        return new ListenAddress(name, address ?? Resolve(name));
    }

    private static IPAddress Resolve(string name)
    {
        try
        {
            return Dns.GetHostAddresses(name).FirstOrDefault()
                ?? throw new ServerStartException(DiagnosticCodes.CannotListen, $"host {name} has no address");
        }
        catch (SocketException e)
        {
            throw new ServerStartException(DiagnosticCodes.CannotListen, $"host {name} cannot be resolved: {e.Message}", e);
        }
    }

    /// <summary>The host as it appears in a URL: IPv6 addresses in brackets.</summary>
    public string UrlHost => Address.AddressFamily == AddressFamily.InterNetworkV6 && IPAddress.TryParse(Host, out _) ? $"[{Host}]" : Host;

    /// <summary>
    /// The names a request may carry in its Host header. Refusing others stops a web page on another site from
    /// reading the preview through a DNS name it points at 127.0.0.1 (DNS rebinding).
    /// </summary>
    public IReadOnlySet<string> HostNames()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Host, Address.ToString() };
        if (IsLoopback)
        {
            names.Add("localhost");
        }

        if (IsWildcard)
        {
            // Reachable on every interface: any of the machine's own names and addresses is this server.
            names.UnionWith(["localhost", Dns.GetHostName()]);
            names.UnionWith(NetworkInterface.GetAllNetworkInterfaces()
                .SelectMany(i => i.GetIPProperties().UnicastAddresses)
                .Select(a => a.Address.ToString()));
        }

        return names;
    }
}
