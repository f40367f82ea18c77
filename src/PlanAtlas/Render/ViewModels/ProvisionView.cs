using PlanAtlas.Render.Cite;
using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

/// <summary>A provision as every page shows it, with its links and ready citation already computed.</summary>
public sealed record ProvisionView
{
    public required string Id { get; init; }
    public required string Marker { get; init; }
    public required string Title { get; init; }
    public required int HeadingLevel { get; init; }
    public required IReadOnlyList<string> Paragraphs { get; init; }
    public NoteView? Note { get; init; }

    /// <summary>Root path of the provision's own page.</summary>
    public required SiteLink PageHref { get; init; }

    /// <summary>Root path of the provision's anchor on its plan page.</summary>
    public required SiteLink AnchorHref { get; init; }

    /// <summary>The public address to copy and print; null when no base URL is set (the script then uses the page's own address).</summary>
    public string? Permalink { get; init; }

    /// <summary>The address a printed handout shows: the public one, or the site path when there is none.</summary>
    public object PrintUrl => Permalink is { } permalink ? permalink : PageHref;

    public required string Citation { get; init; }

    /// <summary>The default citation (GB/T 7714), shown and copied by the provision's "复制引用".</summary>
    public required CitationText Cite { get; init; }
    public required string NumberPath { get; init; }

    /// <summary>The same measure in other plans; null when the site has no topics.</summary>
    public SameMeasureView? SameMeasure { get; init; }
}

public sealed record NoteView(IReadOnlyList<AgencyView> Lead, IReadOnlyList<AgencyView> Participants, IReadOnlyList<string> CatchAll)
{
    public bool HasLead => Lead.Count > 0;
    public bool HasParticipants => Participants.Count > 0;
    public bool HasCatchAll => CatchAll.Count > 0;
}

/// <summary>
/// An agency in a note: its full name and the plan's short form where it adds something
/// (<see cref="Views.AgencyViews.ShortName(string, IEnumerable{string})"/>), or the name as written when the site has
/// no agency pages or does not know it; <see cref="Href"/> is set once agencies have pages.
/// </summary>
public sealed record AgencyView(string Name, string? Short, string? Host, SiteLink? Href);
