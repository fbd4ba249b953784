using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using MoDomain.Internal;

namespace MoDomain.Coding.Agreement;

/// <summary>
/// Maps ids to dense indices: either a fixed list given by the caller (unknown ids rejected with suggestions) or an
/// open list that grows in order of first appearance. Validates ids (not blank, no control characters).
/// </summary>
internal sealed class IdIndex
{
    private readonly Dictionary<string, int> map = new(StringComparer.Ordinal);
    private readonly List<string> ids = [];
    private readonly bool fixedList;
    private readonly string listName;

    private IdIndex(bool fixedList, string listName)
    {
        this.fixedList = fixedList;
        this.listName = listName;
    }

    /// <summary>Gets the ids in index order.</summary>
    internal ImmutableArray<string> Ids => [.. ids];

    /// <summary>Gets the number of ids.</summary>
    internal int Count => ids.Count;

    /// <summary>Creates an index over a fixed list (validated, no repeats), or an open index when <paramref name="list"/> is null.</summary>
    internal static IdIndex Create(IEnumerable<string>? list, string paramName)
    {
        var index = new IdIndex(list is not null, paramName);
        if (list is not null)
        {
            foreach (var id in list)
            {
                CheckId(id, paramName);
                Guard.Against.Unsatisfied(index.map.TryAdd(id, index.ids.Count), $"The list repeats the id '{id}'.", paramName);
                index.ids.Add(id);
            }
        }
        return index;
    }

    /// <summary>Checks that an id is not null, blank, or containing a control character.</summary>
    internal static string CheckId(string? id, string paramName)
    {
        Guard.Against.Null(id, paramName);
        Guard.Against.Blank(id, paramName);
        foreach (char ch in id)
        {
            if (char.IsControl(ch))
            {
                // The message is built only on failure: this runs for every character of every id.
                throw new ArgumentException($"The id '{id.Replace("\u001F", "\\u001F", StringComparison.Ordinal)}' contains a control character.", paramName);
            }
        }
        return id;
    }

    /// <summary>Returns the index of <paramref name="candidate"/>, adding it to an open index, rejecting it from a fixed one.</summary>
    internal int Resolve(string? candidate, string what, string paramName)
    {
        string id = CheckId(candidate, paramName);
        if (map.TryGetValue(id, out int index))
        {
            return index;
        }
        if (fixedList)
        {
            string hint = IdSuggestions.Text(IdSuggestions.Suggest(id, ids));
            throw new ArgumentException($"Unknown {what} '{id}': it is not in '{listName}'{(hint.Length == 0 ? "." : "; " + hint)}", paramName);
        }
        map.Add(id, ids.Count);
        ids.Add(id);
        return ids.Count - 1;
    }

    /// <summary>Returns whether the id is known.</summary>
    internal bool TryGet(string id, out int index) => map.TryGetValue(id, out index);
}
