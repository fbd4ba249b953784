using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using System.Text.RegularExpressions;
using MoDomain.Internal;

namespace MoDomain.Cli;

/// <summary>Turns the parser's messages into one readable line: human type names, lists on one line, "did you mean" hints.</summary>
internal static class ParseErrorText
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Rewrites a parser message: a .NET type name (<c>System.Nullable`1[System.Int32]</c>) becomes what the user must
    /// type ("an integer"), and a list of allowed values given one per line becomes one line.
    /// </summary>
    internal static string Humanise(string message)
    {
        string text = Regex.Replace(
            message,
            @"as expected type '([^']+)'\.?",
            m => $"as {TypeText(m.Groups[1].Value)}.",
            RegexOptions.CultureInvariant,
            Timeout);
        // Other languages of the parser keep the type name in quotes: replace just the name.
        text = Regex.Replace(text, @"'(System\.[A-Za-z0-9_.`\[\]]+)'", m => TypeText(m.Groups[1].Value), RegexOptions.CultureInvariant, Timeout);
        // The parser lists allowed values as ":\n\t'a'\n\t'b'"; a line break inside the user's token stays (and is escaped later).
        text = Regex.Replace(text, @":\r?\n\t", ": ", RegexOptions.CultureInvariant, Timeout);
        return Regex.Replace(text, @"\r?\n\t", ", ", RegexOptions.CultureInvariant, Timeout);
    }

    /// <summary>"an integer" for <c>System.Int32</c> (also nullable), "a number" for floating types, and so on.</summary>
    internal static string TypeText(string clrName)
    {
        var nullable = Regex.Match(clrName, @"^System\.Nullable`1\[(.+)\]$", RegexOptions.CultureInvariant, Timeout);
        string name = nullable.Success ? nullable.Groups[1].Value : clrName;
        return name switch
        {
            "System.Int16" or "System.Int32" or "System.Int64" or "System.Byte" or "System.SByte"
                or "System.UInt16" or "System.UInt32" or "System.UInt64" => "an integer",
            "System.Double" or "System.Single" or "System.Decimal" => "a number",
            "System.Boolean" => "true or false",
            "System.IO.FileInfo" => "a file path",
            "System.String" => "a text",
            _ => $"a value of type {name[(name.LastIndexOf('.') + 1)..]}",
        };
    }

    /// <summary>Appends a suggestion to a message, before its final full stop.</summary>
    internal static string WithSuggestion(string message, string suggestion) =>
        suggestion.Length == 0 ? message : message.TrimEnd('.') + suggestion;

    /// <summary>
    /// "; did you mean 'classify'?" when the error is an unknown command or option and a known one is close to it
    /// (see <see cref="IdSuggestions"/>); otherwise an empty string.
    /// </summary>
    internal static string Suggestion(ParseResult parseResult, ParseError error)
    {
        var command = parseResult.CommandResult.Command;
        foreach (Match quoted in Regex.Matches(error.Message, "'([^']+)'", RegexOptions.CultureInvariant, Timeout))
        {
            string token = quoted.Groups[1].Value;
            IEnumerable<string> candidates;
            if (token.StartsWith('-'))
            {
                candidates = command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
            }
            else if (parseResult.UnmatchedTokens.Contains(token))
            {
                candidates = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
            }
            else
            {
                continue;
            }
            string hint = IdSuggestions.Text(IdSuggestions.Suggest(token, candidates));
            return hint.Length == 0 ? string.Empty : $"; {hint}";
        }
        return string.Empty;
    }
}
