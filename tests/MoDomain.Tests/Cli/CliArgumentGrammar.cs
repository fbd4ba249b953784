using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Coding;
using MoDomain.Definitions;
using MoDomain.Funding;
using MoDomain.Interop;
using MoDomain.Reference;
using MoDomain.Samples;

namespace MoDomain.Tests.Cli;

/// <summary>
/// A grammar of <c>modomain</c> command lines, valid and broken: every command path with its options (by name and
/// alias; separate, <c>=</c> and <c>:</c> forms), valid and unknown values, hostile strings, paths to valid, hostile,
/// missing and directory files, misspelled and unknown options, missing values, repeated options, extra positionals,
/// <c>--</c>, response files and shuffled order (of the pieces, and options before the command). An option and its value
/// are never separated: a lone <c>--out</c> would take the next token, which could name a file in the working directory.
/// </summary>
/// <remarks>
/// Paths are written with the placeholders <see cref="RootToken"/> (the fuzz directory) and <see cref="OutToken"/> (a
/// fresh <c>--out</c> target) so that a vector can be saved and replayed in another directory. Every <c>--out</c> value
/// is an absolute path inside the fuzz directory (or unusable), so no vector can write into the working directory.
/// </remarks>
internal static class CliArgumentGrammar
{
    /// <summary>Stands for the fuzz directory in a vector.</summary>
    internal const string RootToken = "{ROOT}";

    /// <summary>Stands for a fresh, not yet existing <c>--out</c> target in a vector.</summary>
    internal const string OutToken = "{OUT}";

    private enum Kind
    {
        Value,
        Flag,
        Out,
        InputFile,
    }

    private sealed record Opt(string Name, string? Alias, Kind Kind, string[] Valid);

    private sealed record Cmd(string[] Path, string[]? Positional, Opt[] Options)
    {
        internal IEnumerable<string> OptionNames => Options.SelectMany(o => o.Alias is null ? [o.Name] : new[] { o.Name, o.Alias });
    }

    private static readonly string[] Hostile =
    [
        "", " ", "\t", "\n", "  padded  ", new string('x', 10_000), new string('ä', 3_000), "\u0001\u0007\u001b[31mred\u001b[0m",
        "\0", "a\0b", "\ud800", "x\udc00y", "\udbff\udfff", "\u202egnp.exe", "\uFEFFen", "null", "true", "-", "--", "---",
        "99999999999999999999999", "-2147483649", "2147483648", "2147483647", "1e309", "NaN", "-0", "0x10", "١٢٣",
        "2025-02-30", "2026-13-01", "0000-01-01", "10000-01-01", "2026-1-1", "2026/01/01", "-0001-01-01", "２０２６-01-01",
        "2026-01-01T00:00", "{}", "[]", "%s%n", "$(whoami)", "'; DROP TABLE x;--", "../../../../etc/passwd", "C:\\nul", "con",
        "@" + RootToken + "/missing.rsp", "@" + RootToken + "/profiles.json", "@",
    ];

    private static readonly string[] MissingPaths =
    [
        RootToken + "/does-not-exist.json", RootToken + "/no/such/dir/x.json", "/definitely/not/here.json", RootToken + "/a-directory.json",
        RootToken, "does-not-exist-relative.json",
    ];

    private static readonly string[] HostileFiles =
    [
        "truncated.json", "random.json", "random.csv", "random.qdc", "random.qdpx", "truncated.qdpx", "empty.json", "bom-only.json",
        "wrong-type.json", "numbers.json", "string.json", "null.json", "newer.json", "huge-number.json", "nested.json",
        "duplicate.json", "invalid-utf8.json", "bad-date.json", "garbage.csv", "truncated.qdc", "xxe.qdc", "bomb.qdpx",
        "many-entries.qdpx", "slip.qdpx",
    ];

