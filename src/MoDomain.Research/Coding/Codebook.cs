using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Coding;

/// <summary>
/// An immutable, hierarchical set of <see cref="Code"/>s: the library's frameworks as codes (<see cref="Standard"/>)
/// plus any codes a researcher adds with <see cref="With"/> or <see cref="WithCode"/>.
/// </summary>
/// <remarks>
/// <para>Codes are kept in insertion order; a parent always comes before its children, so the hierarchy has no
/// cycles by construction. Ids are unique (ordinal).</para>
/// <para>Adding returns a new codebook; instances are safe to share across threads.</para>
/// </remarks>
public sealed class Codebook
{
    private readonly ImmutableDictionary<string, Code> byId;
    private readonly ImmutableDictionary<string, ImmutableList<string>> children;

    private Codebook(ImmutableList<Code> codes, ImmutableDictionary<string, Code> byId, ImmutableDictionary<string, ImmutableList<string>> children)
    {
        CodeList = codes;
        this.byId = byId;
        this.children = children;
    }

    /// <summary>Gets the empty codebook.</summary>
    public static Codebook Empty { get; } = new(ImmutableList<Code>.Empty, ImmutableDictionary.Create<string, Code>(StringComparer.Ordinal), ImmutableDictionary.Create<string, ImmutableList<string>>(StringComparer.Ordinal));

    /// <summary>Gets the codebook of the library's frameworks (see <see cref="StandardCodes"/>).</summary>
    public static Codebook Standard { get; } = StandardCodes.Build();

    /// <summary>Creates a codebook from codes given parents first.</summary>
    /// <param name="codes">The codes; each parent must precede its children.</param>
    /// <returns>The codebook.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> is or holds null.</exception>
    /// <exception cref="ArgumentException">Two codes share an id, or a parent is missing or comes after its child.</exception>
    public static Codebook Of(IEnumerable<Code> codes)
    {
        Guard.Against.NullElements(codes);
        var book = Empty;
        foreach (var code in codes)
        {
            book = book.With(code);
        }
        return book;
    }

    private ImmutableList<Code> CodeList { get; }

    /// <summary>Gets the codes in insertion order (parents before children).</summary>
    public IReadOnlyList<Code> Codes => CodeList;

    /// <summary>Gets the number of codes.</summary>
    public int Count => CodeList.Count;

    /// <summary>Gets the code with the given id.</summary>
    /// <param name="id">The code id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No code has that id; the message suggests close ids.</exception>
    public Code this[string id]
    {
        get
        {
            Guard.Against.Null(id);
            return byId.TryGetValue(id, out var code) ? code : throw new KeyNotFoundException(UnknownCodeMessage(id));
        }
    }

    /// <summary>Looks up a code.</summary>
    /// <param name="id">The id; null gives false.</param>
    /// <param name="code">The code when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(string? id, [NotNullWhen(true)] out Code? code)
    {
        if (id is null)
        {
            code = null;
            return false;
        }
        return byId.TryGetValue(id, out code);
    }

    /// <summary>Returns whether a code with the id exists.</summary>
    /// <param name="id">The id; null gives false.</param>
    /// <returns>True when present.</returns>
    public bool Contains(string? id) => id is not null && byId.ContainsKey(id);

    /// <summary>Gets the top-level codes in insertion order.</summary>
    public IEnumerable<Code> Roots => CodeList.Where(c => c.ParentId is null);

    /// <summary>Gets the direct children of a code, in insertion order.</summary>
    /// <param name="id">The parent id.</param>
    /// <returns>The children; empty for a leaf.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No code has that id.</exception>
    public IEnumerable<Code> ChildrenOf(string id)
    {
        _ = this[id];
        return children.TryGetValue(id, out var list) ? list.Select(c => byId[c]) : [];
    }

