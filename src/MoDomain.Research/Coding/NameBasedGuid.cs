using System;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using MoDomain.Internal;

namespace MoDomain.Coding;

/// <summary>
/// Name-based UUIDs of version 5 (RFC 9562 §5.5: SHA-1 over the namespace UUID and the name), implemented in the
/// library. MoDomain derives every code GUID from <see cref="MoDomainNamespace"/> and the code id, so exporting the
/// same codebook twice gives identical files and QDA programs keep their references.
/// </summary>
/// <remarks>
/// <para>The namespace and the result are handled in network byte order (big-endian) as the RFC requires;
/// <see cref="Guid"/>'s own byte layout (little-endian in the first three fields) is never used for hashing.</para>
/// <para>The name is encoded as UTF-8 without a byte-order mark. SHA-1 is used because the RFC prescribes it for
/// version 5; the result identifies, it protects nothing.</para>
/// </remarks>
internal static class NameBasedGuid
{
    /// <summary>Gets the fixed namespace of MoDomain code GUIDs: <c>7d4c2a9e-5b1f-4c3a-8e6d-2f0b9a1c4e57</c>. It never changes.</summary>
    public static Guid MoDomainNamespace { get; } = new("7d4c2a9e-5b1f-4c3a-8e6d-2f0b9a1c4e57");

    /// <summary>Creates the version-5 UUID of <paramref name="name"/> in <paramref name="namespaceId"/>.</summary>
    /// <param name="namespaceId">The namespace UUID.</param>
    /// <param name="name">The name (UTF-8 encoded).</param>
    /// <returns>The UUID; the same inputs always give the same UUID.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "RFC 9562 prescribes SHA-1 for version-5 UUIDs; the hash identifies names and protects nothing.")]
    public static Guid Create(Guid namespaceId, string name)
    {
        Guard.Against.Null(name);
        int nameLength = Encoding.UTF8.GetByteCount(name);
        byte[] input = new byte[16 + nameLength];
        namespaceId.TryWriteBytes(input.AsSpan(0, 16), bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, input.AsSpan(16));
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }

    /// <summary>Creates the MoDomain GUID of a code id (version 5 in <see cref="MoDomainNamespace"/>).</summary>
    /// <param name="codeId">The code id.</param>
    /// <returns>The GUID.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codeId"/> is null.</exception>
    public static Guid ForCode(string codeId) => Create(MoDomainNamespace, Guard.Against.Null(codeId));

    /// <summary>Creates a MoDomain GUID for any other named thing of an export (documents, segments, codings, users,
    /// variables, cases), in <see cref="MoDomainNamespace"/>, from a kind prefix and a name.</summary>
    /// <param name="kind">The kind, for example <c>document</c>.</param>
    /// <param name="name">The name within the kind.</param>
    /// <returns>The GUID.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Guid For(string kind, string name) =>
        Create(MoDomainNamespace, string.Concat(Guard.Against.Null(kind), "/", Guard.Against.Null(name)));
}
