using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;

namespace MoDomain.Coding;

/// <summary>
/// The coding guideline of one code in the sense of Mayring's "Kodierleitfaden": a definition (which passages the
/// code is for), anchor examples ("Ankerbeispiele": typical passages from the material that clearly belong), and a
/// coding rule ("Kodierregel": how to decide borderline cases and to tell the code from its neighbours).
/// </summary>
/// <remarks>
/// <para>The texts are written in the team's working language (German for most studies of MOs); they are not
/// translated. Each part may be absent: <see cref="Empty"/> has none.</para>
/// <para>Immutable; equal when all parts are equal (ordinal; anchor examples in order).</para>
/// </remarks>
public sealed class CodingGuideline : IEquatable<CodingGuideline>
{
    /// <summary>Creates a guideline.</summary>
    /// <param name="definition">The definition ("Definition"); null or white space for none.</param>
    /// <param name="anchorExamples">Anchor examples ("Ankerbeispiele"), each a passage with, if wanted, its source in
    /// brackets; null for none. Blank entries are dropped.</param>
    /// <param name="codingRule">The coding rule ("Kodierregel"); null or white space for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="anchorExamples"/> holds null.</exception>
    public CodingGuideline(string? definition = null, IEnumerable<string>? anchorExamples = null, string? codingRule = null)
    {
        Definition = string.IsNullOrWhiteSpace(definition) ? null : definition.Trim();
        var anchors = anchorExamples?.ToImmutableArray() ?? [];
        Guard.Against.NullElements(anchors, nameof(anchorExamples));
        AnchorExamples = [.. anchors.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim())];
        CodingRule = string.IsNullOrWhiteSpace(codingRule) ? null : codingRule.Trim();
    }

    /// <summary>Gets the guideline without any part.</summary>
    public static CodingGuideline Empty { get; } = new();

    /// <summary>Gets the definition, or null.</summary>
    public string? Definition { get; }

    /// <summary>Gets the anchor examples in order (empty when there are none).</summary>
    public ImmutableArray<string> AnchorExamples { get; }

    /// <summary>Gets the coding rule, or null.</summary>
    public string? CodingRule { get; }

    /// <summary>Gets whether no part is given.</summary>
    public bool IsEmpty => Definition is null && AnchorExamples.IsEmpty && CodingRule is null;

    /// <inheritdoc />
    public bool Equals(CodingGuideline? other) =>
        other is not null && string.Equals(Definition, other.Definition, StringComparison.Ordinal)
        && string.Equals(CodingRule, other.CodingRule, StringComparison.Ordinal)
        && AnchorExamples.SequenceEqual(other.AnchorExamples, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CodingGuideline);

    /// <summary>Tells whether two values are equal (as <see cref="Equals(CodingGuideline)"/>; two nulls are equal).</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(CodingGuideline? left, CodingGuideline? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Tells whether two values differ (the negation of <c>==</c>).</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns><see langword="true"/> when exactly one is null or they differ.</returns>
    public static bool operator !=(CodingGuideline? left, CodingGuideline? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Definition is null ? 0 : StringComparer.Ordinal.GetHashCode(Definition), AnchorExamples.Length, CodingRule is null ? 0 : StringComparer.Ordinal.GetHashCode(CodingRule));
}
