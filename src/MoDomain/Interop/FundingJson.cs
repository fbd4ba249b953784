using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MoDomain.Funding;
using MoDomain.Internal;

namespace MoDomain.Interop;

/// <summary>
/// JSON for funding policies, ladders and funding cases (contract version 1), through a source-generated context.
/// </summary>
/// <remarks>Reading is all-or-nothing: an error throws a <see cref="JsonException"/> naming the JSON path; unknown or
/// duplicate properties are rejected; a newer <c>schemaVersion</c> is refused. Collections read either a bare array or a
/// <c>{"schemaVersion":2,"policies"|"fundingCases":[…]}</c> document.</remarks>
public static class FundingJson
{
    private static readonly FundingJsonContext Context = new(new JsonSerializerOptions(FundingJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Serializes a policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static string SerializePolicy(FundingPolicy policy)
    {
        Guard.Against.Null(policy);
        return JsonSerializer.Serialize(FundingMapper.ToDto(policy, withSchemaVersion: true), Context.FundingPolicyDto);
    }

    /// <summary>Deserializes a policy.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid policy (the message names the path).</exception>
    public static FundingPolicy DeserializePolicy(string json) => DeserializePolicy(json, FundingRequirementRegistry.Empty);

    /// <summary>Deserializes a policy whose custom requirements are resolved through a registry.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="requirements">The caller's own requirements, found by the id in <c>kind</c>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid policy, e.g. a <c>kind</c> that is neither built in nor
    /// registered (the message names the path).</exception>
    public static FundingPolicy DeserializePolicy(string json, FundingRequirementRegistry requirements)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(requirements);
        return JsonInput.Read(json, utf8 => ParsePolicy(utf8, requirements));
    }

    /// <summary>Reads a policy from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream; read to its end (at most <see cref="JsonReadLimits.DefaultMaxBytes"/> bytes), not closed.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid policy.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static FundingPolicy ReadPolicy(Stream utf8Json) => JsonInput.Read(utf8Json, null, ParsePolicy);

    /// <summary>Within a given size limit, reads a policy from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream; read to its end (at most the size limit), not closed.</param>
    /// <param name="limits">The size limit.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid policy.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static FundingPolicy ReadPolicy(Stream utf8Json, JsonReadLimits limits) => JsonInput.Read(utf8Json, Guard.Against.Null(limits), ParsePolicy);

    /// <summary>Reads a policy from a UTF-8 stream, resolving custom requirements through a registry.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="requirements">The caller's own requirements, found by the id in <c>kind</c>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid policy.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static FundingPolicy ReadPolicy(Stream utf8Json, FundingRequirementRegistry requirements)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(requirements);
        return JsonInput.Read(utf8Json, null, utf8 => ParsePolicy(utf8, requirements));
    }

    /// <summary>Serializes policies as a document.</summary>
    /// <param name="policies">The policies.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="policies"/> or an element is null.</exception>
    public static string SerializePolicies(IEnumerable<FundingPolicy> policies)
    {
        Guard.Against.NullElements(policies);
        var dto = new FundingPolicyCollectionDto { SchemaVersion = SchemaVersions.Current, Policies = [] };
        foreach (var p in policies)
        {
            dto.Policies.Add(FundingMapper.ToDto(p, withSchemaVersion: false));
        }
        return JsonSerializer.Serialize(dto, Context.FundingPolicyCollectionDto);
    }

    /// <summary>Deserializes policies (an array or a document).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policies.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not valid.</exception>
    public static ImmutableArray<FundingPolicy> DeserializePolicies(string json) => DeserializePolicies(json, FundingRequirementRegistry.Empty);

