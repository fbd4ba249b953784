using System;
using MoDomain.Internal;
using MoDomain.Vocabulary;
using NodaTime;

namespace MoDomain.Interop;

/// <summary>How <see cref="RefiProject"/> and <see cref="RefiCodebook"/> write REFI-QDA files.</summary>
/// <remarks>
/// <para>Immutable. <see cref="ProjectName"/>, <see cref="IncludeDirectIdentifiers"/> and <see cref="Timestamp"/> apply
/// to projects (<c>.qdpx</c>) only; codebooks (<c>.qdc</c>) use <see cref="NameLanguage"/> and
/// <see cref="IncludeMoDomainBlock"/>.</para>
/// <para>The default timestamp is fixed (2000-01-01T00:00:00Z), so the same corpus always gives the same bytes; pass
/// the time of the export when the dates should mean something to the researchers who open the file.</para>
/// </remarks>
public sealed class RefiExportOptions
{
    /// <summary>The project name used when none is given: <c>MoDomain corpus</c>.</summary>
    public const string DefaultProjectName = "MoDomain corpus";

    /// <summary>Creates export options.</summary>
    /// <param name="projectName">The project name (the <c>name</c> of the <c>Project</c> element).</param>
    /// <param name="includeDirectIdentifiers">Whether to write speaker names (direct identifiers); off unless the caller opts in.</param>
    /// <param name="nameLanguage">The language of the code names other programs show.</param>
    /// <param name="includeMoDomainBlock">Whether to append a <c>[MoDomain]</c> block (id, both labels, source) to every code
    /// description, so a MoDomain import restores ids and labels exactly. Off by default: other programs show the block
    /// as part of the description.</param>
    /// <param name="timestamp">The <c>creationDateTime</c> written on the project, sources, selections, codings and notes;
    /// null for the fixed default 2000-01-01T00:00:00Z.</param>
    /// <exception cref="ArgumentNullException"><paramref name="projectName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="projectName"/> is blank.</exception>
    public RefiExportOptions(string projectName = DefaultProjectName, bool includeDirectIdentifiers = false, Language nameLanguage = Language.German, bool includeMoDomainBlock = false, Instant? timestamp = null)
    {
        ProjectName = Guard.Against.Blank(projectName);
        IncludeDirectIdentifiers = includeDirectIdentifiers;
        NameLanguage = nameLanguage;
        IncludeMoDomainBlock = includeMoDomainBlock;
        Timestamp = timestamp ?? FixedTimestamp;
    }

    /// <summary>Gets the default options: project name <see cref="DefaultProjectName"/>, no direct identifiers, German
    /// code names, no <c>[MoDomain]</c> block, the fixed timestamp.</summary>
    public static RefiExportOptions Default { get; } = new();

    /// <summary>Gets the project name.</summary>
    public string ProjectName { get; }

    /// <summary>Gets whether speaker names (direct identifiers) are written.</summary>
    public bool IncludeDirectIdentifiers { get; }

    /// <summary>Gets the language of the code names.</summary>
    public Language NameLanguage { get; }

    /// <summary>Gets whether code descriptions end with the <c>[MoDomain]</c> block that makes a MoDomain round trip exact.</summary>
    public bool IncludeMoDomainBlock { get; }

    /// <summary>Gets the <c>creationDateTime</c> of the written elements.</summary>
    public Instant Timestamp { get; }

    internal static Instant FixedTimestamp { get; } = Instant.FromUtc(2000, 1, 1, 0, 0);
}
