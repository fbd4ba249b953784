using System;
using System.Globalization;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Coding;

/// <summary>
/// One code of a <see cref="Codebook"/>: a stable id, a German and an English label, an optional description, an
/// optional parent code, an optional colour and the source it comes from. Its GUID is derived from the id
/// (<see cref="NameBasedGuid.ForCode"/>), so it is the same in every export.
/// </summary>
/// <remarks>Immutable. Two codes are equal when every property is equal (ordinal text comparison).</remarks>
public sealed class Code : IEquatable<Code>
{
    /// <summary>Creates a code.</summary>
    /// <param name="id">The code id (see <see cref="CodeIds"/>).</param>
    /// <param name="label">The labels in English and German.</param>
    /// <param name="description">An optional description; null or white space means none.</param>
    /// <param name="parentId">The id of the parent code, or null for a top-level code. The codebook checks it exists.</param>
    /// <param name="colour">An optional colour <c>#RRGGBB</c> (hex digits of either case, stored upper-case); null for none.</param>
    /// <param name="source">The source key; null gives <c>researcher</c> (a code the researcher added).</param>
    /// <param name="isCodable">Whether segments may be coded with it (false for pure grouping codes).</param>
    /// <param name="guideline">The coding guideline (definition, anchor examples, coding rule); null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException">The id or parent id is malformed, the parent is the code itself, the colour
    /// is not <c>#RRGGBB</c>, or the source is blank.</exception>
    public Code(string id, LocalizedText label, string? description = null, string? parentId = null, string? colour = null, string? source = null, bool isCodable = true, CodingGuideline? guideline = null)
    {
        Id = CodeIds.Check(id);
        Label = Guard.Against.Null(label);
        Description = string.IsNullOrWhiteSpace(description) ? null : description;
        if (parentId is not null)
        {
            CodeIds.Check(parentId);
            Guard.Against.Unsatisfied(!string.Equals(parentId, id, StringComparison.Ordinal), $"Code '{id}' cannot be its own parent.", nameof(parentId));
        }
        ParentId = parentId;
        Colour = colour is null ? null : NormaliseColour(colour);
        Source = source is null ? ResearcherSource : Guard.Against.Blank(source);
        IsCodable = isCodable;
        Guideline = guideline ?? CodingGuideline.Empty;
        CodeGuid = NameBasedGuid.ForCode(id);
    }

    /// <summary>The source key of codes a researcher adds: <c>researcher</c>.</summary>
    public const string ResearcherSource = "researcher";

    /// <summary>Gets the code id.</summary>
    public string Id { get; }

    /// <summary>Gets the labels.</summary>
    public LocalizedText Label { get; }

    /// <summary>Gets the description, or null.</summary>
    public string? Description { get; }

    /// <summary>Gets the parent code id, or null for a top-level code.</summary>
    public string? ParentId { get; }

    /// <summary>Gets the colour as <c>#RRGGBB</c> (upper-case), or null.</summary>
    public string? Colour { get; }

    /// <summary>Gets the source key.</summary>
    public string Source { get; }

    /// <summary>Gets whether segments may be coded with this code.</summary>
    public bool IsCodable { get; }

    /// <summary>Gets the coding guideline ("Kodierleitfaden" entry); <see cref="CodingGuideline.Empty"/> when none is given.</summary>
    public CodingGuideline Guideline { get; }

    /// <summary>Returns a copy with another coding guideline.</summary>
    /// <param name="guideline">The guideline.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="guideline"/> is null.</exception>
    public Code WithGuideline(CodingGuideline guideline) =>
        new(Id, Label, Description, ParentId, Colour, Source, IsCodable, Guard.Against.Null(guideline));

    /// <summary>Gets the deterministic GUID (RFC 9562 version 5 of the id in <see cref="NameBasedGuid.MoDomainNamespace"/>).</summary>
    public Guid CodeGuid { get; }

    /// <summary>Returns whether <paramref name="colour"/> is a colour of the form <c>#RRGGBB</c>.</summary>
    /// <param name="colour">The candidate; null gives false.</param>
    /// <returns>True when well-formed.</returns>
    public static bool IsValidColour(string? colour)
    {
        if (colour is null || colour.Length != 7 || colour[0] != '#')
        {
            return false;
        }
        for (int i = 1; i < 7; i++)
        {
            if (!char.IsAsciiHexDigit(colour[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static string NormaliseColour(string colour)
    {
        Guard.Against.Unsatisfied(IsValidColour(colour), $"'{colour}' is not a colour of the form #RRGGBB.", nameof(colour));
        return colour.ToUpperInvariant();
    }

    /// <inheritdoc />
    public bool Equals(Code? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Label.Equals(other.Label)
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && string.Equals(ParentId, other.ParentId, StringComparison.Ordinal)
        && string.Equals(Colour, other.Colour, StringComparison.Ordinal)
        && string.Equals(Source, other.Source, StringComparison.Ordinal)
        && IsCodable == other.IsCodable
        && Guideline.Equals(other.Guideline);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Code);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Returns the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Value equality, the same as <see cref="Equals(Code?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(Code? left, Code? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(Code? left, Code? right) => !(left == right);
}
