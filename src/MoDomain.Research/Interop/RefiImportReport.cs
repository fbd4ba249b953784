using System.Collections.Generic;
using System.Collections.Immutable;

namespace MoDomain.Interop;

/// <summary>
/// What a REFI-QDA import did not take over (<see cref="Ignored"/>: parts of the file MoDomain does not model) and
/// what it changed on the way (<see cref="Notes"/>, for example new code ids for codes from other programs).
/// </summary>
/// <remarks>Immutable. Everything MoDomain models (codes, text sources, selections, codings, users, variables, cases)
/// is imported; nothing modelled is dropped silently.</remarks>
public sealed class RefiImportReport
{
    private RefiImportReport(ImmutableArray<string> ignored, ImmutableArray<string> notes)
    {
        Ignored = ignored;
        Notes = notes;
    }

    /// <summary>Gets the parts of the file that were not imported, one line each, in file order.</summary>
    public ImmutableArray<string> Ignored { get; }

    /// <summary>Gets the changes made while importing, one line each.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>Gets whether everything was taken over unchanged.</summary>
    public bool IsComplete => Ignored.IsEmpty && Notes.IsEmpty;

    internal sealed class Builder
    {
        private readonly List<string> ignored = [];
        private readonly List<string> notes = [];

        internal void Ignore(string what) => ignored.Add(what);

        internal void Note(string what) => notes.Add(what);

        internal RefiImportReport Build() => new([.. ignored], [.. notes]);
    }
}
