namespace PlanAtlas.Testing;

/// <summary>
/// Debian's Chromium as the browser tests and the browser benchmarks launch it. Browsers are never downloaded
/// (`playwright install` needs the internet). Linked into every test project and into bench/PlanAtlas.Benchmarks.
/// </summary>
public static class HeadlessChromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>
    /// As root in a container: no sandbox, no GPU, and none of the background traffic (updates, sync, QUIC probes)
    /// that would show up as requests to other hosts.
    /// </summary>
    public static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public const string Missing =
        $"Debian's Chromium is needed at {Path}: run `apt-get install chromium fonts-noto-cjk` (or .ci/run, which installs it). Do not run `playwright install`.";
}
