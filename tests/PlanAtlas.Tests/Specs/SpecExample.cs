namespace PlanAtlas.Tests.Specs;

/// <summary>One example of a spec file: an input, the expected output and the expected findings.</summary>
public sealed record SpecExample(string File, int Line, string Name, string Input, string Expected, string ExpectedDiagnostics)
{
    public override string ToString() => $"{Path.GetFileName(File)}:{Line} {Name}";
}
