using System.Net;
using PlanAtlas.Diagnostics;
using PlanAtlas.Preview;

namespace PlanAtlas.Tests.Preview;

/// <summary><c>--host</c>: loopback as given; anything other machines could reach only on request, and with a warning.</summary>
public sealed class ListenAddressTests
{
    [Theory]
    [InlineData("localhost", "127.0.0.1", "localhost")]
    [InlineData("127.0.0.1", "127.0.0.1", "127.0.0.1")]
    [InlineData("127.0.0.2", "127.0.0.2", "127.0.0.2")]
    [InlineData("::1", "::1", "[::1]")]
    [InlineData("[::1]", "::1", "[::1]")]
    public void A_loopback_host_is_listened_on_without_a_warning(string host, string address, string urlHost)
    {
        var listen = ListenAddress.Parse(host, allowRemote: false);

        Assert.Equal(IPAddress.Parse(address), listen.Address);
        Assert.Equal(urlHost, listen.UrlHost);
        Assert.Null(listen.Warning);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("192.168.1.10")]
    [InlineData("example.com")]
    public void Any_other_host_is_refused_without_allow_remote(string host)
    {
        var refused = Assert.Throws<ServerStartException>(() => ListenAddress.Parse(host, allowRemote: false));

        Assert.Equal(DiagnosticCodes.RemoteHostRefused, refused.Code);
        Assert.Equal(
            $"error PA031: host {host} is not a loopback address; preview listens on localhost, 127.0.0.1 or ::1 unless you add --allow-remote",
            refused.Line);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    public void With_allow_remote_it_is_listened_on_with_a_warning(string host)
    {
        var listen = ListenAddress.Parse(host, allowRemote: true);

        Assert.True(listen.IsWildcard);
        Assert.StartsWith($"warning: {host} can be reached from other machines", listen.Warning);
    }

    [Fact]
    public async Task A_server_on_ipv6_loopback_answers_there()
    {
        await using var server = new SiteServer(Path.GetTempPath(), ListenAddress.Parse("::1", allowRemote: false), port: 0);
        server.Start();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        using var response = await client.GetAsync(server.Address + "no-such-file");

        Assert.StartsWith("http://[::1]:", server.Address);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
