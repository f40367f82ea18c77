using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using PlanAtlas.Diagnostics;

namespace PlanAtlas.Preview;

/// <summary>
/// Serves a site folder over HTTP the way a static host does (index.html for folders, a redirect to add the
/// trailing slash, the site's 404.html), read-only and only its own files. With a <see cref="LiveReloadHub"/>
/// it is the preview server: HTML pages get the live-reload script and open pages hear about rebuilds.
/// Without one it is a plain static host (the browser tests use it so).
/// </summary>
public sealed class SiteServer : IDisposable, IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly string _folder;
    private readonly ListenAddress _listen;
    private readonly int _requestedPort;
    private readonly ContainedFileProvider _files;
    private WebApplication? _app;
    private int _port;

    /// <param name="liveReload">Owned by the server from now on: disposed with it.</param>
    public SiteServer(string folder, ListenAddress listen, int port, LiveReloadHub? liveReload = null)
    {
        _folder = folder;
        _listen = listen;
        _requestedPort = port;
        _files = new ContainedFileProvider(folder);
        LiveReload = liveReload;
    }

    /// <summary>A static host for <paramref name="folder"/> on 127.0.0.1 and a free port, already listening.</summary>
    public static SiteServer Start(string folder)
    {
        var server = new SiteServer(folder, ListenAddress.Parse("127.0.0.1", allowRemote: false), port: 0);
        server.Start();
        return server;
    }

    public LiveReloadHub? LiveReload { get; }

    /// <summary>The port listened on: the one found when 0 was asked for.</summary>
    public int Port => _port != 0 ? _port : _requestedPort;

    /// <summary>Ends with a slash: <c>http://127.0.0.1:5080/</c>.</summary>
    public string Address => $"http://{_listen.UrlHost}:{Port}/";

    /// <summary>The absolute URL of a path relative to the site, such as <c>plans/gansu/</c>.</summary>
    public string Url(string relativePath = "") => Address + relativePath.TrimStart('/');

    /// <summary>Listens, or says in one line why it cannot.</summary>
    /// <exception cref="ServerStartException">The port is taken, or the address cannot be listened on.</exception>
    public void Start()
    {
        var app = Build();
        try
        {
            app.StartAsync().GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or SocketException or UnauthorizedAccessException)
        {
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw e.InnerException is AddressInUseException or SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }
                ? new ServerStartException(
                    DiagnosticCodes.PortInUse,
                    $"port {_requestedPort} on {_listen.Host} is in use; choose another with --port, or --port 0 for a free one",
                    e)
                : new ServerStartException(DiagnosticCodes.CannotListen, $"cannot listen on {_listen.Host} port {_requestedPort}: {e.Message}", e);
        }

        _app = app;
        _port = new Uri(app.Urls.First()).Port;
    }

    private WebApplication Build()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton<IHostLifetime, NoSignalLifetime>();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(_listen.Address, _requestedPort);
        });
        var app = builder.Build();

        IFileProvider files = LiveReload is null ? _files : new LiveReloadFileProvider(_files);
        var hostNames = _listen.HostNames();
        app.Use((context, next) =>
        {
            // Preview shows the site as it is now: nothing may come from a browser's cache, nor be sniffed as another type.
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return next(context);
        });
        app.Use(new HostHeaderFilter(hostNames, () => Port).InvokeAsync);
        app.Use(ReadOnlyMethods.InvokeAsync);
        if (LiveReload is not null)
        {
            app.Use(new LiveReloadEndpoints(LiveReload).InvokeAsync);
        }

        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = ["index.html"] });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = new Utf8ContentTypes(), ServeUnknownFileTypes = true });
        app.Run(new NotFoundPage(files).InvokeAsync);
        return app;
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        // Event streams first: the server waits for open requests before it stops.
        LiveReload?.Dispose();
        var app = Interlocked.Exchange(ref _app, null);
        if (app is not null)
        {
            using var timeout = new CancellationTokenSource(StopTimeout);
            await app.StopAsync(timeout.Token);
            await app.DisposeAsync();
        }

        _files.Dispose();
    }
}
