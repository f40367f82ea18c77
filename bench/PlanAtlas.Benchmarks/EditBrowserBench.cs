using System.Diagnostics;
using Microsoft.Playwright;

namespace PlanAtlas.Benchmarks;

/// <summary>
/// <c>-- edit-browser N [--edits=3] [--keep]</c>: what an author sees. The published CLI's <c>preview</c> serves a
/// generated corpus of N plans and Chromium shows the page of the plan being edited; each one-line edit of that plan
/// (<see cref="PlanEdit"/>) is timed from the save until the page, reloaded by preview's live reload, shows it. Edits
/// are <see cref="Pause"/> apart, as an author reads between saves; preview's own "built in" time is shown beside.
/// </summary>
public static class EditBrowserBench
{
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(string repo, int plans, int edits, bool keep)
    {
        var work = Directory.CreateTempSubdirectory("planatlas-edit-browser-").FullName;
        try
        {
            var cli = PublishedCli.Publish(repo, Path.Combine(work, "pa-pub"), new ChildProcessMeter());
            using var corpus = CorpusFolder.Create(repo, work, plans, keep);
            using var preview = PreviewProcess.Start(cli, corpus.Root);
            var clock = Stopwatch.StartNew();
            var address = preview.WaitForAddress(TimeSpan.FromMinutes(30));
            Console.WriteLine($"preview serves {plans} plans at {address} after {clock.Elapsed.TotalSeconds:0} s");

            var plan = corpus.PlanFiles()[0];
            await using var chromium = await ChromiumSession.StartAsync();
            var page = await chromium.Browser.NewPageAsync();
            var url = $"{address.TrimEnd('/')}/plans/{Path.GetFileNameWithoutExtension(plan)}/";
            if (await page.GotoAsync(url) is not { Ok: true })
            {
                throw new BenchmarkException($"{url} did not answer 200");
            }

            var shown = new List<long>();
            for (var edit = 1; edit <= edits; edit++)
            {
                await Task.Delay(Pause);
                var mark = $"（修订{edit}）";
                var saved = Stopwatch.GetTimestamp();
                PlanEdit.MarkFirstTitle(plan, mark);
                await WaitForTextAsync(page, mark, TimeSpan.FromMinutes(2));
                var onScreen = Stopwatch.GetElapsedTime(saved);
                shown.Add((long)onScreen.TotalMilliseconds);

                // Preview prints its line after telling the page (and after any new warnings): when it came bounds
                // the build from above.
                var built = preview.NextBuild(TimeSpan.FromSeconds(10));
                Console.WriteLine($"edit {edit}: on screen {shown[^1]} ms after the save; " + (built is { } line
                    ? $"preview built in {line.Ms} ms, its line came {Stopwatch.GetElapsedTime(saved, line.ReadAt).TotalMilliseconds:0} ms after the save"
                    : "preview printed no build"));
            }

            Console.WriteLine($"median {shown.Order().ElementAt(shown.Count / 2)} ms from save to the edit on screen, {edits} edits at {plans} plans ({Environment.ProcessorCount} cores)");
            return 0;
        }
        catch (BenchmarkException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
        finally
        {
            if (keep)
            {
                Console.WriteLine($"kept {work}");
            }
            else
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    // The text is new, so it is there only once the reloaded page is; textContent, unlike innerText, lays nothing out.
    private static async Task WaitForTextAsync(IPage page, string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            try
            {
                if (await page.EvaluateAsync<bool>("t => document.body !== null && document.body.textContent.includes(t)", text))
                {
                    return;
                }
            }
            catch (PlaywrightException)
            {
                // The page is between its old and its reloaded document.
            }

            await Task.Delay(10);
        }

        throw new BenchmarkException($"the page never showed “{text}” within {timeout.TotalSeconds:0} s");
    }
}
