using System;
using System.Security.Cryptography;
using System.Text;
using MoDomain.Internal;

namespace MoDomain.Coding;

/// <summary>
/// Keyed pseudonymisation of speaker names and other identifiers: HMAC-SHA256 with a key the caller holds. The same
/// key and identifier always give the same pseudonym (stable across runs and machines); without the key the
/// pseudonym cannot be linked back by trying names.
/// </summary>
/// <remarks>
/// <para>A pseudonym is <c>ps-</c> followed by the first 12 bytes (96 bits) of the HMAC as lower-case hex. The
/// identifier is normalised (Unicode NFC, trimmed) before hashing, so "Ayşe " and "Ayşe" agree.</para>
/// <para>The key is copied on construction and never exposed: no property returns it, <see cref="ToString"/> does not
/// show it and no export writes it. Keep the key apart from the data (pseudonymised data with the key is personal data).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Pseudonymiser
{
    /// <summary>The minimum key length in bytes.</summary>
    public const int MinimumKeyBytes = 16;

    private readonly byte[] key;

    /// <summary>Creates a pseudonymiser.</summary>
    /// <param name="key">The secret key, at least <see cref="MinimumKeyBytes"/> bytes (32 random bytes recommended).</param>
    /// <exception cref="ArgumentException">The key is shorter than <see cref="MinimumKeyBytes"/> bytes.</exception>
    public Pseudonymiser(ReadOnlySpan<byte> key)
    {
        Guard.Against.Unsatisfied(key.Length >= MinimumKeyBytes, $"The key must have at least {MinimumKeyBytes} bytes.", nameof(key));
        this.key = key.ToArray();
    }

    /// <summary>Returns the pseudonym of an identifier.</summary>
    /// <param name="identifier">The identifier, for example a speaker's name.</param>
    /// <returns>The pseudonym, <c>ps-</c> and 24 hex digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identifier"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="identifier"/> is blank.</exception>
    public string Pseudonymise(string identifier)
    {
        Guard.Against.Blank(identifier);
        byte[] data = Encoding.UTF8.GetBytes(identifier.Trim().Normalize(NormalizationForm.FormC));
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key, data, mac);
        return "ps-" + Convert.ToHexString(mac[..12]).ToLowerInvariant();
    }

    /// <summary>Returns a description that does not reveal the key.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "Pseudonymiser (HMAC-SHA256, key not shown)";
}
