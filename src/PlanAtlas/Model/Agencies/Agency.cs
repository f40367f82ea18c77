namespace PlanAtlas.Model.Agencies;

/// <summary>
/// An agency of one jurisdiction (渠县司法局), with every measure it leads or joins. Agencies the registry knows
/// have a kind; a name the registry does not know is still an agency, listed as the plan writes it.
/// </summary>
public sealed class Agency
{
    private readonly List<AgencyAssignment> _assignments = [];
    private readonly List<string> _writtenForms = [];
    private readonly List<Plan> _plans = [];

    /// <summary>ASCII, unique in the site: <c>quxian-justice</c>, or <c>quxian-x-1a2b3c4d</c> for an unregistered name.</summary>
    public required string Slug { get; init; }

    /// <summary>The canonical name: 渠县司法局, 共青团凉山州委员会.</summary>
    public required string Name { get; init; }

    public required Jurisdiction Jurisdiction { get; init; }

    /// <summary>The registry entry, or null for a name the registry does not know.</summary>
    public RegisteredAgency? Registered { get; init; }

    public AgencyKind? Kind => Registered?.Kind;

    public bool IsRegistered => Registered is not null;

    /// <summary>Every way the notes write this agency (县委办, 县委办公室), in order of first appearance.</summary>
    public IReadOnlyList<string> WrittenForms => _writtenForms;

    /// <summary>Every measure it leads or joins, in plan order and document order.</summary>
    public IReadOnlyList<AgencyAssignment> Assignments => _assignments;

    public IEnumerable<AgencyAssignment> Leads => _assignments.Where(a => a.Role == AgencyRole.Lead);

    public IEnumerable<AgencyAssignment> Joins => _assignments.Where(a => a.Role == AgencyRole.Participant);

    public int LeadCount => _assignments.Count(a => a.Role == AgencyRole.Lead);

    public int JoinCount => _assignments.Count(a => a.Role == AgencyRole.Participant);

    /// <summary>The plans whose notes name it, in the order of the site's plans.</summary>
    public IReadOnlyList<Plan> Plans => _plans;

    public override string ToString() => Name;

    internal void Add(AgencyAssignment assignment)
    {
        _assignments.Add(assignment);

        // Kept as it grows (assignments come plan by plan): every page and data file of the agency asks for it.
        if ((_plans.Count == 0 || _plans[^1] != assignment.Plan) && !_plans.Contains(assignment.Plan))
        {
            _plans.Add(assignment.Plan);
        }

        var written = assignment.Mention.ToString();
        if (!_writtenForms.Contains(written))
        {
            _writtenForms.Add(written);
        }
    }
}