    /// <summary>Returns whether <paramref name="id"/> is <paramref name="ancestorId"/> or lies below it.</summary>
    /// <param name="id">The code id.</param>
    /// <param name="ancestorId">The possible ancestor.</param>
    /// <returns>True when <paramref name="id"/> equals or descends from <paramref name="ancestorId"/>; false when either is unknown.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool IsWithin(string id, string ancestorId)
    {
        Guard.Against.Null(id);
        Guard.Against.Null(ancestorId);
        string? current = id;
        while (current is not null && byId.TryGetValue(current, out var code))
        {
            if (string.Equals(current, ancestorId, StringComparison.Ordinal))
            {
                return true;
            }
            current = code.ParentId;
        }
        return false;
    }

    /// <summary>Returns the depth of a code: 0 for a top-level code.</summary>
    /// <param name="id">The code id.</param>
    /// <returns>The number of ancestors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No code has that id.</exception>
    public int DepthOf(string id)
    {
        int depth = 0;
        for (var code = this[id]; code.ParentId is not null; code = byId[code.ParentId])
        {
            depth++;
        }
        return depth;
    }

    /// <summary>Returns a codebook with <paramref name="code"/> added at the end.</summary>
    /// <param name="code">The code; its parent must already be in the codebook.</param>
    /// <returns>The new codebook.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">A code with that id exists, or the parent is not in the codebook.</exception>
    public Codebook With(Code code)
    {
        Guard.Against.Null(code);
        Guard.Against.Unsatisfied(!byId.ContainsKey(code.Id), $"The codebook already has a code '{code.Id}'.", nameof(code));
        var newChildren = children;
        if (code.ParentId is { } parent)
        {
            if (!byId.ContainsKey(parent))
            {
                // The suggestions scan every id: build them only on failure, so adding n codes stays O(n log n).
                throw new ArgumentException($"The parent '{parent}' of code '{code.Id}' is not in the codebook; add it first. {IdSuggestions.Text(IdSuggestions.Suggest(parent, byId.Keys))}".TrimEnd(), nameof(code));
            }
            newChildren = children.SetItem(parent, (children.TryGetValue(parent, out var list) ? list : ImmutableList<string>.Empty).Add(code.Id));
        }
        return new Codebook(CodeList.Add(code), byId.Add(code.Id, code), newChildren);
    }

    /// <summary>Returns a codebook with a researcher code added (source <see cref="Code.ResearcherSource"/>).</summary>
    /// <param name="id">The code id.</param>
    /// <param name="english">The English label.</param>
    /// <param name="german">The German label.</param>
    /// <param name="parentId">The parent id, or null for a top-level code.</param>
    /// <param name="description">An optional description.</param>
    /// <param name="colour">An optional colour <c>#RRGGBB</c>.</param>
    /// <param name="guideline">An optional coding guideline (definition, anchor examples, coding rule).</param>
    /// <returns>The new codebook.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is malformed, the id exists or the parent is missing.</exception>
    public Codebook WithCode(string id, string english, string german, string? parentId = null, string? description = null, string? colour = null, CodingGuideline? guideline = null) =>
        With(new Code(id, new LocalizedText(english, german), description, parentId, colour, guideline: guideline));

    /// <summary>Returns a codebook in which one code has another coding guideline; the code keeps its place.</summary>
    /// <param name="id">The code id.</param>
    /// <param name="guideline">The guideline (definition, anchor examples, coding rule).</param>
    /// <returns>The new codebook.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">No code has that id; the message suggests close ids.</exception>
    public Codebook WithGuideline(string id, CodingGuideline guideline)
    {
        Guard.Against.Null(guideline);
        var old = this[id];
        var code = old.WithGuideline(guideline);
        return new Codebook(CodeList.Replace(old, code), byId.SetItem(id, code), children);
    }

    internal string UnknownCodeMessage(string id)
    {
        string hint = IdSuggestions.Text(IdSuggestions.Suggest(id, CodeList.Select(c => c.Id)));
        return hint.Length == 0 ? $"The codebook has no code '{id}'." : $"The codebook has no code '{id}'; {hint}";
    }
}
