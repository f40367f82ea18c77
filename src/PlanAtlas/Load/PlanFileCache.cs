using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model;
using PlanAtlas.Pipeline;

namespace PlanAtlas.Load;

/// <summary>
/// What the load and structure stages made of each plan file in the previous build of a preview session, by the
/// hash of the file's bytes: a plan whose file did not change is neither parsed nor structured again, and the same
/// <see cref="LoadedPlan"/> and <see cref="Plan"/> objects are handed on, so that later stages can recognise an
/// unchanged plan by reference. Both stages read nothing but the file (the path is part of the key), so the bytes
/// decide the result. Only the files of the last build are kept.
/// </summary>
public sealed class PlanFileCache
{
    private ConcurrentDictionary<string, (UInt128 Hash, Reported<LoadedPlan?> Loaded)> _previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (UInt128 Hash, Reported<LoadedPlan?> Loaded)> _current = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<LoadedPlan, Reported<Plan>> _structured = new();

    /// <summary>Starts a build: the files of the last one stay available, older ones are dropped.</summary>
    public void BeginBuild()
    {
        _previous = _current;
        _current = new(StringComparer.Ordinal);
    }

    /// <summary>The plan read from <paramref name="file"/>, from the last build when its bytes are the same.</summary>
    public LoadedPlan? Load(string file, BuildContext context)
    {
        var path = context.DisplayPath(file);
        if (Utf8Source.ReadBytes(file, path, context.Diagnostics) is not { } bytes)
        {
            return null;
        }

        var hash = XxHash128.HashToUInt128(bytes);
        (UInt128 Hash, Reported<LoadedPlan?> Loaded) entry = _previous.TryGetValue(path, out var known) && known.Hash == hash
            ? known
            : (hash, Reported<LoadedPlan?>.Run(findings => LoadPlans.Parse(bytes, path, findings)));
        _current[path] = entry;
        return entry.Loaded.ReportTo(context.Diagnostics);
    }

    /// <summary>The structured plan of a loaded one: computed once per <see cref="LoadedPlan"/> object.</summary>
    public Plan Structure(LoadedPlan loaded, Func<DiagnosticBag, Plan> structure, DiagnosticBag diagnostics) =>
        _structured.GetValue(loaded, _ => Reported<Plan>.Run(structure)).ReportTo(diagnostics);
}
