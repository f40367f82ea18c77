using PlanAtlas.Diagnostics;
using PlanAtlas.IO;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Pipeline;
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
    /// <param name="cache">A preview session's: the agencies of a place whose plans did not change are kept, with their warnings.</param>
    public AgencyIndex Run(IReadOnlyList<Plan> plans, AgencyRegistry registry, DiagnosticBag diagnostics, AgencyIndexCache? cache = null)
    {
        registry = cache?.Begin(registry) ?? registry;
        var normalizer = new Lazy<AgencyNameNormalizer>(() => new AgencyNameNormalizer(registry));

        // A note names the agencies of its plan's place (县司法局 in 渠县's plan is 渠县司法局): each place's plans make its
        // agencies alone, so a place is the unit kept between builds.
        var places = plans.GroupBy(p => PlaceKey(p.Metadata), StringComparer.Ordinal)
            .Select(g =>
            {
                var ofPlace = g.ToList();
                return (cache is null
                    ? Reported<PlaceAgencies>.Run(findings => OfPlace(ofPlace, registry, normalizer.Value, findings))
                    : cache.For(g.Key, ofPlace, () => Reported<PlaceAgencies>.Run(findings => OfPlace(ofPlace, registry, normalizer.Value, findings))))
                    .ReportTo(diagnostics);
            })
            .ToList();

        var entryOrder = registry.Agencies.Select((entry, i) => (entry.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        var ordered = places.SelectMany(p => p.Agencies)
            .OrderBy(a => a.Kind?.Order ?? int.MaxValue)
            .ThenBy(a => a.Jurisdiction.Level).ThenBy(a => a.Jurisdiction.Slug, StringComparer.Ordinal)
            .ThenBy(a => a.Registered is { } r ? entryOrder[r.Slug] : int.MaxValue)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
        return new AgencyIndex(
            registry,
            ordered,
            MergedMap.Of(places.Select(p => p.ByMention).ToList()),
            MergedMap.Of(places.Select(p => p.ByProvision).ToList()));
    }

    /// <summary>The agencies one place's plans name (in site order), and the way back from each mention and note to them.</summary>
    private static PlaceAgencies OfPlace(IReadOnlyList<Plan> plans, AgencyRegistry registry, AgencyNameNormalizer normalizer, DiagnosticBag diagnostics)
    {
        var jurisdiction = JurisdictionOf(plans);
        var agencies = new Dictionary<string, Agency>(StringComparer.Ordinal);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var byMention = new Dictionary<(string Plan, string Name), Agency>();
        var byWritten = new Dictionary<string, Agency>(StringComparer.Ordinal);
        var byProvision = new Dictionary<Division, List<(Agency Agency, AgencyRole Role)>>();
        var unregisteredAt = new Dictionary<Agency, List<SourceLocation>>();

        foreach (var plan in plans)
        {
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

                    var agency = AgencyFor(mention.Name);
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

        return new PlaceAgencies(agencies.Values.ToList(), byMention.ToList(), byProvision.ToList());

        Agency AgencyFor(string written)
        {
            // A plan names the same few agencies in note after note: resolve each written name once a place.
            if (byWritten.TryGetValue(written, out var known))
            {
                return known;
            }

            return byWritten[written] = Resolve(written);
        }

        Agency Resolve(string written)
        {
            var entry = normalizer.Resolve(jurisdiction, written);
            var key = entry is not null ? "registered:" + entry.Slug : AgencyNameNormalizer.UnregisteredPattern(jurisdiction, written);
            if (agencies.TryGetValue(key, out var agency))
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
            agencies[key] = agency;
            return agency;
        }

        // Two unregistered names whose 8 hex digits collide: the later one takes more digits. Slugs begin with the place's.
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

    /// <summary>The jurisdiction of one place's plans (one code, else one short name): its slug is the ordinally first slug of its plans.</summary>
    private static Jurisdiction JurisdictionOf(IEnumerable<Plan> place)
    {
        var first = place.OrderBy(p => p.Slug, StringComparer.Ordinal).First();
        return AgencyNameNormalizer.JurisdictionOf(first.Metadata, first.Slug);
    }

    private static string PlaceKey(PlanMetadata plan) => plan.Jurisdiction?.Code ?? "short:" + plan.Short;
}

/// <summary>What one place's plans contribute to the <see cref="AgencyIndex"/>.</summary>
internal sealed record PlaceAgencies(
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<KeyValuePair<(string Plan, string Name), Agency>> ByMention,
    IReadOnlyList<KeyValuePair<Division, List<(Agency Agency, AgencyRole Role)>>> ByProvision);
