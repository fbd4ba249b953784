using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MoDomain.Coding;
using MoDomain.Coding.Agreement;
using MoDomain.Interop;
using MoDomain.Samples;
using MoDomain.Vocabulary;
using Spectre.Console;

namespace MoDomain.Cli;

/// <summary>
/// The <c>agreement</c> command: intercoder agreement on code presence per code and overall (Krippendorff's α,
/// percent agreement, Cohen's κ for two coders, Fleiss' κ, optional seeded bootstrap interval for α, optional overlap
/// tolerance) and the unitizing α on the coded ranges, from a tidy coding CSV or the embedded sample corpus.
/// </summary>
public static class AgreementCommand
{
    private const string CsvOverallScope = "overall";

    // Each resample keeps one α per code; far beyond this the command runs for hours or cannot allocate its buffers.
    private const int MaxBootstrapResamples = 100_000;

    /// <summary>Creates the command.</summary>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error) => Create(output, error, CliProgress.ForStandardError(error));

    /// <summary>Creates the command with the given progress decision.</summary>
    internal static Command Create(TextWriter output, TextWriter error, CliProgress progress)
    {
        var file = CliInput.FileArgument("A tidy coding CSV (the layout of 'modomain corpus export --format csv'; ',' or ';', UTF-8 with or without BOM). Default: the embedded sample corpus (six fictional interviews, two coders).");
        var level = new Option<string>("--level") { Description = "Unit: segment (every distinct coded character range) or document (every document with a coding).", DefaultValueFactory = _ => "segment" };
        level.AcceptOnlyFromAmong("segment", "document");
        var metric = new Option<string>("--metric") { Description = "Metric for α: nominal, ordinal, interval or ratio. Presence is binary, so all four give the same α.", DefaultValueFactory = _ => "nominal" };
        metric.AcceptOnlyFromAmong("nominal", "ordinal", "interval", "ratio");
        var coders = new Option<string?>("--coders") { Description = "Comma-separated coder ids to compare (default: every coder in the input, in order of first appearance)." };
        var bootstrap = new Option<int?>("--bootstrap") { Description = "Also compute a 95 % percentile bootstrap interval for α with this many resamples (1 to 100000; needs --seed)." };
        var seed = new Option<int?>("--seed") { Description = "Seed for --bootstrap; the same input and seed always give the same interval." };
        var overlap = new Option<double?>("--overlap") { Description = "Count ranges of one code whose overlap share is at least this (0 < share <= 1, e.g. 0.8) as one unit; segment level only. Default: exact ranges." };
        var overlapMeasure = new Option<string>("--overlap-measure") { Description = "How --overlap measures the share: union (intersection over union, like MAXQDA's overlap rate) or shorter (intersection over the shorter range).", DefaultValueFactory = _ => "union" };
        overlapMeasure.AcceptOnlyFromAmong("union", "shorter");
        var format = CliInput.FormatOption("table", "json", "csv");
        var lang = CliInput.LanguageOption();
        var raw = CliCsv.RawOption();
        var command = new Command("agreement", "Intercoder agreement on code presence per code and overall: Krippendorff's α, percent agreement, Cohen's κ (two coders), optional bootstrap interval. Examples: 'modomain agreement codings.csv --bootstrap 2000 --seed 2024', 'modomain agreement codings.csv --level document --format csv > agreement.csv' (one row per code plus 'overall').")
        {
            file, level, metric, coders, bootstrap, seed, overlap, overlapMeasure, format, lang, raw,
        };
        command.SetAction(parseResult =>
        {
            int? resamples = parseResult.GetValue(bootstrap);
            int? seedValue = parseResult.GetValue(seed);
            if (resamples is not null && seedValue is null)
            {
                error.WriteLine("error: --bootstrap needs --seed S, so that the interval can be reproduced.");
                return ExitCodes.UsageError;
            }
            if (resamples is null && seedValue is not null)
            {
                error.WriteLine("error: --seed is only used with --bootstrap N.");
                return ExitCodes.UsageError;
            }
            if (resamples is < 1)
            {
                error.WriteLine("error: --bootstrap needs at least 1 resample (1000 or more for a usable interval).");
                return ExitCodes.UsageError;
            }
            if (resamples is > MaxBootstrapResamples)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: --bootstrap allows at most {MaxBootstrapResamples} resamples (1000 to 10000 give a usable interval)."));
                return ExitCodes.UsageError;
            }
            OverlapMatching? matching = null;
            if (parseResult.GetValue(overlap) is { } share)
            {
                if (!(share > 0 && share <= 1))
                {
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: --overlap must be greater than 0 and at most 1 (a share, e.g. 0.8); got {share}."));
                    return ExitCodes.UsageError;
                }
                if (parseResult.GetValue(level) == "document")
                {
                    error.WriteLine("error: --overlap matches coded ranges and needs --level segment.");
                    return ExitCodes.UsageError;
                }
                matching = new OverlapMatching(share, parseResult.GetValue(overlapMeasure) == "shorter" ? OverlapMeasure.IntersectionOverShorter : OverlapMeasure.IntersectionOverUnion);
            }
            var input = parseResult.GetValue(file);
            ImmutableArray<CodingRecord> records;
            try
            {
                records = input is null ? CodingRecord.FromCorpus(SampleCorpus.Corpus, includeText: false) : ReadRecords(input);
            }
            catch (CorpusCsvException ex)
            {
                error.WriteLine($"error: {input!.FullName}: {ex.Message}");
                return ExitCodes.InvalidInput;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: {input!.FullName}: cannot read the file: {ex.Message}");
                return ExitCodes.InvalidInput;
            }
            var language = CliInput.ResolveLanguage(parseResult.GetValue(lang));
            var unitLevel = parseResult.GetValue(level) == "document" ? CodingUnitLevel.Document : CodingUnitLevel.Segment;
            var alphaMetric = ParseMetric(parseResult.GetValue(metric)!);
            var allCoders = records.Select(r => r.CoderId).Distinct(StringComparer.Ordinal).ToImmutableArray();
            ImmutableArray<string> chosen = allCoders;
            if (parseResult.GetValue(coders) is { } list)
            {
                chosen = [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
                foreach (var coder in chosen)
                {
                    if (!allCoders.Contains(coder, StringComparer.Ordinal))
                    {
                        error.WriteLine($"error: no coder '{coder}' in the input; coders: {string.Join(", ", allCoders)}.");
                        return ExitCodes.InvalidInput;
                    }
                }
                if (chosen.IsEmpty)
                {
                    error.WriteLine("error: --coders lists no coder.");
                    return ExitCodes.UsageError;
                }
            }
            var selected = records.Where(r => chosen.Contains(r.CoderId, StringComparer.Ordinal)).ToImmutableArray();
            if (selected.IsEmpty)
            {
                error.WriteLine($"error: {(input is null ? "the sample" : input.FullName)}: no codings to compare.");
                return ExitCodes.InvalidInput;
            }
            var lengths = input is null ? SampleCorpus.Corpus.Documents.ToDictionary(d => d.Id, d => d.Text.Length, StringComparer.Ordinal) : null;
            var rows = Compute(selected, unitLevel, chosen, alphaMetric, resamples, seedValue, matching, lengths, language, progress, out int unitCount, out var unitizing);
            switch (parseResult.GetValue(format))
            {
                case "json":
                    output.WriteLine(Json(rows, unitLevel, alphaMetric, chosen, unitCount, resamples, seedValue, matching, unitizing));
                    break;
                case "csv":
                    output.Write(Csv(rows, parseResult.GetValue(raw)));
                    break;
                default:
                    Table(rows, unitLevel, alphaMetric, chosen, unitCount, resamples, seedValue, matching, language, output);
                    break;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static ImmutableArray<CodingRecord> ReadRecords(FileInfo input)
    {
        using var stream = input.OpenRead();
        return CorpusCsv.Read(stream);
    }

    private static AlphaMetric ParseMetric(string metric) => metric switch
    {
        "ordinal" => AlphaMetric.Ordinal,
        "interval" => AlphaMetric.Interval,
        "ratio" => AlphaMetric.Ratio,
        _ => AlphaMetric.Nominal,
    };

    private static ImmutableArray<AgreementRow> Compute(
        ImmutableArray<CodingRecord> records,
        CodingUnitLevel level,
        ImmutableArray<string> coders,
        AlphaMetric metric,
        int? resamples,
        int? seed,
        OverlapMatching? matching,
        Dictionary<string, int>? documentLengths,
        Language language,
        CliProgress progress,
        out int unitCount,
        out UnitizingAlphaResult? unitizing)
    {
        var units = CodingRecord.ToUnits(records, level);
        var codes = units.Select(u => u.CodeId).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var unitKeys = units.Select(u => u.UnitKey).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            string? label = language == Language.German ? r.CodeLabelGerman ?? r.CodeLabelEnglish : r.CodeLabelEnglish ?? r.CodeLabelGerman;
            if (!string.IsNullOrWhiteSpace(label))
            {
                labels.TryAdd(r.CodeId, label);
            }
        }
        var presence = matching is null
            ? CodingReliability.Presence(units, codes, coders, unitKeys)
            : CodingReliability.PresenceByOverlap(records.Select(r => new SegmentCoding(new TextSegment(r.DocumentId, r.Start, r.End), r.CodeId, r.CoderId)), codes, coders, matching);
        unitCount = matching is null ? unitKeys.Length : presence.Units.Length;
        unitizing = level == CodingUnitLevel.Segment && coders.Length >= 2 ? Unitizing(records, coders, documentLengths) : null;
        var result = unitizing;
        // Counted per code (the unit of work), shown when the coding records exceed the threshold.
        var perCode = progress.Map("agreement", codes, code => Row(code, labels.GetValueOrDefault(code), presence.ForCode(code), metric, resamples, seed, result?.ByValue.First(p => p.Key == code).Value), records.Length);
        return perCode.Add(Row(null, null, presence.Overall, metric, resamples, seed, result?.Unitizing));
    }

    /// <summary>
    /// The unitizing α over the records: each document is a continuum of its text length when known (the sample),
    /// otherwise up to its last coded position (a coding CSV carries no document length).
    /// </summary>
    private static UnitizingAlphaResult Unitizing(ImmutableArray<CodingRecord> records, ImmutableArray<string> coders, Dictionary<string, int>? documentLengths)
    {
        var lengths = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            int known = documentLengths is not null && documentLengths.TryGetValue(r.DocumentId, out int l) ? l : 0;
            lengths[r.DocumentId] = Math.Max(lengths.GetValueOrDefault(r.DocumentId), Math.Max(known, r.End));
        }
        return UnitizingAlpha.Compute(
            records.Where(r => r.End > r.Start).Select(r => new UnitizedSegment(r.DocumentId, r.CoderId, r.CodeId, r.Start, r.End)),
            lengths.Where(p => p.Value > 0).Select(p => new Continuum(p.Key, p.Value)),
            coders);
    }

    private static AgreementRow Row(string? code, string? label, ReliabilityData data, AlphaMetric metric, int? resamples, int? seed, UnitizingCoefficient? unitized)
    {
        var alphaData = metric is AlphaMetric.Interval or AlphaMetric.Ratio ? AsNumbers(data) : data;
        AlphaConfidenceInterval? interval = null;
        AlphaResult alpha;
        if (resamples is { } n && seed is { } s)
        {
            interval = KrippendorffAlpha.Bootstrap(alphaData, metric, s, n);
            alpha = interval.Estimate;
        }
        else
        {
            alpha = KrippendorffAlpha.Compute(alphaData, metric);
        }
        var kappa = data.CoderCount == 2 ? CohensKappa.Compute(data) : null;
        return new AgreementRow(code, label, alpha, interval, PercentAgreement.Compute(data), kappa, FleissKappa.Compute(data), unitized);
    }

    /// <summary>
    /// Presence as numbers: absent 0, present 1 (for the interval and ratio metrics). Units and coders are numbered
    /// (their names do not enter α, and the overall units carry a separator that numeric ids may not contain).
    /// </summary>
    private static ReliabilityData AsNumbers(ReliabilityData data)
    {
        var matrix = new double[data.UnitCount, data.CoderCount];
        for (int u = 0; u < data.UnitCount; u++)
        {
            for (int c = 0; c < data.CoderCount; c++)
            {
                matrix[u, c] = data.CategoryAt(u, c) switch
                {
                    null => double.NaN,
                    PresenceReliability.Present => 1,
                    _ => 0,
                };
            }
        }
        return ReliabilityData.FromNumericMatrix(matrix);
    }

    private static string MetricId(AlphaMetric metric) => metric.ToString().ToLowerInvariant();

    private static string StatusId(AgreementStatus status)
    {
        string name = status.ToString();
        return string.Concat(name[..1].ToLowerInvariant(), name[1..]);
    }

    private static string StatusText(AgreementStatus status, Language language)
    {
        bool de = language == Language.German;
        return status switch
        {
            AgreementStatus.NoPairableUnits => de ? "keine paarbare Einheit" : "no pairable unit",
            AgreementStatus.NoVariation => de ? "keine Variation" : "no variation",
            AgreementStatus.TooFewValuesPerUnit => de ? "zu wenige Werte je Einheit" : "too few values per unit",
            AgreementStatus.NoDefinedResample => de ? "keine definierte Stichprobe" : "no defined resample",
            AgreementStatus.OverlappingValues => de ? "Codes überlappen" : "codes overlap",
            _ => de ? "definiert" : "defined",
        };
    }

    private static string Number(double? value, AgreementStatus status, Language language) =>
        value is { } v && status == AgreementStatus.Defined ? v.ToString("F3", CultureInfo.InvariantCulture) : "– (" + StatusText(status, language) + ")";

    private static void Table(
        ImmutableArray<AgreementRow> rows,
        CodingUnitLevel level,
        AlphaMetric metric,
        ImmutableArray<string> coders,
        int unitCount,
        int? resamples,
        int? seed,
        OverlapMatching? matching,
        Language language,
        TextWriter output)
    {
        bool de = language == Language.German;
        string unitName = level == CodingUnitLevel.Document ? (de ? "Dokumente" : "documents") : (de ? "Segmente" : "segments");
        string title = de
            ? $"Intercoder-Übereinstimmung (Vorkommen je Code), {unitCount} {unitName}, Codierende: {string.Join(", ", coders)}; α {MetricId(metric)}"
            : $"Intercoder agreement (code presence), {unitCount} {unitName}, coders: {string.Join(", ", coders)}; α {MetricId(metric)}";
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumn("Code");
        table.AddColumn(new TableColumn("α").RightAligned());
        if (resamples is not null)
        {
            table.AddColumn(new TableColumn(de ? "95-%-KI" : "95 % CI").RightAligned());
        }
        table.AddColumn(new TableColumn(de ? "Prozent" : "Percent").RightAligned());
        if (coders.Length == 2)
        {
            table.AddColumn(new TableColumn("Cohen κ").RightAligned());
        }
        table.AddColumn(new TableColumn("Fleiss κ").RightAligned());
        bool unitized = rows.Any(r => r.Unitized is not null);
        if (unitized)
        {
            table.AddColumn(new TableColumn("uα").RightAligned());
        }
        table.AddColumn(new TableColumn(de ? "Paarbar" : "Pairable").RightAligned());
        foreach (var row in rows)
        {
            var cells = new List<string>
            {
                row.Code is null ? (de ? "gesamt" : "overall") : row.Label is null ? row.Code : $"{row.Code} ({row.Label})",
                Number(row.Alpha.Value, row.Alpha.Status, language),
            };
            if (row.Interval is { } ci)
            {
                string defined = string.Create(CultureInfo.InvariantCulture, $"{ci.DefinedResamples}/{ci.Resamples}");
                cells.Add(ci.IsDefined
                    ? string.Create(CultureInfo.InvariantCulture, $"[{ci.Lower:F3}, {ci.Upper:F3}] {defined}") + (ci.IsDegenerate ? (de ? " entartet" : " degenerate") : string.Empty)
                    : "– (" + StatusText(ci.Status, language) + ") " + defined);
            }
            cells.Add(row.Percent.IsDefined ? (row.Percent.Value!.Value * 100).ToString("F1", CultureInfo.InvariantCulture) + " %" : "– (" + StatusText(row.Percent.Status, language) + ")");
            if (row.Kappa is { } kappa)
            {
                cells.Add(Number(kappa.Value, kappa.Status, language));
            }
            cells.Add(Number(row.Fleiss.Value, row.Fleiss.Status, language));
            if (unitized)
            {
                cells.Add(row.Unitized is { } u ? Number(u.Value, u.Status, language) : "–");
            }
            cells.Add(row.Alpha.PairableUnits.ToString(CultureInfo.InvariantCulture));
            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }
        var console = CliConsole.Create(output);
        console.Write(table);
        if (resamples is not null)
        {
            console.WriteLine(de
                ? string.Create(CultureInfo.InvariantCulture, $"Bootstrap: {resamples} Stichproben, Seed {seed}; im KI steht, wie viele Stichproben ein definiertes α hatten.")
                : string.Create(CultureInfo.InvariantCulture, $"Bootstrap: {resamples} resamples, seed {seed}; the CI column shows how many resamples had a defined α."));
        }
        if (matching is not null)
        {
            string measure = matching.Measure == OverlapMeasure.IntersectionOverShorter ? (de ? "Schnitt/kürzeres Segment" : "intersection/shorter") : (de ? "Schnitt/Vereinigung" : "intersection/union");
            console.WriteLine(de
                ? string.Create(CultureInfo.InvariantCulture, $"Überlappung: Segmente eines Codes mit Anteil ≥ {matching.MinimumShare:0.###} ({measure}) gelten als eine Einheit.")
                : string.Create(CultureInfo.InvariantCulture, $"Overlap: ranges of one code sharing ≥ {matching.MinimumShare:0.###} ({measure}) count as one unit."));
        }
        if (unitized)
        {
            console.WriteLine(de
                ? "uα: je Code |uα (Krippendorff et al. 2016), gesamt uα über alle Codes."
                : "uα: per code |uα (Krippendorff et al. 2016), overall uα over all codes.");
        }
    }

    private static string Json(
        ImmutableArray<AgreementRow> rows,
        CodingUnitLevel level,
        AlphaMetric metric,
        ImmutableArray<string> coders,
        int unitCount,
        int? resamples,
        int? seed,
        OverlapMatching? matching,
        UnitizingAlphaResult? unitizing)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", SchemaVersions.Current);
            w.WriteString("level", level == CodingUnitLevel.Document ? "document" : "segment");
            w.WriteString("metric", MetricId(metric));
            CliJson.WriteIds(w, "coders", coders);
            w.WriteNumber("units", unitCount);
            if (resamples is { } n && seed is { } s)
            {
                w.WriteStartObject("bootstrap");
                w.WriteNumber("resamples", n);
                w.WriteNumber("seed", s);
                w.WriteNumber("confidence", 0.95);
                w.WriteEndObject();
            }
            if (matching is not null)
            {
                w.WriteStartObject("overlap");
                w.WriteNumber("minimumShare", matching.MinimumShare);
                w.WriteString("measure", matching.Measure == OverlapMeasure.IntersectionOverShorter ? "shorter" : "union");
                w.WriteEndObject();
            }
            if (unitizing is not null)
            {
                w.WriteStartObject("unitizing");
                w.WriteNumber("length", unitizing.Length);
                WriteCoefficient(w, "uAlpha", unitizing.Unitizing);
                WriteCoefficient(w, "binaryUAlpha", unitizing.Binary);
                WriteCoefficient(w, "cuAlpha", unitizing.Coding);
                w.WriteEndObject();
            }
            w.WriteStartArray("codes");
            foreach (var row in rows.Where(r => r.Code is not null))
            {
                w.WriteStartObject();
                WriteRow(w, row);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("overall");
            WriteRow(w, rows[^1]);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteRow(Utf8JsonWriter w, AgreementRow row)
    {
        if (row.Code is not null)
        {
            w.WriteString("code", row.Code);
            if (row.Label is not null)
            {
                w.WriteString("label", row.Label);
            }
        }
        w.WriteStartObject("alpha");
        WriteValue(w, row.Alpha.Value, row.Alpha.Status);
        w.WriteNumber("pairableUnits", row.Alpha.PairableUnits);
        w.WriteNumber("pairableValues", row.Alpha.PairableValues);
        if (row.Interval is { } ci)
        {
            w.WriteStartObject("interval");
            w.WriteString("status", StatusId(ci.Status));
            WriteNullable(w, "lower", ci.Lower);
            WriteNullable(w, "upper", ci.Upper);
            w.WriteNumber("resamples", ci.Resamples);
            w.WriteNumber("definedResamples", ci.DefinedResamples);
            w.WriteBoolean("degenerate", ci.IsDegenerate);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartObject("percentAgreement");
        WriteValue(w, row.Percent.Value, row.Percent.Status);
        w.WriteNumber("pairableUnits", row.Percent.PairableUnits);
        w.WriteNumber("unitsInFullAgreement", row.Percent.UnitsInFullAgreement);
        w.WriteEndObject();
        if (row.Kappa is { } kappa)
        {
            w.WriteStartObject("cohensKappa");
            WriteValue(w, kappa.Value, kappa.Status);
            w.WriteNumber("units", kappa.Units);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("cohensKappa");
        }
        w.WriteStartObject("fleissKappa");
        WriteValue(w, row.Fleiss.Value, row.Fleiss.Status);
        w.WriteNumber("units", row.Fleiss.Units);
        w.WriteEndObject();
        if (row.Unitized is { } unitized)
        {
            WriteCoefficient(w, "unitizedAlpha", unitized);
        }
    }

    private static void WriteCoefficient(Utf8JsonWriter w, string name, UnitizingCoefficient coefficient)
    {
        w.WriteStartObject(name);
        WriteValue(w, coefficient.Value, coefficient.Status);
        w.WriteNumber("observedDisagreement", coefficient.ObservedDisagreement);
        w.WriteNumber("expectedDisagreement", coefficient.ExpectedDisagreement);
        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, double? value, AgreementStatus status)
    {
        w.WriteString("status", StatusId(status));
        WriteNullable(w, "value", status == AgreementStatus.Defined ? value : null);
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Csv(ImmutableArray<AgreementRow> rows, bool raw) => CliCsv.Document(
        raw,
        [
            "scope", "code", "label", "alpha", "alpha_status", "alpha_lower", "alpha_upper",
            "percent_agreement", "percent_status", "cohens_kappa", "kappa_status", "pairable_units",
            "alpha_resamples", "alpha_defined_resamples", "alpha_ci_degenerate", "fleiss_kappa", "fleiss_status", "unitized_alpha", "unitized_status",
        ],
        rows.Select(row => (IReadOnlyList<string>)
        [
            row.Code is null ? CsvOverallScope : "code",
            row.Code ?? string.Empty,
            row.Label ?? string.Empty,
            Field(row.Alpha.IsDefined ? row.Alpha.Value : null),
            StatusId(row.Alpha.Status),
            Field(row.Interval?.Lower),
            Field(row.Interval?.Upper),
            Field(row.Percent.IsDefined ? row.Percent.Value : null),
            StatusId(row.Percent.Status),
            Field(row.Kappa is { IsDefined: true } k ? k.Value : null),
            row.Kappa is null ? string.Empty : StatusId(row.Kappa.Status),
            row.Alpha.PairableUnits.ToString(CultureInfo.InvariantCulture),
            row.Interval is { } ci ? ci.Resamples.ToString(CultureInfo.InvariantCulture) : string.Empty,
            row.Interval is { } cd ? cd.DefinedResamples.ToString(CultureInfo.InvariantCulture) : string.Empty,
            row.Interval is { } cg ? (cg.IsDegenerate ? "true" : "false") : string.Empty,
            Field(row.Fleiss.IsDefined ? row.Fleiss.Value : null),
            StatusId(row.Fleiss.Status),
            Field(row.Unitized is { IsDefined: true } u ? u.Value : null),
            row.Unitized is null ? string.Empty : StatusId(row.Unitized.Status),
        ]));

    private static string Field(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
