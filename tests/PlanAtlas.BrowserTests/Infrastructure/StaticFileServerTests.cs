using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PlanAtlas.BrowserTests.Infrastructure;

public sealed class StaticFileServerTests : IAsyncLifetime
{
    private readonly DirectoryInfo _parent = Directory.CreateTempSubdirectory("planatlas-server-");
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false });
    private StaticFileServer _server = null!;

    private string Root => Path.Combine(_parent.FullName, "site");

    public Task InitializeAsync()
    {
        Write("index.html", "<h1>首页</h1>");
        Write("plans/gansu/index.html", "<h1>甘肃省</h1>");
        Write("404.html", "<h1>未找到</h1>");
        Write("assets/site.css", "h1{}");
        Write("assets/site.js", "1");
        Write("assets/icon.svg", "<svg/>");
        Write("data/topics.json", "{}");
        Write("法治.txt", "法治");
        File.WriteAllText(Path.Combine(_parent.FullName, "secret.txt"), "SECRET");
        _server = StaticFileServer.Start(Root);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _client.Dispose();
        _parent.Delete(recursive: true);
    }

    private void Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    [Theory]
    [InlineData("", "text/html; charset=utf-8", "<h1>首页</h1>")]
    [InlineData("plans/gansu/", "text/html; charset=utf-8", "<h1>甘肃省</h1>")]
    [InlineData("assets/site.css", "text/css; charset=utf-8", "h1{}")]
    [InlineData("assets/site.js", "text/javascript; charset=utf-8", "1")]
    [InlineData("assets/icon.svg", "image/svg+xml", "<svg/>")]
    [InlineData("data/topics.json", "application/json; charset=utf-8", "{}")]
    [InlineData("%E6%B3%95%E6%B2%BB.txt", "text/plain; charset=utf-8", "法治")]
    public async Task Given_a_file_in_the_folder_When_requested_Then_it_is_served_with_its_content_type(
        string path, string contentType, string body)
    {
        using var response = await _client.GetAsync(_server.Url(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_a_folder_url_without_a_slash_When_requested_Then_it_redirects_so_relative_links_resolve()
    {
        using var response = await _client.GetAsync(_server.Url("plans/gansu"));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/plans/gansu/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Given_a_missing_page_When_requested_Then_the_sites_404_page_is_served_with_status_404()
    {
        using var response = await _client.GetAsync(_server.Url("plans/nowhere/"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("未找到", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/plans/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("/..%5csecret.txt")]
    public async Task Given_a_path_leaving_the_folder_When_requested_Then_the_file_outside_is_never_served(string target)
    {
        // Raw HTTP, because HttpClient would normalize the dot segments away before sending.
        var (status, body) = await RawGetAsync(target);

        Assert.NotEqual(200, status);
        Assert.DoesNotContain("SECRET", body);
    }

    [Fact]
    public async Task Given_a_head_or_post_request_When_received_Then_head_has_no_body_and_post_is_refused()
    {
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, _server.Url()));
        using var post = await _client.PostAsync(_server.Url(), new StringContent("x"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    private async Task<(int Status, string Body)> RawGetAsync(string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _server.BaseUrl.Port);
        await using var stream = tcp.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {_server.BaseUrl.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ', 3)[1]);
        return (status, response);
    }
}
