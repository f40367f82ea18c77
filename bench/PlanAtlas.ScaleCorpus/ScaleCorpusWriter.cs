using System.Text;
using PlanAtlas.Analyse.Jurisdictions;
using PlanAtlas.Model.Jurisdictions;

namespace PlanAtlas.ScaleCorpus;

/// <summary>
/// Writes a corpus of N plans shaped like the real national one: real places from the GB/T 2260 register in about
/// the real proportions (1% provinces, 10% prefectures, the rest counties), each plan written from the real plan of
/// its tier (a province from 甘肃省 or 上海, a prefecture from 凉山州, a county from 渠县 or a district from 大足区)
/// with its own place names and varied wording (<see cref="Rewording"/>), so that search and comparison see
/// different texts, not one text repeated. Generated on demand, never committed.
/// </summary>
public static class ScaleCorpusWriter
{
    /// <summary>
    /// Writes <c>plans/*.md</c> and the site's yml files into <paramref name="inputFolder"/>. Five plans or fewer are
    /// the repository's real plans as they are.
    /// </summary>
    /// <param name="repoRoot">The repository: its input/ is the source, its node_modules the register.</param>
    public static ScaleCorpusInfo Write(string repoRoot, string inputFolder, int plans, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(plans, 1);
        var source = Path.Combine(repoRoot, "input");
        var target = Path.Combine(inputFolder, "plans");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*.yml"))
        {
            File.Copy(file, Path.Combine(inputFolder, Path.GetFileName(file)), overwrite: true);
        }

        var originals = SourcePlan.ReadAll(Path.Combine(source, "plans"));
        if (plans <= originals.Count)
        {
            foreach (var plan in originals.Take(plans))
            {
                File.Copy(plan.Path, Path.Combine(target, System.IO.Path.GetFileName(plan.Path)), overwrite: true);
            }

            return new ScaleCorpusInfo(plans);
        }

        var register = LoadJurisdictions.Read(Path.Combine(repoRoot, "node_modules"));
        foreach (var plan in originals)
        {
            plan.Resolve(register);
        }

        var random = new Random(seed);
        foreach (var place in Places.Choose(register, plans, random))
        {
            var from = SourcePlan.For(originals, place);
            var text = new Rewording(place, register, from, new Random(HashCode.Combine(seed, place.Code))).Write(Slug(place));
            File.WriteAllText(Path.Combine(target, Slug(place) + ".md"), text, new UTF8Encoding(false));
        }

        return new ScaleCorpusInfo(plans);
    }

    /// <summary>The plan's slug: its GB/T 2260 code, which is unique where names are not (朝阳区).</summary>
    public static string Slug(AdministrativeDivision place) => "p" + place.Code;
}

/// <summary>What was written.</summary>
public sealed record ScaleCorpusInfo(int Plans);