    private static readonly string[] ValidFiles =
    [
        "profiles.json", "objectives.json", "functions.json", "funding-cases.json", "policy.json", "cooperation.json",
        "corpus.json", "codebook.json", "codebook.qdc", "codings.csv", "corpus.qdpx",
    ];

    private static readonly string[] UnknownOptions = ["--verbose", "--xyz", "--format-json", "--out-file", "--", "-x", "-Z", "--lang-de", "/format", "/?", "--=", "--\u00e4", "\u2014format", "-\u00df"];

    private static string File(string name) => RootToken + "/" + name;

    private static readonly string[] Formats2 = ["table", "json"];
    private static readonly string[] Langs = ["en", "de"];

    private static Cmd[] Commands()
    {
        string[] definitions = [.. DefinitionSet.Default.Definitions.Select(d => d.Id)];
        string[] policies = [.. FundingPolicies.All.Select(p => p.Id), File("policy.json")];
        string[] funders = [.. FundingVocabulary.Funders.Scheme.Concepts.Select(c => c.Id)];
        string[] topics = [.. ReferenceData.Topics.Concepts.Select(c => c.Id)];
        string[] schemes = [.. VocabularyCatalog.All.Select(s => s.Id)];
        string[] contracts = [.. MoDomain.Cli.AllJsonContracts.All.Select(c => c.Name)];
        string[] orgs = [.. SampleData.Organisations.Select(o => o.Id), SampleData.Profiles[0].Name];
        string[] coders = [.. CodingRecord.FromCorpus(SampleCorpus.Corpus, includeText: false).Select(r => r.CoderId).Distinct(StringComparer.Ordinal)];
        string[] coderLists = [.. coders, string.Join(",", coders), string.Join(" , ", coders) + ","];
        var lang = new Opt("--lang", null, Kind.Value, Langs);
        Opt Format(params string[] values) => new("--format", "-f", Kind.Value, values);
        return
        [
            new(["classify"], [File("profiles.json")], [new("--definition", "-d", Kind.Value, definitions), Format("table", "json", "csv"), lang]),
            new(["objectives"], [File("objectives.json")], [Format(Formats2), lang]),
            new(["functions"], [File("functions.json")], [Format(Formats2), lang]),
            new(["cooperation"], [File("cooperation.json")], [Format(Formats2), lang]),
            new(["vocab", "list"], null, []),
            new(["vocab", "export"], null, [new("--scheme", "-s", Kind.Value, schemes), Format("skos-jsonld", "json")]),
            new(["codebook", "export"], [File("codebook.qdc"), File("codebook.json")], [Format("qdc", "json"), new("--out", "-o", Kind.Out, []), lang]),
            new(["corpus", "export"], [File("corpus.json"), File("corpus.qdpx")], [Format("csv", "json", "qdpx"), new("--out", "-o", Kind.Out, []), new("--include-direct-identifiers", null, Kind.Flag, []), new("--no-text", null, Kind.Flag, [])]),
            new(["agreement"], [File("codings.csv")],
            [
                new("--level", null, Kind.Value, ["segment", "document"]), new("--metric", null, Kind.Value, ["nominal", "ordinal", "interval", "ratio"]),
                new("--coders", null, Kind.Value, coderLists), new("--bootstrap", null, Kind.Value, ["1", "20"]), new("--seed", null, Kind.Value, ["1", "2024", "-7"]),
                Format("table", "json", "csv"), lang,
            ]),
            new(["reference"], null, [new("--topic", "-t", Kind.Value, topics), Format("table", "json", "csv"), lang]),
            new(["schema"], contracts, []),
            new(["report"], [File("profiles.json")],
            [
                new("--org", null, Kind.Value, orgs), new("--out", "-o", Kind.Out, []), new("--objectives", null, Kind.InputFile, [File("objectives.json")]),
                new("--functions", null, Kind.InputFile, [File("functions.json")]), new("--funding", null, Kind.InputFile, [File("funding-cases.json")]),
                new("--cooperation", null, Kind.InputFile, [File("cooperation.json")]), lang,
            ]),
            new(["eligibility"], [File("funding-cases.json")],
            [
                new("--policy", "-p", Kind.Value, policies), new("--at", null, Kind.Value, ["2026-01-01", "2026-09-01", "2020-02-29", "9999-12-31", "-9998-01-01"]),
                new("--funder", null, Kind.Value, funders), Format(Formats2), lang,
            ]),
        ];
    }

