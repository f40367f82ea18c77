using Microsoft.AspNetCore.Http;

namespace PlanAtlas.Preview;

/// <summary>A static site only has things to read: every other method gets 405 and the list of those allowed.</summary>
internal static class ReadOnlyMethods
{
    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "GET, HEAD";
        return Task.CompletedTask;
    }
}
