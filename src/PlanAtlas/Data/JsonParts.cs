using System.Collections;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PlanAtlas.IO;

namespace PlanAtlas.Data;

/// <summary>
/// Items of a JSON list serialized on their own (one plan's or one agency's share of a site-wide file), so that a
/// preview rebuild splices the parts it kept instead of serializing 40 MB again after a one-line edit. The bytes are
/// what the serializer writes for the items of a list whose items stand <see cref="Depth"/> levels deep in the file,
/// from the line break before the first item; an empty part has no bytes.
/// </summary>
public readonly record struct JsonPart(byte[] Json, int Count, int Depth)
{
    /// <param name="depth">How deep the list's items stand: 2 for a list that is a property of the file's object.</param>
    public static JsonPart Of<T>(IReadOnlyCollection<T> items, int depth)
    {
        if (items.Count == 0)
        {
            return new JsonPart([], 0, depth);
        }

        // "[\n  item,\n  item\n]": the brackets belong to the list the part is spliced into.
        var list = JsonSerializer.SerializeToUtf8Bytes(items, JsonContracts.TypeInfo<IReadOnlyCollection<T>>(OpenDataJson.Options));
        return new JsonPart(Reindented(list.AsSpan(1, list.Length - 3), 1, depth), items.Count, depth);
    }

    /// <summary>The part's bytes for items standing <paramref name="depth"/> levels deep.</summary>
    public byte[] At(int depth) => depth == Depth ? Json : Reindented(Json, Depth, depth);

    // A serialized part has line breaks only between tokens (a string writes its own as \n), so each starts a line.
    private static byte[] Reindented(ReadOnlySpan<byte> json, int from, int to)
    {
        var options = OpenDataJson.Options;
        var add = options.IndentSize * (to - from);
        if (add == 0)
        {
            return json.ToArray();
        }

        var indent = new string(options.IndentCharacter, Math.Abs(add));
        var text = Encoding.UTF8.GetString(json);
        return Encoding.UTF8.GetBytes(add > 0 ? text.Replace("\n", "\n" + indent, StringComparison.Ordinal) : text.Replace("\n" + indent, "\n", StringComparison.Ordinal));
    }
}

/// <summary>
/// A list made of <see cref="JsonPart"/>s. Written by <see cref="SplicedListConverter"/> as the parts' bytes, indented
/// for where the list stands, so the file is byte for byte what serializing the items would give; read as a list, it
/// deserializes them.
/// </summary>
public sealed class SplicedList<T>(IReadOnlyList<JsonPart> parts) : IReadOnlyList<T>
{
    private List<T>? _items;

    public IReadOnlyList<JsonPart> Parts => parts;

    public int Count { get; } = parts.Sum(p => p.Count);

    public T this[int index] => Items[index];

    public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private List<T> Items => _items ??= parts
        .Where(p => p.Count > 0)
        .SelectMany(p => JsonContracts.Deserialize<List<T>>([(byte)'[', .. p.Json, (byte)']'], OpenDataJson.Options)!)
        .ToList();
}

/// <summary>
/// Writes a <see cref="SplicedList{T}"/> from its parts; any other list of <typeparamref name="T"/> as the serializer
/// would. One per item type that is spliced (named in <see cref="OpenDataJson.Options"/>), so no converter is made by
/// reflection while a build runs.
/// </summary>
public sealed class SplicedListConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    public override IReadOnlyList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, JsonContracts.TypeInfo<List<T>>(options));

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        if (value is not SplicedList<T> spliced)
        {
            // As a sequence, the serializer's own converter writes it: this one handles only IReadOnlyList<T>.
            JsonSerializer.Serialize(writer, value, JsonContracts.TypeInfo<IEnumerable<T>>(options));
            return;
        }

        // The writer puts the comma between raw values; each part brings its own line breaks and indentation.
        writer.WriteStartArray();
        foreach (var part in spliced.Parts.Where(p => p.Count > 0))
        {
            writer.WriteRawValue(part.At(writer.CurrentDepth), skipInputValidation: true);
        }

        writer.WriteEndArray();
    }
}
