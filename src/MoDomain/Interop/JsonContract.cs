using System.Text.Json.Serialization.Metadata;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Interop;

/// <summary>
/// One top-level JSON contract of MoDomain: its stable name, what it holds, and the source-generated type information
/// of its document shape (from which a JSON Schema can be exported).
/// </summary>
/// <remarks>Instances are immutable. The type information belongs to the library's own serializer contexts.</remarks>
public sealed class JsonContract
{
    internal JsonContract(string name, LocalizedText description, JsonTypeInfo typeInfo)
    {
        Name = Guard.Against.Blank(name);
        Description = Guard.Against.Null(description);
        TypeInfo = Guard.Against.Null(typeInfo);
    }

    /// <summary>Gets the stable name of the contract (the file name of its schema without <c>.schema.json</c>).</summary>
    public string Name { get; }

    /// <summary>Gets what a document of this contract holds.</summary>
    public LocalizedText Description { get; }

    /// <summary>Gets the source-generated type information of the document shape.</summary>
    public JsonTypeInfo TypeInfo { get; }

    /// <summary>Returns the name.</summary>
    /// <returns>The contract name.</returns>
    public override string ToString() => Name;
}
