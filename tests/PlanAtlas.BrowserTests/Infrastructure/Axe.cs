using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace PlanAtlas.BrowserTests.Infrastructure;

/// <summary>Runs axe-core (from node_modules, installed by `npm ci`) in the page.</summary>
public static class Axe
{
    private const string RunScript = """
        async () => {
          const results = await axe.run(document, { resultTypes: ['violations'] });
          return JSON.stringify(results.violations.map(v => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            targets: v.nodes.map(n => n.target.join(' ')),
          })));
        }
        """;

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page)
    {
        var script = RepoPaths.AxeScript;
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"axe-core is missing ({script}). Run `npm ci` in {RepoPaths.Root}.");
        }

        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = script });
        }

        var json = await page.EvaluateAsync<string>(RunScript);
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, JsonOptions) ?? [];
    }

    public static void AssertNoSeriousOrCritical(IReadOnlyList<AxeViolation> violations)
    {
        var serious = violations.Where(v => v.IsSeriousOrCritical).ToList();
        if (serious.Count > 0)
        {
            throw new XunitException(
                $"axe-core found {serious.Count} serious or critical violation(s):\n" + string.Join("\n", serious));
        }
    }

    public static async Task AssertNoSeriousOrCriticalAsync(IPage page) =>
        AssertNoSeriousOrCritical(await RunAsync(page));
}