    /// <summary>The names of every command and option (used to judge whether an error message names something).</summary>
    internal static IReadOnlyList<string> KnownNames { get; } = [.. Commands().SelectMany(c => c.Path.Concat(c.OptionNames)).Distinct(StringComparer.Ordinal)];

    /// <summary>A generator of whole argument vectors (with placeholders).</summary>
    internal static Gen<string[]> Vectors()
    {
        Cmd[] commands = Commands();
        return Gen.Elements(commands).SelectMany(cmd => Gen.Frequency(
            (12, ForCommand(cmd)),
            (1, Pieces(cmd).Select(rest => (string[])[.. rest, .. cmd.Path])),
            (1, Gen.Elements(BrokenCommandPaths).SelectMany(path => Pieces(cmd).Select(rest => (string[])[.. path, .. rest])))));
    }

    private static readonly string[][] BrokenCommandPaths =
    [
        [], ["clasify"], ["CLASSIFY"], ["vocab"], ["codebook"], ["corpus"], ["vocab", "lst"], ["vocab", "list", "extra"],
        ["frobnicate"], ["help"], ["--help"], ["-h"], ["-?"], ["--version"], ["corpus", "import"], ["classify", "classify"],
        ["\u0000"], ["\ud800"], [""], [" "],
    ];

    private static Gen<string[]> ForCommand(Cmd cmd) => Pieces(cmd).Select(rest => (string[])[.. cmd.Path, .. rest]);

