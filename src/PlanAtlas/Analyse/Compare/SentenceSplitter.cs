namespace PlanAtlas.Analyse.Compare;

/// <summary>
/// Cuts a provision's text into the sentences that a 条文对照 pairs: after 。；！？ (and their half-width forms) and
/// at line ends. The end mark stays with its sentence, and so do closing quotes and brackets right after it
/// (“……。” stays one sentence), so that the sentences joined give back the text without its line ends.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(sentences, text[start..i]);
                start = ++i;
                continue;
            }

            i++;
            if (IsEnd(c))
            {
                while (i < text.Length && IsClosing(text[i]))
                {
                    i++;
                }

                Add(sentences, text[start..i]);
                start = i;
            }
        }

        Add(sentences, text[start..]);
        return sentences;
    }

    private static bool IsEnd(char c) => c is '。' or '；' or '！' or '？' or ';' or '!' or '?';

    private static bool IsClosing(char c) => c is '”' or '’' or '」' or '』' or '）' or ')' or '》';

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }
}
