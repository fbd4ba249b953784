using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using MoDomain.Internal;

namespace MoDomain.Coding;

/// <summary>
/// The names of free document variables that hold direct identifiers (a person's name or contact details): exports
/// leave such variables out unless the caller opts in to direct identifiers, like the speaker name.
/// </summary>
/// <remarks>
/// <para>A variable name matches when it equals a listed name after both are folded: letters compared without regard
/// to case (invariant culture), and the separators <c>-</c>, <c>_</c>, <c>.</c> and white space removed, so
/// <c>Name</c>, <c>full_name</c>, <c>Full Name</c> and <c>fullName</c> all match <c>full-name</c>. Only whole names
/// match: <c>organisation-name</c> does not match <c>name</c>.</para>
/// <para><see cref="Default"/> lists common English and German names for persons' names and contact details (see
/// <see cref="Names"/>); a project with other variable names builds its own list, for example
/// <c>new DirectIdentifierNames(DirectIdentifierNames.Default.Names.Add("interviewee"))</c>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class DirectIdentifierNames
{
    private readonly ImmutableHashSet<string> folded;

    /// <summary>Creates a list of variable names that hold direct identifiers.</summary>
    /// <param name="names">The names (any case and separators; see the remarks of the type).</param>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is or holds null.</exception>
    /// <exception cref="ArgumentException">A name is blank or has no letter or digit.</exception>
    public DirectIdentifierNames(IEnumerable<string> names)
    {
        Guard.Against.NullElements(names);
        var list = names.ToImmutableArray();
        var set = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var name in list)
        {
            string key = Fold(name);
            Guard.Against.Unsatisfied(key.Length > 0, $"'{EchoedText.Shorten(name)}' is not a variable name.", nameof(names));
            set.Add(key);
        }
        Names = list;
        folded = set.ToImmutable();
    }

    /// <summary>
    /// Gets the default list: <c>name</c>, <c>full-name</c>, <c>first-name</c>, <c>given-name</c>, <c>last-name</c>,
    /// <c>surname</c>, <c>family-name</c>, <c>speaker-name</c>, <c>real-name</c>, <c>person</c>, <c>Vorname</c>,
    /// <c>Nachname</c>, <c>Familienname</c>, <c>Klarname</c>, <c>voller-name</c>, <c>email</c>, <c>e-mail</c>,
    /// <c>phone</c>, <c>telephone</c>, <c>Telefon</c>, <c>mobile</c>, <c>Handy</c>, <c>address</c>, <c>Adresse</c>,
    /// <c>Anschrift</c>.
    /// </summary>
    public static DirectIdentifierNames Default { get; } = new(
    [
        "name", "full-name", "first-name", "given-name", "last-name", "surname", "family-name", "speaker-name", "real-name", "person",
        "Vorname", "Nachname", "Familienname", "Klarname", "voller-name",
        "email", "e-mail", "phone", "telephone", "Telefon", "mobile", "Handy", "address", "Adresse", "Anschrift",
    ]);

    /// <summary>Gets a list that matches no variable (only the speaker name is then treated as a direct identifier).</summary>
    public static DirectIdentifierNames None { get; } = new([]);

    /// <summary>Gets the names as given.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>Tells whether a variable name is listed (see the remarks of the type for how names are compared).</summary>
    /// <param name="variableName">The variable name.</param>
    /// <returns>Whether the variable holds a direct identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="variableName"/> is null.</exception>
    public bool Matches(string variableName)
    {
        Guard.Against.Null(variableName);
        return folded.Contains(Fold(variableName));
    }

    private static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (c is '-' or '_' or '.' || char.IsWhiteSpace(c))
            {
                continue;
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
