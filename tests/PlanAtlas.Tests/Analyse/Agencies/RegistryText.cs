namespace PlanAtlas.Tests.Analyse.Agencies;

/// <summary>Small registry files for the registry tests, and a way to find where a text sits in them.</summary>
public static class RegistryText
{
    public const string Kinds = """
        kinds:
          - { id: party-office, name: 党委办公室, group: 党委机构 }
          - { id: justice, name: 司法行政机关, group: 政府部门 }
        """;

    /// <summary>The 1-based line and column of the <paramref name="occurrence"/>-th (1-based) <paramref name="text"/>.</summary>
    public static (int Line, int Column) Locate(string yaml, string text, int occurrence = 1)
    {
        var at = -1;
        for (var i = 0; i < occurrence; i++)
        {
            at = yaml.IndexOf(text, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{text}' occurs fewer than {occurrence} times");
        }

        var before = yaml[..at];
        var line = before.Count(c => c == '\n') + 1;
        var column = at - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }
}
