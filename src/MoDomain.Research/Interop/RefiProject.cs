using System;
using System.IO;
using MoDomain.Coding;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Interop;

/// <summary>
/// Reads and writes REFI-QDA projects (<c>.qdpx</c>: a zip with <c>project.qde</c> in
/// <c>urn:QDA-XML:project:1.0</c> and the text sources under <c>Sources/</c>): documents, selections, codings, users
/// (coders), variables (document attributes), cases (organisations) and memos (notes).
/// </summary>
/// <remarks>
/// <para>Export: coders become <c>User</c>s, the codebook the project's <c>CodeBook</c> (as in <see cref="RefiCodebook"/>),
/// documents <c>TextSource</c>s with their text in <c>Sources/&lt;guid&gt;.txt</c> (UTF-8), each coded range one
/// <c>PlainTextSelection</c> per coder (<c>creatingUser</c> = that coder) holding that coder's <c>Coding</c>s, memos
/// both as the selection's <c>Description</c> (where QualCoder and MAXQDA read them) and as <c>Note</c>s referred to
/// by the coding (the standard's place), attributes <c>Variable</c>s (perspective, administrative-role, interview-date,
/// language, speaker and the free variables) and organisations <c>Case</c>s. Project, sources, selections, codings and
/// notes carry <c>creationDateTime</c> (<see cref="RefiExportOptions.Timestamp"/>). Every GUID is name-based, and zip
/// timestamps are fixed, so the same corpus and options give the same file. Speaker names (direct identifiers) are only
/// written when the caller opts in; code descriptions get the <c>[MoDomain]</c> block only when asked
/// (<see cref="RefiExportOptions.IncludeMoDomainBlock"/>). Positions are counted in Unicode code points, as REFI-QDA
/// programs do. Writing is linear in the size of the corpus.</para>
/// <para>Import: accepts projects written by other programs and by older MoDomain versions (one selection shared by
/// all coders). XML with a DTD is refused; the archive is checked against <see cref="RefiImportLimits"/> (entry count,
/// total size, nesting depth, no <c>../</c> or absolute paths, no two entries with one name). Source texts must be
/// UTF-8, the encoding REFI-QDA prescribes for plain text (the schema has no encoding attribute); another encoding is
/// refused with the entry's name. Two users, codes, variables, notes or sources with the same GUID are an error; the
/// same coding twice is merged and reported. Everything modelled is taken over; the rest (pictures, PDFs, audio, video,
/// links, sets, graphs, codings of whole sources, variables of cases, notes not attached to a coding) is listed in
/// <see cref="RefiImportReport.Ignored"/>. Reading is O(n log n) in the size of the file.</para>
/// </remarks>
public static class RefiProject
{
    /// <summary>Writes a corpus as a <c>.qdpx</c> archive.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="stream">The destination (written as a zip).</param>
    /// <param name="projectName">The project name.</param>
    /// <param name="includeDirectIdentifiers">Whether to write speaker names (off unless the caller opts in).</param>
    /// <param name="nameLanguage">The language of code names.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="projectName"/> is blank.</exception>
    /// <remarks>Uses <see cref="RefiExportOptions"/> defaults for everything else (no <c>[MoDomain]</c> block, fixed timestamp).</remarks>
    public static void Write(Corpus corpus, Stream stream, string projectName = RefiExportOptions.DefaultProjectName, bool includeDirectIdentifiers = false, Language nameLanguage = Language.German)
    {
        Guard.Against.Null(corpus);
        Guard.Against.Null(stream);
        Write(corpus, stream, new RefiExportOptions(projectName, includeDirectIdentifiers, nameLanguage));
    }

    /// <summary>Writes a corpus as a <c>.qdpx</c> archive with the given options.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="stream">The destination (written as a zip).</param>
    /// <param name="options">The export options.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Corpus corpus, Stream stream, RefiExportOptions options)
    {
        Guard.Against.Null(corpus);
        Guard.Against.Null(stream);
        Guard.Against.Null(options);
        RefiProjectWriter.WriteArchive(corpus, stream, options);
    }