    // Up to five pieces (an option with its value, a flag, a positional, …), sometimes one repeated, in random order.
    private static Gen<string[]> Pieces(Cmd cmd) =>
        Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(Piece(cmd), n))
            .SelectMany(pieces => Gen.Frequency(
                (5, Gen.Constant(pieces)),
                (1, pieces.Length == 0 ? Gen.Constant(pieces) : Gen.Elements(pieces).Select(p => (string[][])[.. pieces, p]))))
            .SelectMany(pieces => Gen.Shuffle(pieces))
            .Select(pieces => pieces.SelectMany(p => p).ToArray());

    private static Gen<string[]> Piece(Cmd cmd)
    {
        var choices = new List<(int, Gen<string[]>)>
        {
            (1, Gen.Elements(UnknownOptions).Select(o => new[] { o })),
            (1, Gen.Elements(Hostile).Select(h => new[] { h })),
            (1, Gen.Elements(["--help", "-h", "-?"]).Select(h => new[] { h })),
            (1, Gen.Elements(Hostile.Concat(MissingPaths).ToArray()).Select(h => new[] { "--", h })),
        };
        if (cmd.Positional is { } positional)
        {
            choices.Add((6, Gen.Elements(positional).Select(p => new[] { p })));
            choices.Add((3, PathValue().Select(p => new[] { p })));
        }
        foreach (Opt opt in cmd.Options)
        {
            choices.Add((opt.Kind == Kind.Out ? 4 : 6, OptionPiece(opt)));
            choices.Add((1, Gen.Elements(Misspellings(opt.Name, opt.Kind == Kind.Out).ToArray()).SelectMany(m => Gen.Frequency(
                (1, Gen.Constant(new[] { m })),
                (1, Value(opt).Select(v => new[] { m, v })),
                (1, Value(opt).Select(v => new[] { m + "=" + v }))))));
        }
        return Gen.Frequency([.. choices]);
    }

    private static Gen<string[]> OptionPiece(Opt opt)
    {
        string[] names = opt.Alias is null ? [opt.Name] : [opt.Name, opt.Name, opt.Alias];
        if (opt.Kind == Kind.Flag)
        {
            return Gen.Elements(names).SelectMany(n => Gen.Frequency(
                (4, Gen.Constant(new[] { n })),
                (1, Value(opt).Select(v => new[] { n + "=" + v }))));
        }
        var pieces = new List<(int, Gen<string[]>)>
        {
            (6, Gen.Elements(names).SelectMany(n => Value(opt).Select(v => new[] { n, v }))),
            (2, Gen.Elements(names).SelectMany(n => Value(opt).Select(v => new[] { n + "=" + v }))),
            (1, Gen.Elements(names).SelectMany(n => Value(opt).Select(v => new[] { n + ":" + v }))),
        };
        if (opt.Kind != Kind.Out)
        {
            // An option without its value; never for --out, whose value would then be taken from the next token.
            pieces.Add((1, Gen.Elements(names).Select(n => new[] { n })));
        }
        return Gen.Frequency([.. pieces]);
    }

    private static Gen<string> Value(Opt opt) => opt.Kind switch
    {
        Kind.Out => Gen.Frequency(
            (8, Gen.Constant(OutToken)),
            (1, Gen.Elements([RootToken, RootToken + "/out", RootToken + "/no/such/dir/report.html", RootToken + "/out/a\0b.html", "", RootToken + "/a-directory.json"]))),
        Kind.Flag => Gen.Elements(["true", "false", "maybe", "", "1"]),
        Kind.InputFile => Gen.Frequency((4, Gen.Elements(opt.Valid)), (4, PathValue()), (1, Gen.Elements(Hostile))),
        _ => Gen.Frequency(
            (8, Gen.Elements(opt.Valid)),
            (2, Gen.Elements(opt.Valid).SelectMany(Mutated)),
            (2, Gen.Elements(Hostile)),
            (1, PathValue())),
    };

    private static Gen<string> PathValue() => Gen.Frequency(
        (3, Gen.Elements(HostileFiles).Select(File)),
        (1, Gen.Elements(ValidFiles).Select(File)),
        (1, Gen.Elements(MissingPaths)));

    // An unknown id near a valid one: a character dropped or doubled, case changed, padded, or a suffix added.
    private static Gen<string> Mutated(string valid) => Gen.Choose(0, Math.Max(0, valid.Length - 1)).SelectMany(at => Gen.Elements(
    [
        valid.Remove(at, Math.Min(1, valid.Length)),
        valid.Insert(at, valid.Length > 0 ? valid[at].ToString() : "x"),
        valid.ToUpperInvariant(),
        " " + valid,
        valid + "\n",
        valid + "-x",
        valid.Replace('-', '_'),
    ]));

    // Misspellings of an option name. Single-dash forms starting with 'o' are left out: POSIX bundling reads "-org" as
    // "-o rg", which would write a file named "rg" into the working directory.
    // For --out, "--out=" is left out too: followed by "=" and a value it would name a relative file.
    private static IEnumerable<string> Misspellings(string name, bool isOut)
    {
        string bare = name.TrimStart('-');
        var all = new List<string>
        {
            "---" + bare, "--" + bare.ToUpperInvariant(), "--" + char.ToUpperInvariant(bare[0]) + bare[1..], "--" + bare[..^1], "--" + bare + bare[^1],
            "--" + bare + "-", "--" + bare.Replace('-', '_'), "\u2014" + bare, "\u2013" + bare, "/" + bare, bare,
        };
        if (!isOut)
        {
            all.Add("--" + bare + "=");
        }
        if (bare.Length > 2)
        {
            all.Add("--" + bare[1] + bare[0] + bare[2..]);
        }
        if (!bare.StartsWith('o'))
        {
            all.Add("-" + bare);
        }
        // "--lang".Replace('-', '_') is "--lang" again: a misspelling must never be the name itself.
        return all.Where(m => m != name).Distinct(StringComparer.Ordinal);
    }
}
