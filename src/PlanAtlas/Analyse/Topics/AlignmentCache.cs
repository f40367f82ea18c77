using System.Runtime.CompilerServices;
using PlanAtlas.Model;
using PlanAtlas.Pipeline;

namespace PlanAtlas.Analyse.Topics;

/// <summary>
/// The placements of each plan from the previous builds of a preview session. Aligning a plan reads only that plan,
/// the topic list and the minimum score (<see cref="AlignTopics"/> never compares plans), so a plan object that the
/// load stage reused (<c>PlanFileCache</c>) keeps its placements and their findings while the topics and the score
/// stay the same; any change to those drops them all.
/// </summary>
public sealed class AlignmentCache
{
    private string? _key;
    private IReadOnlyList<Topic> _topics = [];
    private ConditionalWeakTable<Plan, Reported<Dictionary<Division, TopicPlacement>>> _plans = new();

    /// <summary>
    /// Starts a build with the topics just loaded. Returns the previous build's topic objects when their content is the
    /// same: placements refer to topics, and pages group by them, so reused placements must name this build's topics.
    /// </summary>
    public IReadOnlyList<Topic> Begin(IReadOnlyList<Topic> topics, double minimumScore)
    {
        var key = Key(topics, minimumScore);
        if (key != _key)
        {
            _key = key;
            _topics = topics;
            _plans = new();
        }

        return _topics;
    }

    /// <summary>The plan's placements, aligned only when this plan object was not aligned before.</summary>
    internal Reported<Dictionary<Division, TopicPlacement>> For(Plan plan, Func<Reported<Dictionary<Division, TopicPlacement>>> align) =>
        _plans.GetValue(plan, _ => align());

    // U+0001 and U+0002 never occur in topics.yml values; they keep fields and topics apart.
    private static string Key(IReadOnlyList<Topic> topics, double minimumScore) =>
        string.Join('\u0002', topics.Select(t => string.Join('\u0001', [t.Id, t.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Part, t.Title, .. t.Keywords])))
        + '\u0002' + minimumScore.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