    /// <summary>Deserializes policies (an array or a document) whose custom requirements are resolved through a registry.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="requirements">The caller's own requirements, found by the id in <c>kind</c>.</param>
    /// <returns>The policies.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonException">The JSON is not valid, e.g. a <c>kind</c> that is neither built in nor registered.</exception>
    public static ImmutableArray<FundingPolicy> DeserializePolicies(string json, FundingRequirementRegistry requirements)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(requirements);
        return JsonInput.Read(json, utf8 => JsonDocumentReader.ReadCollection(
            utf8.Span, Context.ListFundingPolicyDto, Context.FundingPolicyCollectionDto, "policies",
            static d => d.SchemaVersion, static d => d.Policies, (d, p) => FundingMapper.FromDto(d, p, requirements)));
    }

    /// <summary>Serializes a ladder.</summary>
    /// <param name="ladder">The ladder.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="ladder"/> is null.</exception>
    public static string SerializeLadder(FundingLadder ladder)
    {
        Guard.Against.Null(ladder);
        return JsonSerializer.Serialize(FundingMapper.ToDto(ladder), Context.FundingLadderDto);
    }

    /// <summary>Deserializes a ladder (rungs lowest first).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The ladder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid ladder, e.g. a duplicate (cyclic) rung.</exception>
    public static FundingLadder DeserializeLadder(string json)
    {
        return JsonInput.Read(json, ParseLadder);
    }

    /// <summary>Reads a ladder from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream; read to its end (at most <see cref="JsonReadLimits.DefaultMaxBytes"/> bytes), not closed.</param>
    /// <returns>The ladder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid ladder.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static FundingLadder ReadLadder(Stream utf8Json) => JsonInput.Read(utf8Json, null, ParseLadder);

    /// <summary>Within a given size limit, reads a ladder from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream; read to its end (at most the size limit), not closed.</param>
    /// <param name="limits">The size limit.</param>
    /// <returns>The ladder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid ladder.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static FundingLadder ReadLadder(Stream utf8Json, JsonReadLimits limits) => JsonInput.Read(utf8Json, Guard.Against.Null(limits), ParseLadder);

    /// <summary>Serializes funding cases as a document.</summary>
    /// <param name="cases">The cases.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="cases"/> or an element is null.</exception>
    public static string SerializeCases(IEnumerable<FundingCase> cases)
    {
        Guard.Against.NullElements(cases);
        var dto = new FundingCaseCollectionDto { SchemaVersion = SchemaVersions.Current, FundingCases = [] };
        foreach (var c in cases)
        {
            dto.FundingCases.Add(FundingMapper.ToDto(c, withSchemaVersion: false));
        }
        return JsonSerializer.Serialize(dto, Context.FundingCaseCollectionDto);
    }

    /// <summary>Deserializes funding cases (an array or a document).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The cases.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not valid.</exception>
    public static ImmutableArray<FundingCase> DeserializeCases(string json)
    {
        return JsonInput.Read(json, ParseCases);
    }

    /// <summary>Reads funding cases from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream; read to its end (at most <see cref="JsonReadLimits.DefaultMaxBytes"/> bytes), not closed.</param>
    /// <returns>The cases.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not valid.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ImmutableArray<FundingCase> ReadCases(Stream utf8Json) => JsonInput.Read(utf8Json, null, ParseCases);

    /// <summary>Within a given size limit, reads funding cases from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream; read to its end (at most the size limit), not closed.</param>
    /// <param name="limits">The size limit.</param>
    /// <returns>The cases.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not valid.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ImmutableArray<FundingCase> ReadCases(Stream utf8Json, JsonReadLimits limits) => JsonInput.Read(utf8Json, Guard.Against.Null(limits), ParseCases);

    private static FundingPolicy ParsePolicy(System.ReadOnlyMemory<byte> utf8) => ParsePolicy(utf8, FundingRequirementRegistry.Empty);

    private static FundingPolicy ParsePolicy(System.ReadOnlyMemory<byte> utf8, FundingRequirementRegistry requirements) =>
        FundingMapper.FromDto(JsonDocumentReader.Read(utf8.Span, Context.FundingPolicyDto), "$", requirements);

    private static FundingLadder ParseLadder(System.ReadOnlyMemory<byte> utf8) =>
        FundingMapper.FromDto(JsonDocumentReader.Read(utf8.Span, Context.FundingLadderDto), "$");

    private static ImmutableArray<FundingCase> ParseCases(System.ReadOnlyMemory<byte> utf8) =>
        JsonDocumentReader.ReadCollection(
            utf8.Span, Context.ListFundingCaseDto, Context.FundingCaseCollectionDto, "fundingCases",
            static d => d.SchemaVersion, static d => d.FundingCases, FundingMapper.FromDto);
}
