namespace PlanAtlas.Preview;

/// <summary>
/// Why the server could not start, as one line for the terminal (<c>error PA030: …</c>): these are the
/// user's choices (a port, a host) to correct, not faults of the program, so they carry no stack trace.
/// </summary>
public sealed class ServerStartException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;

    public string Line => $"error {Code}: {Message}";
}
