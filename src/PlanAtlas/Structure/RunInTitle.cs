namespace PlanAtlas.Structure;

/// <summary>
/// Separates a run-in title ("加强宪法学习。抓好…") from the text that follows it on the marker's line.
/// A title is a short first sentence without commas; a longer one is text, and a line without 。 is a heading.
/// </summary>
public static class RunInTitle
{
    public const int MaxLength = 40;

    public static (string Title, string After, bool IsRunIn) Split(string lineAfterMarker)
    {
        var stop = lineAfterMarker.IndexOf('。');
        if (stop < 0)
        {
            return (lineAfterMarker.Trim(), string.Empty, false);
        }

        var first = lineAfterMarker[..stop];
        if (stop <= MaxLength && first.IndexOfAny(['，', ',', '；', ';']) < 0)
        {
            return (first.Trim(), lineAfterMarker[(stop + 1)..].Trim(), true);
        }

        return (lineAfterMarker.Trim(), string.Empty, false);
    }
}
