using PlanAtlas.Analyse.Compare;
using PlanAtlas.Analyse.Topics;
using PlanAtlas.Model;
using PlanAtlas.Render.ViewModels;
using PlanAtlas.Routing;

namespace PlanAtlas.Render.Views;

/// <summary>
/// The rows of a two-plan 条文对照 as the page shows them: each row's kind in words, and each side's sentence with
/// its provision's number (linked) where a provision begins, the provision's title set apart, and an uncertain
/// placement marked. The comparison works on units (each provision's title, then its paragraphs,
/// <see cref="CompareViews.Units"/>); this maps them back to provisions.
/// </summary>
public sealed class AlignedRows(PairComparison pair, SiteModel site)
{
    private readonly Side _left = new(pair.Left, site);
    private readonly Side _right = new(pair.Right, site);

    public IReadOnlyList<AlignedRowView> Views()
    {
        var (left, right) = (pair.Left.Plan.Metadata.Label, pair.Right.Plan.Metadata.Label);
        return pair.Result.Rows.Select(row => new AlignedRowView(
            Kind(row.Kind),
            row.Kind switch
            {
                RowKind.Same => "相同",
                RowKind.Similar => $"相近：共有文字约 {CompareViews.Percent(row.Share)}",
                RowKind.OnlyLeft => $"仅{left}有",
                _ => $"仅{right}有",
            },
            _left.Cell(row.Left, row.Kind == RowKind.Similar),
            _right.Cell(row.Right, row.Kind == RowKind.Similar))).ToList();
    }

    private static string Kind(RowKind kind) => kind switch
    {
        RowKind.Same => "same",
        RowKind.Similar => "similar",
        RowKind.OnlyLeft => "only-left",
        _ => "only-right",
    };

    /// <summary>One side: which provision each unit belongs to, and the last provision a cell named.</summary>
    private sealed class Side
    {
        private readonly Counterpart _side;
        private readonly SiteModel _site;
        private readonly List<(Division Provision, bool IsTitle)> _units = [];
        private Division? _named;

        public Side(Counterpart side, SiteModel site)
        {
            _side = side;
            _site = site;
            foreach (var provision in side.Provisions)
            {
                _units.Add((provision, true));
                _units.AddRange(provision.Paragraphs.Select(_ => (provision, false)));
            }
        }

        public AlignedCellView Cell(AlignedSentence? sentence, bool markShared)
        {
            var plan = _side.Plan;
            if (sentence is null)
            {
                return new AlignedCellView { Plan = plan.Metadata.Label, EmptyText = $"{plan.Metadata.Label}没有对应的语句", Runs = [] };
            }

            var (provision, isTitle) = _units[sentence.Unit];
            var opens = provision != _named;
            _named = provision;
            return new AlignedCellView
            {
                Plan = plan.Metadata.Label,
                Number = opens ? provision.NumberPath : null,
                NumberHref = opens ? Routes.Provision(plan.Slug, provision.Id) : null,
                Uncertain = opens ? PlacementWords.Uncertain(_site.PlacementOf(provision)) : null,
                IsTitle = isTitle,
                Runs = sentence.Runs.Select(r => new DiffRunView(r.Text, markShared && !r.Unique)).ToList(),
            };
        }
    }
}
