using System.Buffers;

namespace PlanAtlas.Write;

/// <summary>
/// The arrays files are encoded into before they are stored. Not the shared pool: it keeps a returned array in the
/// returning thread's own slot, so in a preview session every pool thread that once wrote provisions.csv kept a copy of
/// tens of megabytes (1,000 plans: live large objects 150 → 720 MiB over five rebuilds, each full collection slower).
/// This pool keeps a few arrays of each size for the whole process, however many threads return them.
/// </summary>
internal static class FileBuffers
{
    /// <summary>Enough for the render threads and the data writers working at once.</summary>
    private const int ArraysPerSize = 8;

    public static ArrayPool<byte> Pool { get; } = ArrayPool<byte>.Create(1024 * 1024 * 1024, ArraysPerSize);
}
