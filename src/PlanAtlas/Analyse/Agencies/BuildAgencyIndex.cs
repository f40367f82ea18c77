using PlanAtlas.Diagnostics;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Structure;

namespace PlanAtlas.Analyse.Agencies;

/// <summary>
/// Analyse stage: reads every responsibility note of every plan and builds the <see cref="AgencyIndex"/>.
/// Each named agency is resolved through the registry for the plan's jurisdiction (县司法局 in 渠县's plan is
/// 渠县司法局, kind justice); aliases merge (县委办 and 县委办公室 are one agency); an agency named twice in one
/// note counts once, as a leader when it is also listed as a participant; catch-alls are never agencies.
/// A name the registry does not know still becomes an agency, with a warning (PA404) at the provision.
/// Work is linear in the number of mentions: each costs a few dictionary look-ups (see <see cref="AgencyNameNormalizer"/>).
/// </summary>
public sealed class BuildAgencyIndex
{
    public AgencyIndex Run(IReadOnlyList<Plan> plans, AgencyRegistry registry, DiagnosticBag diagnostics)
    {
        var normalizer = new AgencyNameNormalizer(registry);
        var jurisdictions = JurisdictionsOf(plans);
        var agencies = new Dictionary<(string Jurisdiction, string Key), Agency>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var byMention = new Dictionary<(string Plan, string Name), Agency>();
        var byWritten = new Dictionary<(string Jurisdiction, string Written), Agency>();
        var byProvision = new Dictionary<Division, List<(Agency Agency, AgencyRole Role)>>();
        var unregisteredAt = new Dictionary<Agency, List<SourceLocation>>();

        foreach (var plan in plans)
        {
            var jurisdiction = jurisdictions[PlaceKey(plan.Metadata)];
            foreach (var provision in plan.Provisions)
            {
                if (provision.Note is not { } note)
                {
                    continue;
                }

                var named = new List<(Agency Agency, AgencyRole Role)>();
                foreach (var (mention, role) in note.Lead.Select(m => (m, AgencyRole.Lead)).Concat(note.Participants.Select(m => (m, AgencyRole.Participant))))
                {
                    if (CatchAllPhrases.IsCatchAll(mention.Name) || AgencyNameNormalizer.Clean(mention.Name).Length == 0)
                    {
                        continue;
                    }

                    var agency = AgencyFor(jurisdiction, mention.Name);
                    byMention[(plan.Slug, mention.Name)] = agency;
                    if (!agency.IsRegistered)
                    {
                        AddLocation(agency, provision.Location);
                    }

                    if (named.Any(n => n.Agency == agency))
                    {
                        continue; // 县委办、县委办公室 in one note; or a leader listed again among the participants
                    }

                    named.Add((agency, role));
                    agency.Add(new AgencyAssignment(plan, provision, role, mention));
                }

                if (named.Count > 0)
                {
                    byProvision[provision] = named;
                }
            }
        }

        if (registry.IsPresent)
        {
            foreach (var (agency, locations) in unregisteredAt)
            {
                var others = locations.Skip(1).Select(l => l.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
                var also = others.Count == 0 ? string.Empty : $"; also named at line{(others.Count > 1 ? "s" : string.Empty)} {string.Join(", ", others)}";
                diagnostics.Warning(DiagnosticCodes.UnknownAgency, locations[0],
                    $"agency '{string.Join("' / '", agency.WrittenForms)}' is not in {LoadAgencyRegistry.FileName}; " +
                    $"it is listed as '{agency.Name}' without a kind, at agencies/{agency.Slug}/{also}");
            }
        }

        var entryOrder = registry.Agencies.Select((entry, i) => (entry.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        var ordered = agencies.Values
            .OrderBy(a => a.Kind?.Order ?? int.MaxValue)
            .ThenBy(a => a.Jurisdiction.Level).ThenBy(a => a.Jurisdiction.Slug, StringComparer.Ordinal)
            .ThenBy(a => a.Registered is { } r ? entryOrder[r.Slug] : int.MaxValue)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
        return new AgencyIndex(registry, ordered, byMention, byProvision);

        Agency AgencyFor(Jurisdiction jurisdiction, string written)
        {
            // A plan names the same few agencies in note after note: resolve each written name once a place.
            if (byWritten.TryGetValue((jurisdiction.Name, written), out var known))
            {
                return known;
            }

            return byWritten[(jurisdiction.Name, written)] = Resolve(jurisdiction, written);
        }

        Agency Resolve(Jurisdiction jurisdiction, string written)
        {
            var entry = normalizer.Resolve(jurisdiction, written);
            var key = entry is not null ? "registered:" + entry.Slug : AgencyNameNormalizer.UnregisteredPattern(jurisdiction, written);
            if (agencies.TryGetValue((jurisdiction.Name, key), out var agency))
            {
                return agency;
            }

            agency = entry is not null
                ? new Agency
                {
                    Slug = $"{jurisdiction.Slug}-{entry.Slug}",
                    Name = AgencyNameNormalizer.CanonicalName(entry, jurisdiction),
                    Jurisdiction = jurisdiction,
                    Registered = entry,
                }
                : new Agency
                {
                    Slug = UnregisteredSlug(jurisdiction, key),
                    Name = AgencyNameNormalizer.UnregisteredName(jurisdiction, key),
                    Jurisdiction = jurisdiction,
                };
            slugs.Add(agency.Slug);
            agencies[(jurisdiction.Name, key)] = agency;
            return agency;
        }

        // Two unregistered names whose 8 hex digits collide: the later one takes more digits.
        string UnregisteredSlug(Jurisdiction jurisdiction, string pattern)
        {
            for (var digits = 8; ; digits += 4)
            {
                var slug = AgencyNameNormalizer.UnregisteredSlug(jurisdiction, pattern, digits);
                if (!slugs.Contains(slug) || digits >= 64)
                {
                    return slug;
                }
            }
        }

        void AddLocation(Agency agency, SourceLocation at)
        {
            if (!unregisteredAt.TryGetValue(agency, out var list))
            {
                unregisteredAt[agency] = list = [];
            }

            if (!list.Contains(at))
            {
                list.Add(at);
            }
        }
    }

    /// <summary>One jurisdiction per place (its code, else its short name); its slug is the ordinally first slug of its plans.</summary>
    public static IReadOnlyDictionary<string, Jurisdiction> JurisdictionsOf(IEnumerable<Plan> plans) =>
        plans.GroupBy(p => PlaceKey(p.Metadata), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var first = g.OrderBy(p => p.Slug, StringComparer.Ordinal).First();
                    return AgencyNameNormalizer.JurisdictionOf(first.Metadata, first.Slug);
                },
                StringComparer.Ordinal);

    private static string PlaceKey(PlanMetadata plan) => plan.Jurisdiction?.Code ?? "short:" + plan.Short;
}
