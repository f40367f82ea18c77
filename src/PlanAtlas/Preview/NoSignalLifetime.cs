using Microsoft.Extensions.Hosting;

namespace PlanAtlas.Preview;

/// <summary>
/// Leaves Ctrl+C to whoever owns the server (the preview command stops the session, which stops the server);
/// the default console lifetime would stop the server on its own, mid-build, and hook signals in every test.
/// </summary>
internal sealed class NoSignalLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
