namespace PlanAtlas.Model.Agencies;

/// <summary>One line of the responsibility index: an agency leads or joins one provision of one plan.</summary>
/// <param name="Mention">The agency as this note writes it (县委办, 州司法局（州委依法治州办）).</param>
public sealed record AgencyAssignment(Plan Plan, Division Provision, AgencyRole Role, AgencyMention Mention);
