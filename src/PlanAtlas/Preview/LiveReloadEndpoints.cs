using Microsoft.AspNetCore.Http;

namespace PlanAtlas.Preview;

/// <summary>The two URLs preview adds to the site: the live-reload script and its event stream.</summary>
internal sealed class LiveReloadEndpoints(LiveReloadHub hub)
{
    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        if (path.Equals(LiveReload.EventsPath, StringComparison.Ordinal))
        {
            return hub.ServeAsync(context);
        }

        if (path.Equals(LiveReload.ScriptPath, StringComparison.Ordinal))
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.WriteAsync(LiveReload.Script);
        }

        return next(context);
    }
}
