namespace MoDomain.Cli.Report;

/// <summary>Writes the marked placeholder of a section whose framework data this build does not pass to the report.</summary>
public static class PlaceholderText
{
    /// <summary>The CSS class of a placeholder paragraph.</summary>
    public const string CssClass = "placeholder";

    /// <summary>Writes "not available in this build" with an explanation.</summary>
    /// <param name="writer">The report writer.</param>
    /// <param name="scope">The scope (language).</param>
    /// <param name="what">What is missing, in the report language.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void Write(ReportWriter writer, ReportScope scope, string what)
    {
        System.ArgumentNullException.ThrowIfNull(writer);
        System.ArgumentNullException.ThrowIfNull(scope);
        writer.Start("p", ("class", CssClass));
        writer.Element("strong", scope.T("Not available in this build.", "In dieser Version nicht verfügbar."));
        writer.Text(" " + what);
        writer.End();
    }
}
