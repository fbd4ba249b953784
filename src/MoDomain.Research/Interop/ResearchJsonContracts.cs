using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Interop;

/// <summary>
/// The versioned JSON documents of the research toolkit (the interview corpus and the codebook), described like the
/// framework documents of <see cref="JsonContracts"/>.
/// </summary>
/// <remarks>
/// The framework package lists only its own documents; a tool that wants every document MoDomain reads or writes
/// combines <see cref="JsonContracts.All"/> with <see cref="All"/>. Contract names are unique across both lists.
/// </remarks>
public static class ResearchJsonContracts
{
    /// <summary>Gets every research contract, in a stable order.</summary>
    public static ImmutableArray<JsonContract> All { get; } =
    [
        new("corpus", new LocalizedText("An interview corpus: documents with attributes, segments and codings by coder.", "Ein Interviewkorpus: Dokumente mit Attributen, Segmenten und Codierungen je Codierer:in."), CorpusJsonContext.Default.CorpusDto),
        new("codebook", new LocalizedText("A hierarchical codebook with ids, labels, descriptions and colours.", "Ein hierarchisches Codebuch mit IDs, Bezeichnungen, Beschreibungen und Farben."), CorpusJsonContext.Default.CodebookDto),
    ];

    /// <summary>Gets the research contract with the given name.</summary>
    /// <param name="name">The contract name, e.g. <c>corpus</c>.</param>
    /// <returns>The contract.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No research contract has that name; the message suggests close names.</exception>
    public static JsonContract Get(string name)
    {
        Guard.Against.Null(name);
        JsonContract? contract = All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
        if (contract is not null)
        {
            return contract;
        }

        ImmutableArray<string> suggestions = IdSuggestions.Suggest(name, All.Select(c => c.Name));
        throw new KeyNotFoundException($"No research JSON contract is named '{name}'{IdSuggestions.Text(suggestions)}. Known contracts: {string.Join(", ", All.Select(c => c.Name))}.");
    }
}
