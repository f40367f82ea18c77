using System.Globalization;
using System.Text;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Analyse.Topics;

/// <summary>
/// Every provision's placement in the real corpus, one line each, as a snapshot: a change to the topic list, the
/// scorer or its weights shows here as a readable diff of which provisions moved, for a person to judge.
/// </summary>
public sealed class AlignmentSnapshotTests
{
    [Fact]
    public Task Placements_of_the_corpus()
    {
        var (placements, _) = TopicCorpus.Align();
        var text = new StringBuilder("plan\tprovision\ttopic\tscore\tsource\ttitle\n");
        foreach (var plan in TopicCorpus.Plans)
        {
            foreach (var provision in plan.Provisions)
            {
                var p = placements[provision];
                text.Append(CultureInfo.InvariantCulture, $"{plan.Slug}\t{provision.Id}\t{p.Topic?.Id ?? "-"}\t{p.Score:0.000}\t{p.Source.ToString().ToLowerInvariant()}\t{provision.NumberPath}{provision.Title}\n");
            }
        }

        return Snapshot.VerifyText(text.ToString(), "tsv");
    }
}
