using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;

namespace MoDomain.Cli.Report;

/// <summary>
/// Writes the report as XHTML-compatible markup: well-formed XML (so it parses as XML) that browsers also read as
/// HTML. Every text and attribute value is escaped by the underlying <see cref="XmlWriter"/>, so user input (an
/// organisation's name) can never become markup.
/// </summary>
/// <remarks>
/// <para>Non-void HTML elements are always closed with a full end tag (<c>&lt;td&gt;&lt;/td&gt;</c>, never
/// <c>&lt;td /&gt;</c>, which an HTML parser would read as an open tag); void HTML elements and SVG elements may
/// self-close.</para>
/// <para>Ids handed out by <see cref="NextId"/> come from a counter, so the same input gives the same bytes.</para>
/// </remarks>
public sealed class ReportWriter : IDisposable
{
    /// <summary>The XHTML namespace.</summary>
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>The SVG namespace.</summary>
    public const string SvgNamespace = "http://www.w3.org/2000/svg";

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal) { "meta", "br", "hr", "img", "link", "col", "wbr" };

    private readonly TextWriter output;
    private readonly XmlWriter xml;
    private bool started;
    private readonly Stack<string> open = new();
    private int idCounter;

    /// <summary>Creates a writer over <paramref name="output"/>.</summary>
    /// <param name="output">Where the markup goes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public ReportWriter(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        this.output = output;
        xml = XmlWriter.Create(output, new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = " ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            Encoding = new UTF8Encoding(false),
            ConformanceLevel = ConformanceLevel.Document,
            CheckCharacters = true,
        });
    }

    /// <summary>Writes <c>&lt;!DOCTYPE html&gt;</c> and a line break; must come before any element.</summary>
    /// <exception cref="InvalidOperationException">An element was already written.</exception>
    public void DocType()
    {
        if (started)
        {
            throw new InvalidOperationException("The doctype must come first.");
        }
        // Written directly: XmlWriter would write "<!DOCTYPE html >".
        output.Write("<!DOCTYPE html>\n");
    }

    /// <summary>Returns a fresh document-unique id: <paramref name="prefix"/> followed by a counter.</summary>
    /// <param name="prefix">A prefix made of ASCII letters and hyphens.</param>
    /// <returns>The id.</returns>
    public string NextId(string prefix)
    {
        idCounter++;
        return prefix + "-" + idCounter.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Opens an HTML element.</summary>
    /// <param name="name">The element name.</param>
    /// <param name="attributes">Attribute name/value pairs; a null value omits the attribute.</param>
    public void Start(string name, params (string Name, string? Value)[] attributes) => StartIn(name, null, attributes);

    /// <summary>Opens an SVG element (the <c>svg</c> root declares the SVG namespace).</summary>
    /// <param name="name">The element name.</param>
    /// <param name="attributes">Attribute name/value pairs; a null value omits the attribute.</param>
    public void StartSvg(string name, params (string Name, string? Value)[] attributes) => StartIn(name, SvgNamespace, attributes);

    /// <summary>Closes the innermost open element.</summary>
    /// <exception cref="InvalidOperationException">No element is open.</exception>
    public void End()
    {
        if (open.Count == 0)
        {
            throw new InvalidOperationException("No element is open.");
        }
        string name = open.Pop();
        if (VoidElements.Contains(name) || name.StartsWith("svg:", StringComparison.Ordinal))
        {
            xml.WriteEndElement();
        }
        else
        {
            xml.WriteFullEndElement();
        }
    }

    /// <summary>Writes escaped text.</summary>
    /// <param name="text">The text.</param>
    public void Text(string text) => xml.WriteString(text);

    /// <summary>Writes an HTML element containing only <paramref name="text"/>.</summary>
    /// <param name="name">The element name.</param>
    /// <param name="text">The text (escaped).</param>
    /// <param name="attributes">Attribute name/value pairs.</param>
    public void Element(string name, string text, params (string Name, string? Value)[] attributes)
    {
        Start(name, attributes);
        Text(text);
        End();
    }

    /// <summary>Writes an SVG element containing only <paramref name="text"/> (or nothing when null).</summary>
    /// <param name="name">The element name.</param>
    /// <param name="text">The text (escaped), or null for an empty element.</param>
    /// <param name="attributes">Attribute name/value pairs.</param>
    public void SvgElement(string name, string? text, params (string Name, string? Value)[] attributes)
    {
        StartSvg(name, attributes);
        if (text is not null)
        {
            Text(text);
        }
        End();
    }

    /// <summary>Writes the raw contents of a <c>style</c> element.</summary>
    /// <param name="css">CSS without <c>&lt;</c>, <c>&gt;</c> or <c>&amp;</c> (they would be escaped, which CSS does not undo).</param>
    /// <exception cref="ArgumentException">The CSS contains one of those characters.</exception>
    public void Style(string css)
    {
        if (css.AsSpan().IndexOfAny("<>&") >= 0)
        {
            throw new ArgumentException("CSS must not contain '<', '>' or '&'.", nameof(css));
        }
        Element("style", css);
    }

    /// <summary>Flushes the output.</summary>
    public void Flush() => xml.Flush();

    /// <summary>Flushes and releases the underlying XML writer.</summary>
    public void Dispose() => xml.Dispose();

    private void StartIn(string name, string? ns, (string Name, string? Value)[] attributes)
    {
        started = true;
        if (ns is null)
        {
            // Only the root declares the XHTML namespace; children inherit it.
            xml.WriteStartElement(name, XhtmlNamespace);
            open.Push(name);
        }
        else
        {
            xml.WriteStartElement(name, ns);
            open.Push("svg:" + name);
        }
        foreach (var (attribute, value) in attributes)
        {
            if (value is not null)
            {
                xml.WriteAttributeString(attribute, value);
            }
        }
    }

    /// <summary>Formats a coordinate in invariant culture with at most one decimal.</summary>
    /// <param name="value">The coordinate.</param>
    /// <returns>The text.</returns>
    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
