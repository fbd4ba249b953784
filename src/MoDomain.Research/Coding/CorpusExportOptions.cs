namespace MoDomain.Coding;

/// <summary>
/// What the corpus exports write (tidy CSV and JSON records, corpus JSON): segment text, direct identifiers and, for
/// CSV, whether cells that a spreadsheet would run as a formula are neutralised.
/// </summary>
/// <remarks>
/// <para>The defaults are the safe choice for a file a researcher opens in a spreadsheet or passes on: text included,
/// direct identifiers left out (the speaker name and every variable that <see cref="DirectIdentifiers"/> lists), formula
/// cells neutralised.</para>
/// <para>Immutable; change a copy with <c>with</c>.</para>
/// </remarks>
public sealed record CorpusExportOptions
{
    private readonly DirectIdentifierNames directIdentifiers = DirectIdentifierNames.Default;

    /// <summary>Gets the default options (text, no direct identifiers, formulas neutralised).</summary>
    public static CorpusExportOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether the segment text is written (CSV and tidy records; corpus JSON always holds the documents).</summary>
    public bool IncludeText { get; init; } = true;

    /// <summary>
    /// Gets a value indicating whether direct identifiers are written: the speaker name and the variables that
    /// <see cref="DirectIdentifiers"/> lists. Off by default.
    /// </summary>
    public bool IncludeDirectIdentifiers { get; init; }

    /// <summary>Gets the variable names treated as direct identifiers; <see cref="DirectIdentifierNames.Default"/> unless set.</summary>
    /// <exception cref="System.ArgumentNullException">The value set is null.</exception>
    public DirectIdentifierNames DirectIdentifiers
    {
        get => directIdentifiers;
        init => directIdentifiers = Guard.Against.Null(value);
    }

    /// <summary>
    /// Gets a value indicating whether CSV cells that begin with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
    /// carriage return are written with a leading apostrophe, so that Excel and LibreOffice show them as text instead
    /// of running them as formulas (the OWASP rule); numbers such as <c>-1.5</c> stay numbers. On by default; turn it
    /// off only for programs that read the CSV as data (the CLI's <c>--csv-raw</c>). See
    /// <c>CorpusCsv</c> for how the reader restores such cells.
    /// </summary>
    public bool NeutraliseFormulas { get; init; } = true;
}
