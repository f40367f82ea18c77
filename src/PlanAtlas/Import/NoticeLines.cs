using PlanAtlas.Text;
using System.Globalization;
using System.Text.RegularExpressions;
using PlanAtlas.Structure;

namespace PlanAtlas.Import;

/// <summary>
/// The lines of a notice of issue (关于印发《…》的通知, 文号, addressee, 现将《…》印发给你们, signature, date), as
/// <see cref="Rules.ReadNotice"/> and <see cref="Rules.ExtractTitle"/> both read them.
/// </summary>
public static partial class NoticeLines
{
    private const string Organisation = @"(中共[^\d\s，。；：、《》“”]{1,30}?委(员会)?|[^\d\s，。；：、《》“”（）()]{2,40}?(委员会|人民政府|政府|办公室|办公厅|党组|委|办|局|厅))";
    private const string Date = @"(?<y>\d{4}|[〇零○Ｏ一二三四五六七八九]{4})\s*年\s*(?<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日";

    [GeneratedRegex(@"^(?<issuer>[^《》]*?)(关于)?印发《(?<title>[^《》]+)》的通知$")]
    public static partial Regex Header();

    [GeneratedRegex(@"^\S{1,16}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,4}\s*号$")]
    public static partial Regex DocumentNumber();

    [GeneratedRegex(@"现将《(?<title>[^《》]+)》.{0,8}(印发|转发)给?你们")]
    public static partial Regex CoverLetter();

    [GeneratedRegex(@"^[^。]{1,300}[:：]$")]
    public static partial Regex Addressee();

    [GeneratedRegex("^" + Organisation + "+$")]
    public static partial Regex Signature();

    [GeneratedRegex("^" + Date + "$")]
    public static partial Regex DateLine();

    /// <summary>A signature and a date with what the copy ran into them: "中共…委员会2021年7月17日为贯彻落实…".</summary>
    [GeneratedRegex("^(?<issuer>" + Organisation + @"+)?\s*" + Date + @"\s*(?<rest>.*)$")]
    public static partial Regex SignedDate();

    /// <summary>A signature and a date inside a line, where a flattened copy runs the notice into the plan.</summary>
    [GeneratedRegex(Organisation + @"+\s*" + Date)]
    public static partial Regex SignedDateInText();

    public static DateOnly? ReadDate(Match m)
    {
        var year = Number(m.Groups["y"].Value, digitWise: true);
        var month = Number(m.Groups["m"].Value, digitWise: false);
        var day = Number(m.Groups["d"].Value, digitWise: false);
        return year > 0 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static int Number(string text, bool digitWise)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        if (!digitWise)
        {
            return ChineseNumerals.TryParse(text, out var value) ? value : 0;
        }

        // Years are written digit by digit: 二〇二一.
        var result = 0;
        foreach (var c in text)
        {
            var digit = "〇一二三四五六七八九".IndexOf(c);
            result = (result * 10) + (digit < 0 ? 0 : digit);
        }

        return result;
    }
}
