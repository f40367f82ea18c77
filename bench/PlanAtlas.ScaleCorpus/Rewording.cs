using System.Text;
using PlanAtlas.Model.Jurisdictions;

namespace PlanAtlas.ScaleCorpus;

/// <summary>
/// A source plan rewritten for another place: its place names and the names of the place above replaced, common
/// verbs swapped for their synonyms, now and then a sentence left out, and local measures added (the real plans
/// differ in the same ways). The numbering and structure stay, so the plan builds like the real one.
/// </summary>
internal sealed class Rewording(AdministrativeDivision place, JurisdictionRegister register, SourcePlan source, Random random)
{
    private static readonly (string, string)[] Synonyms =
    [
        ("加强", "强化"), ("推进", "推动"), ("健全", "完善"), ("深入开展", "广泛开展"), ("切实", "着力"),
        ("积极", "主动"), ("引导", "鼓励"), ("提升", "提高"), ("落实", "执行"),
    ];

    private static readonly string[] LocalMeasures =
    [
        "打造“{0}法治”特色品牌", "建设{0}法治文化公园", "推行“{0}调解”工作法", "开展“法治{0}”主题宣传月活动",
        "建立{0}矛盾纠纷多元化解中心", "总结推广“{0}经验”基层治理模式", "建设{0}智慧普法平台", "开展“{0}好人”法治人物评选",
        "设立{0}青少年法治教育实践基地", "推行“一村一法律明白人”{0}行动", "编印{0}民法典读本", "开通{0}公共法律服务热线分线",
    ];

    public string Write(string slug)
    {
        var level = SourcePlan.LevelOf(place);
        var draft = random.NextDouble() < 0.08;
        var issued = new DateOnly(2021, 6, 1).AddDays(random.Next(0, 365));
        var front = new StringBuilder()
            .Append("---\n")
            .Append("slug: ").Append(slug).Append('\n')
            .Append("title: ").Append(place.Name).Append("法治社会建设实施方案（2021—2025年）").Append(draft ? "（征求意见稿）" : "").Append('\n')
            .Append("short: ").Append(place.Name).Append('\n')
            .Append("level: ").Append(level).Append('\n')
            .Append("jurisdiction: ").Append(place.Code).Append('\n')
            .Append("issuer: 中共").Append(place.Name).Append("委\n")
            .Append("issued: ").Append(issued.ToString("yyyy-MM-dd")).Append('\n')
            .Append("status: ").Append(draft ? "draft" : "final").Append('\n')
            .Append("---\n");
        return front + string.Join('\n', source.Body.Split('\n').Select(Line));
    }

    private string Line(string line)
    {
        line = ReplaceNames(line);
        if (!line.Contains('。'))
        {
            return line; // a heading: its words are what comparison aligns on.
        }

        // The responsibility note is kept as written: its own sentences say how to read it (分号前的为牵头单位).
        var note = NoteStart(line);
        var sentences = Split(line[..note]);
        var kept = new List<string>();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i > 0 && i < sentences.Count - 1 && random.NextDouble() < 0.12)
            {
                continue;
            }

            kept.Add(Swap(sentences[i]));
            if (i == 0 && sentences.Count > 1 && random.NextDouble() < 0.25)
            {
                kept.Add(string.Format(LocalMeasures[random.Next(LocalMeasures.Length)], Names.Stem(place.Name)) + "。");
            }
        }

        return string.Concat(kept) + line[note..];
    }

    private static int NoteStart(string line)
    {
        var at = line.IndexOf("责任单位", StringComparison.Ordinal);
        if (at < 0)
        {
            return line.Length;
        }

        var open = line.LastIndexOfAny(['(', '（', '〔'], at);
        return open < 0 ? at : open;
    }

    private string ReplaceNames(string line)
    {
        foreach (var name in source.OwnNames)
        {
            line = line.Replace(name, name.Length <= 2 ? Names.Stem(place.Name) : place.Name, StringComparison.Ordinal);
        }

        var parent = register.Parent(place);
        foreach (var name in source.ParentNames)
        {
            line = line.Replace(name, parent is null ? "全国" : name.Length <= 2 ? Names.Stem(parent.Name) : parent.Name, StringComparison.Ordinal);
        }

        // The plan's level mark names its own agencies (县司法局 in a 县, 市司法局 in a county-level 市).
        var to = place.Name[^1];
        var from = source.OwnNames.Count > 0 ? source.OwnNames[0][^1] : to;
        return from != to && LevelMarks.Contains(from) && LevelMarks.Contains(to) ? line.Replace(from, to) : line;
    }

    private const string LevelMarks = "县区市州旗盟";

    /// <summary>Each synonym written the other way in about a third of its uses.</summary>
    private string Swap(string sentence)
    {
        foreach (var (a, b) in Synonyms)
        {
            if (random.NextDouble() < 0.35)
            {
                sentence = sentence.Contains(a, StringComparison.Ordinal)
                    ? sentence.Replace(a, b, StringComparison.Ordinal)
                    : sentence.Replace(b, a, StringComparison.Ordinal);
            }
        }

        return sentence;
    }

    /// <summary>The sentences of a paragraph, each with its 。 (a marker and title before the first stay with it).</summary>
    private static List<string> Split(string line)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '。')
            {
                parts.Add(line[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < line.Length)
        {
            parts.Add(line[start..]);
        }

        return parts;
    }
}
