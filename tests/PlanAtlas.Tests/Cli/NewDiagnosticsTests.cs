using PlanAtlas.Cli.Commands;
using PlanAtlas.Diagnostics;

namespace PlanAtlas.Tests.Cli;

/// <summary>Preview prints after a rebuild what is new since the last build, and every error.</summary>
public sealed class NewDiagnosticsTests
{
    private static readonly Diagnostic Low = new(Severity.Warning, "PA403", new("input/plans/shanghai.md", 83, 1), "placed with a low score");
    private static readonly Diagnostic Comma = new(Severity.Warning, "PA302", new("input/plans/quxian.md", 113, 237), "its first comma is read as that semicolon");
    private static readonly Diagnostic Broken = new(Severity.Error, "PA101", new("input/plans/dazu.md", 5, 1), "the front matter is not YAML");
    private static readonly Diagnostic Note = new(Severity.Info, "PA900", new("input/plans/dazu.md", 1, 1), "read");

    [Fact]
    public void The_first_build_shows_every_finding_but_notes()
    {
        var (shown, repeated) = new NewDiagnostics().Of([Low, Note, Comma]);

        Assert.Equal([Low, Comma], shown);
        Assert.Equal(0, repeated);
    }

    [Fact]
    public void A_rebuild_shows_only_the_warnings_the_last_build_did_not_have()
    {
        var printed = new NewDiagnostics();
        printed.Of([Low]);

        var (shown, repeated) = printed.Of([Low, Comma]);
        Assert.Equal([Comma], shown);
        Assert.Equal(1, repeated);

        // The same warning at another place is another warning
        var moved = Comma with { Location = Comma.Location with { Line = 114 } };
        Assert.Equal([moved], printed.Of([Low, moved]).Shown);
    }

    [Fact]
    public void A_warning_fixed_and_made_again_is_shown_again()
    {
        var printed = new NewDiagnostics();
        printed.Of([Low]);
        printed.Of([]);

        Assert.Equal([Low], printed.Of([Low]).Shown);
    }

    [Fact]
    public void Errors_are_shown_after_every_build()
    {
        var printed = new NewDiagnostics();
        printed.Of([Broken, Low]);

        var (shown, repeated) = printed.Of([Broken, Low]);
        Assert.Equal([Broken], shown);
        Assert.Equal(1, repeated);
    }
}
