namespace PlanAtlas.Import;

/// <summary>What the rules did to the lines, counted for the review summary of <c>import --check</c>.</summary>
public sealed class ImportStatistics
{
    /// <summary>Lines (or run-in pieces of lines) dropped, by what they were.</summary>
    public SortedDictionary<string, int> Dropped { get; } = new(StringComparer.Ordinal);

    public int Joined { get; set; }

    /// <summary>Lines cut in two: a glued signature and preamble, a title run into the text.</summary>
    public int Split { get; set; }

    /// <summary>Numbering markers found run into the text and given their own paragraph.</summary>
    public int MarkersRecovered { get; set; }

    public int PunctuationNormalized { get; set; }

    public int ControlCharactersRemoved { get; set; }

    public void Drop(string what) => Dropped[what] = Dropped.GetValueOrDefault(what) + 1;
}
