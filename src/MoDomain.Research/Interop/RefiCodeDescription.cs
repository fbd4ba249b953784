using System;
using System.Collections.Generic;
using MoDomain.Coding;

namespace MoDomain.Interop;

/// <summary>
/// The REFI-QDA code <c>Description</c> with a code's <see cref="CodingGuideline"/>: the description, then one readable
/// paragraph per part, introduced by the German markers of a Mayring coding guide (<c>Definition:</c>,
/// <c>Ankerbeispiel:</c> once per anchor example, <c>Kodierregel:</c>), separated by blank lines.
/// </summary>
/// <remarks>
/// <para>Other programs (QualCoder, MAXQDA, ATLAS.ti) show the text as the code's memo, so the guide stays readable
/// there. Reading splits the text at lines that begin with a marker, so the guideline comes back exactly.</para>
/// <para>A line of any part that itself begins with a marker (or with <c>[MoDomain]</c>), possibly after backslashes,
/// is written with one more leading backslash, and reading removes one: texts that contain the markers survive the
/// round trip. Lines with a backslash before anything else are left alone.</para>
/// <para>Descriptions of other programs that use the same markers at the start of a line are read as guidelines;
/// several paragraphs of one kind (other than anchor examples) are joined with a blank line.</para>
/// </remarks>
internal static class RefiCodeDescription
{
    internal const string DefinitionMarker = "Definition:";
    internal const string AnchorMarker = "Ankerbeispiel:";
    internal const string RuleMarker = "Kodierregel:";
    private const string BlockMarker = "[MoDomain]";

    private static readonly string[] Markers = [DefinitionMarker, AnchorMarker, RuleMarker, BlockMarker];

    /// <summary>The description with the guideline paragraphs, or null when both are absent.</summary>
    internal static string? Compose(string? description, CodingGuideline guideline)
    {
        if (guideline.IsEmpty)
        {
            return description is null ? null : Escape(description);
        }
        var parts = new List<string>();
        if (description is not null)
        {
            parts.Add(Escape(description));
        }
        if (guideline.Definition is { } definition)
        {
            parts.Add(DefinitionMarker + " " + Escape(definition));
        }
        foreach (var anchor in guideline.AnchorExamples)
        {
            parts.Add(AnchorMarker + " " + Escape(anchor));
        }
        if (guideline.CodingRule is { } rule)
        {
            parts.Add(RuleMarker + " " + Escape(rule));
        }
        return string.Join("\n\n", parts);
    }

    /// <summary>Splits a description (without the <c>[MoDomain]</c> block) into description and guideline.</summary>
    internal static (string? Description, CodingGuideline Guideline) Parse(string? text)
    {
        if (text is null)
        {
            return (null, CodingGuideline.Empty);
        }
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? kind = null;
        var current = new List<string>();
        string? description = null;
        var definitions = new List<string>();
        var anchors = new List<string>();
        var rules = new List<string>();
        void Flush()
        {
            // The blank line that separates paragraphs is not part of the text before it.
            if (current.Count > 0 && current[^1].Length == 0)
            {
                current.RemoveAt(current.Count - 1);
            }
            string value = string.Join("\n", current);
            switch (kind)
            {
                case null: description = value; break;
                case DefinitionMarker: definitions.Add(value); break;
                case AnchorMarker: anchors.Add(value); break;
                default: rules.Add(value); break;
            }
            current.Clear();
        }
        foreach (var line in lines)
        {
            if (StartsWithMarker(line, 0) is { } marker && marker != BlockMarker)
            {
                Flush();
                kind = marker;
                current.Add(Unescape(line[marker.Length..].TrimStart(' ')));
            }
            else
            {
                current.Add(Unescape(line));
            }
        }
        Flush();
        if (kind is null)
        {
            return (string.IsNullOrWhiteSpace(text) ? null : Unescaped(text), CodingGuideline.Empty);
        }
        return (
            string.IsNullOrWhiteSpace(description) ? null : description,
            new CodingGuideline(Joined(definitions), anchors, Joined(rules)));
    }

    private static string? Joined(List<string> parts) => parts.Count == 0 ? null : string.Join("\n\n", parts);

    // The text unchanged but for the escapes (keeps CR LF where no marker is involved).
    private static string Unescaped(string text)
    {
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i] = Unescape(lines[i]);
        }
        return string.Join("\n", lines);
    }

    private static string Escape(string text)
    {
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (Backslashes(lines[i]) is var n && StartsWithMarker(lines[i], n) is not null)
            {
                lines[i] = "\\" + lines[i];
            }
        }
        return string.Join("\n", lines);
    }

    private static string Unescape(string line) =>
        Backslashes(line) is var n and > 0 && StartsWithMarker(line, n) is not null ? line[1..] : line;

    private static int Backslashes(string line)
    {
        int n = 0;
        while (n < line.Length && line[n] == '\\')
        {
            n++;
        }
        return n;
    }

    private static string? StartsWithMarker(string line, int at)
    {
        foreach (var marker in Markers)
        {
            if (string.CompareOrdinal(line, at, marker, 0, marker.Length) == 0 && line.Length - at >= marker.Length)
            {
                return marker;
            }
        }
        return null;
    }
}
