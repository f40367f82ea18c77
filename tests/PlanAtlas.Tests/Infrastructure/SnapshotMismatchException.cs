using Xunit.Sdk;

namespace PlanAtlas.Tests.Infrastructure;

/// <summary>Derives from XunitException so the runner shows the message (files and diff) without a wall of stack trace.</summary>
public sealed class SnapshotMismatchException(string message) : XunitException(message);
