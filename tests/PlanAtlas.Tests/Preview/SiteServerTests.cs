using System.Net;
using PlanAtlas.Preview;

namespace PlanAtlas.Tests.Preview;

/// <summary>The server as a static host: what it serves, how, and everything it refuses.</summary>
public sealed class SiteServerTests : IDisposable
{
    private readonly ServedFolder _site = new();
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    private SiteServer Server => _site.Server;

    [Theory]
    [InlineData("", "text/html; charset=utf-8", "<h1>首页</h1>")]
    [InlineData("plans/gansu/", "text/html; charset=utf-8", "<h1>甘肃省</h1>")]
    [InlineData("assets/site.css", "text/css; charset=utf-8", "h1{}")]
    [InlineData("assets/site.js", "text/javascript; charset=utf-8", "1")]
    [InlineData("assets/icon.svg", "image/svg+xml", "<svg/>")]
    [InlineData("data/topics.json", "application/json; charset=utf-8", "{}")]
    [InlineData("%E6%B3%95%E6%B2%BB.txt", "text/plain; charset=utf-8", "法治")]
    public async Task A_file_in_the_folder_is_served_with_its_content_type(string path, string contentType, string body)
    {
        using var response = await _client.GetAsync(Server.Url(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
        Assert.Contains(body, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(LiveReload.ScriptPath, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("plans/gansu", "/plans/gansu/")]
    [InlineData("plans/gansu?q=%E5%AE%AA%E6%B3%95&x=1", "/plans/gansu/?q=%E5%AE%AA%E6%B3%95&x=1")]
    public async Task A_folder_without_its_trailing_slash_redirects_permanently_keeping_the_query(string path, string location)
    {
        using var response = await _client.GetAsync(Server.Url(path));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Server.Address + location.TrimStart('/'), new Uri(new Uri(Server.Url(path)), response.Headers.Location!).AbsoluteUri);
    }

    [Fact]
    public async Task A_missing_page_gets_the_sites_404_page_with_status_404()
    {
        using var response = await _client.GetAsync(Server.Url("plans/nowhere/"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("未找到", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task Any_method_but_get_and_head_gets_405_with_the_allowed_ones(string method)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), Server.Url("index.html")) { Content = new StringContent("x") });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task Head_gets_the_headers_of_get_without_a_body()
    {
        using var get = await _client.GetAsync(Server.Url());
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, Server.Url()));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/plans/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/%00index.html")]
    public async Task A_path_leaving_the_folder_never_serves_the_file_outside(string target)
    {
        var (status, text) = await RawHttp.GetAsync(Server.Port, target);

        Assert.NotEqual(200, status);
        Assert.DoesNotContain("SECRET", text);
    }

    [Fact]
    public async Task A_symlink_to_a_file_outside_the_folder_is_not_found_while_one_inside_is_served()
    {
        _site.Link("leak.txt", Path.Combine(_site.Outside, "secret.txt"));
        _site.Link("passwd", "/etc/passwd");
        _site.Link("same.css", Path.Combine(_site.Root, "assets", "site.css"));

        using var leak = await _client.GetAsync(Server.Url("leak.txt"));
        using var passwd = await _client.GetAsync(Server.Url("passwd"));
        using var same = await _client.GetAsync(Server.Url("same.css"));

        Assert.Equal(HttpStatusCode.NotFound, leak.StatusCode);
        Assert.DoesNotContain("SECRET", await leak.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, passwd.StatusCode);
        Assert.DoesNotContain("root:", await passwd.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal("h1{}", await same.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("escape/index.html")]
    [InlineData("escape/")]
    [InlineData("escape")]
    [InlineData("escape/secret.txt")]
    [InlineData("plans/up/secret.txt")]
    public async Task A_symlinked_folder_leading_outside_serves_nothing_not_even_a_redirect(string path)
    {
        Directory.CreateSymbolicLink(Path.Combine(_site.Root, "escape"), Path.Combine(_site.Outside, "folder"));
        Directory.CreateSymbolicLink(Path.Combine(_site.Root, "plans", "up"), "../.."); // relative: the site's parent

        using var response = await _client.GetAsync(Server.Url(path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("SECRET", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1:1")]
    [InlineData("localhost.evil.example:{port}")]
    public async Task A_request_for_another_host_is_refused(string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Server.Url());
        request.Headers.Host = host.Replace("{port}", Server.Port.ToString());

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("首页", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("localhost:{port}")]
    [InlineData("LOCALHOST:{port}")]
    public async Task A_request_for_the_bound_address_or_localhost_is_answered(string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Server.Url());
        request.Headers.Host = host.Replace("{port}", Server.Port.ToString());

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Asked_for_port_0_it_listens_on_a_real_port_and_says_which()
    {
        Assert.NotEqual(0, Server.Port);
        Assert.Equal($"http://127.0.0.1:{Server.Port}/", Server.Address);

        using var response = await _client.GetAsync(Server.Address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }
}
