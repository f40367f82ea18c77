using PlanAtlas.Data;

namespace PlanAtlas.Tests.Data;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    [InlineData("县司法局", "县司法局")]
    public void Fields_are_quoted_as_rfc_4180_says(string value, string written)
    {
        Assert.Equal(written, CsvText.Field(value));
        Assert.Equal([value], CsvRecords.Parse(written + "\r\n")[0]);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 12348", "'+86 12348")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=cmd", "'\t=cmd")]
    [InlineData("＝1＋1", "'＝1＋1")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("a=b", "a=b")]
    public void Cells_a_spreadsheet_would_run_as_formulas_begin_with_an_apostrophe(string value, string written)
    {
        Assert.Equal(written, CsvText.Field(value));
        var read = CsvRecords.Parse(written + "\r\n")[0][0];
        Assert.Equal(value, read.StartsWith('\'') ? read[1..] : read);
    }
}
