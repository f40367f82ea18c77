namespace PlanAtlas.Analyse.Compare;

/// <summary>
/// Compares two plans' texts of one measure as a 条文对照, at build time: each side's units (a provision's title,
/// each paragraph) are cut into sentences (<see cref="SentenceSplitter"/>), the most similar sentences are paired in
/// order (<see cref="SentenceAligner"/>), and the phrases each pair shares are marked (<see cref="SharedRuns"/>).
/// A sentence found in neither pair stands alone on its side.
/// </summary>
public static class TextComparison
{
    public static ComparisonResult Compare(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var (sentencesA, sentencesB) = (Sentences(left), Sentences(right));
        var rows = new List<AlignedRow>();
        foreach (var pair in SentenceAligner.Align(sentencesA.Select(s => s.Text).ToList(), sentencesB.Select(s => s.Text).ToList()))
        {
            var a = pair.Left is { } i ? sentencesA[i] : null;
            var b = pair.Right is { } j ? sentencesB[j] : null;
            rows.Add((a, b) switch
            {
                ({ } l, { } r) => Paired(l, r),
                ({ } l, null) => new AlignedRow(new AlignedSentence(l.Unit, l.Start, [new TextRun(l.Text, true)]), null, RowKind.OnlyLeft, 0),
                _ => new AlignedRow(null, new AlignedSentence(b!.Unit, b.Start, [new TextRun(b.Text, true)]), RowKind.OnlyRight, 0),
            });
        }

        return new ComparisonResult(rows);
    }

    private static AlignedRow Paired(Sentence left, Sentence right)
    {
        var (runsA, runsB) = SharedRuns.Find(left.Text, right.Text);
        var kind = runsA.Count == 1 && !runsA[0].Unique && runsB.Count == 1 && !runsB[0].Unique ? RowKind.Same : RowKind.Similar;
        var share = Share(SharedRuns.SharedLength(runsA) + SharedRuns.SharedLength(runsB), left.Text.Length + right.Text.Length);
        return new AlignedRow(new AlignedSentence(left.Unit, left.Start, runsA), new AlignedSentence(right.Unit, right.Start, runsB), kind, share);
    }

    private static double Share(int shared, int total) => total == 0 ? 1 : (double)shared / total;

    private static List<Sentence> Sentences(IReadOnlyList<string> units) =>
        units.SelectMany((unit, u) => SentenceSplitter.Split(unit).Select((text, k) => new Sentence(u, k == 0, text))).ToList();

    private sealed record Sentence(int Unit, bool Start, string Text);
}

/// <summary>How a row of a 条文对照 reads: the same sentence, a similar one, or a sentence only one side has.</summary>
public enum RowKind
{
    Same,
    Similar,
    OnlyLeft,
    OnlyRight,
}

/// <summary>
/// A sentence of one side, with the unit it comes from (a provision's title or paragraph, by index among the side's
/// units), whether it opens that unit, and its text cut into shared runs and its own.
/// </summary>
public sealed record AlignedSentence(int Unit, bool StartsUnit, IReadOnlyList<TextRun> Runs)
{
    public string Text => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>A row: two paired sentences, or one alone; <see cref="Share"/> is the paired text's shared part, 0–1.</summary>
public sealed record AlignedRow(AlignedSentence? Left, AlignedSentence? Right, RowKind Kind, double Share);

/// <summary>A run of text that both sentences have (<see cref="Unique"/> false) or only this one has.</summary>
public sealed record TextRun(string Text, bool Unique);

/// <summary>The rows of a comparison and the character counts they add up to.</summary>
public sealed record ComparisonResult(IReadOnlyList<AlignedRow> Rows)
{
    public int LeftCharacters => Rows.Sum(r => r.Left?.Text.Length ?? 0);

    public int RightCharacters => Rows.Sum(r => r.Right?.Text.Length ?? 0);

    /// <summary>Characters of the left text in a phrase the right one shares, and the other way round.</summary>
    public int SharedLeft => Rows.Sum(r => r.Left is { } s && r.Right is not null ? SharedRuns.SharedLength(s.Runs) : 0);

    public int SharedRight => Rows.Sum(r => r.Right is { } s && r.Left is not null ? SharedRuns.SharedLength(s.Runs) : 0);

    public int OnlyLeftCharacters => LeftCharacters - SharedLeft;

    public int OnlyRightCharacters => RightCharacters - SharedRight;

    /// <summary>The share of all text in phrases the two have in common, 0–1 (1 for two empty texts).</summary>
    public double Similarity => LeftCharacters + RightCharacters == 0 ? 1 : (double)(SharedLeft + SharedRight) / (LeftCharacters + RightCharacters);

    public int Count(RowKind kind) => Rows.Count(r => r.Kind == kind);
}
