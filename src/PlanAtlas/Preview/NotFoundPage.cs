using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace PlanAtlas.Preview;

/// <summary>What a static host answers when no file matches: the site's own 404.html, with status 404.</summary>
internal sealed class NotFoundPage(IFileProvider files)
{
    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        var page = files.GetFileInfo("/404.html");
        if (!page.Exists)
        {
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = page.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.SendFileAsync(page, context.RequestAborted);
        }
    }
}
