namespace PlanAtlas.Text;

/// <summary>Chinese numerals as official documents use them for numbering: 一 … 九十九.</summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static bool TryParse(string text, out int value)
    {
        value = 0;
        if (text.Length == 0)
        {
            return false;
        }

        var tenAt = text.IndexOf('十');
        if (tenAt < 0)
        {
            return text.Length == 1 && TryDigit(text[0], out value) && value > 0;
        }

        if (tenAt != text.LastIndexOf('十') || text.Length > 3)
        {
            return false;
        }

        var tens = 1;
        if (tenAt == 1 && !TryDigit(text[0], out tens))
        {
            return false;
        }

        if (tenAt > 1)
        {
            return false;
        }

        var units = 0;
        if (tenAt < text.Length - 1 && (!TryDigit(text[tenAt + 1], out units) || units == 0))
        {
            return false;
        }

        value = (tens * 10) + units;
        return tens > 0;
    }

    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 99);
        if (value < 10)
        {
            return Digits[value].ToString();
        }

        var tens = value / 10;
        var units = value % 10;
        return (tens == 1 ? string.Empty : Digits[tens].ToString()) + "十" + (units == 0 ? string.Empty : Digits[units].ToString());
    }

    private static bool TryDigit(char c, out int digit)
    {
        digit = Digits.IndexOf(c);
        return digit >= 0;
    }
}
