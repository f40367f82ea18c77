namespace PlanAtlas.Write;

/// <summary>
/// One build at a time per output folder: an exclusive lock on a small file beside the output, held from the guard
/// check to the swap. A second build waits for the first; past the wait it gives up with a clear message.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    /// <summary>The lock, or null when another build still held it after <paramref name="wait"/>.</summary>
    public static OutputLock? Acquire(string outputPath, TimeSpan wait, Action onWaiting)
    {
        var path = OutputNames.Lock(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var deadline = DateTime.UtcNow + wait;
        var told = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock on Unix and a sharing lock on Windows: released if the process dies.
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                if (!told)
                {
                    onWaiting();
                    told = true;
                }

                Thread.Sleep(200);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