    /// <summary>Writes a corpus to a <c>.qdpx</c> file atomically.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="path">The file path.</param>
    /// <param name="projectName">The project name.</param>
    /// <param name="includeDirectIdentifiers">Whether to write speaker names.</param>
    /// <param name="nameLanguage">The language of code names.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="projectName"/> is blank.</exception>
    /// <exception cref="IOException">The file cannot be written; the target is unchanged.</exception>
    public static void WriteFile(Corpus corpus, string path, string projectName = RefiExportOptions.DefaultProjectName, bool includeDirectIdentifiers = false, Language nameLanguage = Language.German)
    {
        Guard.Against.Null(corpus);
        WriteFile(corpus, path, new RefiExportOptions(projectName, includeDirectIdentifiers, nameLanguage));
    }

    /// <summary>Writes a corpus to a <c>.qdpx</c> file atomically, with the given options.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="path">The file path.</param>
    /// <param name="options">The export options.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written; the target is unchanged.</exception>
    public static void WriteFile(Corpus corpus, string path, RefiExportOptions options)
    {
        Guard.Against.Null(corpus);
        Guard.Against.Null(options);
        AtomicFile.Write(path, stream => RefiProjectWriter.WriteArchive(corpus, stream, options));
    }

    /// <summary>Writes only the <c>project.qde</c> XML of a corpus (sources referenced as <c>internal://&lt;guid&gt;.txt</c>).</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="projectName">The project name.</param>
    /// <param name="includeDirectIdentifiers">Whether to write speaker names.</param>
    /// <param name="nameLanguage">The language of code names.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="projectName"/> is blank.</exception>
    public static void WriteProjectXml(Corpus corpus, Stream stream, string projectName = RefiExportOptions.DefaultProjectName, bool includeDirectIdentifiers = false, Language nameLanguage = Language.German)
    {
        Guard.Against.Null(corpus);
        Guard.Against.Null(stream);
        WriteProjectXml(corpus, stream, new RefiExportOptions(projectName, includeDirectIdentifiers, nameLanguage));
    }

    /// <summary>Writes only the <c>project.qde</c> XML of a corpus, with the given options.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="options">The export options.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteProjectXml(Corpus corpus, Stream stream, RefiExportOptions options)
    {
        Guard.Against.Null(corpus);
        Guard.Against.Null(stream);
        Guard.Against.Null(options);
        RefiProjectWriter.WriteXml(corpus, stream, options);
    }

    /// <summary>Reads a <c>.qdpx</c> archive (from MoDomain or another program).</summary>
    /// <param name="stream">The archive; must be seekable or is buffered by the zip reader.</param>
    /// <param name="limits">The import limits, or null for <see cref="RefiImportLimits.Default"/>.</param>
    /// <returns>The corpus and the import report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">The archive is not a zip, exceeds a limit, holds a path that climbs out or is
    /// absolute, holds two entries with one name, lacks <c>project.qde</c>, a source text is not UTF-8, or the XML is
    /// malformed, uses a DTD, nests too deeply, repeats a GUID or contradicts itself (the message says which).</exception>
    public static RefiProjectImport Read(Stream stream, RefiImportLimits? limits = null)
    {
        Guard.Against.Null(stream);
        return RefiProjectReader.Read(stream, RefiImportLimits.Check(limits));
    }

    /// <summary>Reads a <c>.qdpx</c> file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="limits">The import limits, or null for the defaults.</param>
    /// <returns>The corpus and the import report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">See <see cref="Read(Stream, RefiImportLimits)"/>.</exception>
    public static RefiProjectImport ReadFile(string path, RefiImportLimits? limits = null)
    {
        Guard.Against.Null(path);
        using var stream = File.OpenRead(path);
        return Read(stream, limits);
    }
}
