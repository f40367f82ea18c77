using System.Buffers;

namespace PlanAtlas.Write;

/// <summary>
/// Bytes written into arrays rented from <see cref="FileBuffers"/> and returned when disposed: a file of tens of megabytes
/// (provisions.csv, agencies.json at the national scale) is written without a new large-object allocation each build,
/// which in a preview session set off a full collection of the whole heap.
/// </summary>
public sealed class PooledBuffer(int initialCapacity = 64 * 1024) : IBufferWriter<byte>, IDisposable
{
    private byte[] _array = FileBuffers.Pool.Rent(initialCapacity);
    private int _length;

    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, _length);

    public void Advance(int count) => _length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _array.AsMemory(_length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _array.AsSpan(_length);
    }

    public void Dispose()
    {
        FileBuffers.Pool.Return(_array);
        _array = [];
    }

    private void Ensure(int sizeHint)
    {
        var needed = _length + Math.Max(sizeHint, 1);
        if (needed <= _array.Length)
        {
            return;
        }

        var larger = FileBuffers.Pool.Rent(Math.Max(needed, _array.Length * 2));
        WrittenSpan.CopyTo(larger);
        FileBuffers.Pool.Return(_array);
        _array = larger;
    }
}
