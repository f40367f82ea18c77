using Microsoft.AspNetCore.Http;

namespace PlanAtlas.Preview;

/// <summary>
/// Answers only requests addressed to this server (its name or address, and its port): a page elsewhere that
/// points its own DNS name at 127.0.0.1 must not be able to read the preview through the visitor's browser.
/// </summary>
internal sealed class HostHeaderFilter(IReadOnlySet<string> hostNames, Func<int> port)
{
    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (Accepts(context.Request.Host))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("unknown host: this server answers only to its own address\n");
    }

    private bool Accepts(HostString host) =>
        host.HasValue
        && (host.Port ?? 80) == port()
        && hostNames.Contains(host.Host.TrimStart('[').TrimEnd(']'));
}
