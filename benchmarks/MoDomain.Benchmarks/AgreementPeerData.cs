using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Json;
using MoDomain.Coding.Agreement;

namespace MoDomain.Benchmarks;

/// <summary>
/// <c>--agreement-peer-data FILE [UNITS]</c>: writes the benchmark data (coder rows, null = missing) and MoDomain's α
/// values and timings to a JSON file that <c>benchmarks/peers/krippendorff-peer.mjs</c> reads, recomputes with the npm
/// package <c>krippendorff</c> 0.1.0, and compares (|Δ| ≤ 1e-9).
/// </summary>
public static class AgreementPeerData
{
    /// <summary>Runs the mode.</summary>
    /// <param name="args">The arguments after the switch: FILE [UNITS].</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args)
    {
        if (args.Length is < 1 or > 2)
        {
            Console.Error.WriteLine("usage: --agreement-peer-data FILE [UNITS]   (UNITS defaults to 100000)");
            return 2;
        }
        int units = args.Length == 2 ? int.Parse(args[1], NumberStyles.None, CultureInfo.InvariantCulture) : 100_000;
        var nominalMatrix = AgreementData.Nominal(units);
        var intervalMatrix = AgreementData.Interval(units);
        using var stream = File.Create(args[0]);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteNumber("units", units);
        json.WriteNumber("coders", AgreementData.Coders);
        Write(json, "nominal", nominalMatrix, AlphaMetric.Nominal);
        Write(json, "interval", intervalMatrix, AlphaMetric.Interval);
        json.WriteEndObject();
        json.Flush();
        Console.WriteLine($"wrote {args[0]} ({units} units × {AgreementData.Coders} coders)");
        return 0;
    }

    private static void Write(Utf8JsonWriter json, string name, double[,] matrix, AlphaMetric metric)
    {
        var data = ReliabilityData.FromNumericMatrix(matrix);
        double alpha = KrippendorffAlpha.Compute(data, metric).Value ?? double.NaN;
        // Warm up, then take the median of 11 runs of build + α (what the peer's time includes).
        var times = new double[11];
        for (int r = -10; r < times.Length; r++)
        {
            var watch = Stopwatch.StartNew();
            double again = KrippendorffAlpha.Compute(ReliabilityData.FromNumericMatrix(matrix), metric).Value ?? double.NaN;
            watch.Stop();
            if (again != alpha)
            {
                throw new InvalidOperationException("alpha is not deterministic.");
            }
            if (r >= 0)
            {
                times[r] = watch.Elapsed.TotalMilliseconds;
            }
        }
        Array.Sort(times);
        var alphaOnly = new double[11];
        for (int r = 0; r < alphaOnly.Length; r++)
        {
            var watch = Stopwatch.StartNew();
            _ = KrippendorffAlpha.Compute(data, metric);
            alphaOnly[r] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(alphaOnly);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MoDomain alpha {name}: {alpha:R} (median of 11: build + alpha {times[5]:F2} ms, alpha alone {alphaOnly[5]:F2} ms)"));
        json.WriteStartObject(name);
        json.WriteString("metric", metric.ToString().ToLowerInvariant());
        json.WriteNumber("alpha", alpha);
        json.WriteNumber("milliseconds", times[5]);
        json.WriteStartArray("rows");
        for (int c = 0; c < matrix.GetLength(1); c++)
        {
            json.WriteStartArray();
            for (int u = 0; u < matrix.GetLength(0); u++)
            {
                double value = matrix[u, c];
                if (double.IsNaN(value))
                {
                    json.WriteNullValue();
                }
                else
                {
                    json.WriteNumberValue((int)value);
                }
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
