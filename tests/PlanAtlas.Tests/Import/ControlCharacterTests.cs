using PlanAtlas.Diagnostics;
using PlanAtlas.Import;

namespace PlanAtlas.Tests.Import;

/// <summary>NUL and the other control characters never reach the Markdown; each line that had them gets a located warning.</summary>
public sealed class ControlCharacterTests
{
    [Theory]
    [InlineData('\0')]
    [InlineData('\u0001')]
    [InlineData('\f')]
    [InlineData('\r')]
    [InlineData('\u001b')]
    [InlineData('\u007f')]
    [InlineData('\u0085')]
    public void A_control_character_is_removed_with_a_warning_at_its_line_and_column(char control)
    {
        var text = $"样例县法治社会建设实施方案\n一、总体要求\n坚持党的{control}领导。\n";
        var diagnostics = new DiagnosticBag();

        var result = new PlanImporter().Import(text, "input/sources/x.txt", "x", diagnostics);

        Assert.DoesNotContain(control, result.Markdown);
        Assert.Contains("\n坚持党的领导。\n", result.Markdown);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.ControlCharacter);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.StartsWith($"input/sources/x.txt:3:5: warning PA105: removed 1 control character(s) (U+{(int)control:X4})", warning.ToString());
        Assert.Equal(1, result.Statistics.ControlCharactersRemoved);
    }

    [Fact]
    public void Tabs_stay_spaces_and_newlines_stay_line_breaks_without_a_warning()
    {
        var diagnostics = new DiagnosticBag();

        var result = new PlanImporter().Import("样例县法治社会建设实施方案\r\n一、总体要求\n\t坚持党的领导。\n", "x.txt", "x", diagnostics);

        Assert.Contains("\n坚持党的领导。\n", result.Markdown);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.ControlCharacter);
    }

    [Fact]
    public void Several_control_characters_on_one_line_give_one_warning_that_counts_them()
    {
        var diagnostics = new DiagnosticBag();

        var result = new PlanImporter().Import("样例县法治社会建设实施方案\n一、总体要求\n\0坚持\0党的\u0002领导。\n", "x.txt", "x", diagnostics);

        Assert.Contains("\n坚持党的领导。\n", result.Markdown);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.ControlCharacter);
        Assert.Equal(new SourceLocation("x.txt", 3, 1), warning.Location);
        Assert.Contains("removed 3 control character(s) (U+0000, U+0002)", warning.Message);
    }
}
