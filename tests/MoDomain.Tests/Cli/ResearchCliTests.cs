using System;
using System.IO;
using System.Text;
using System.Text.Json;
using MoDomain.Cli;
using MoDomain.Interop;
using MoDomain.Samples;
using static MoDomain.Tests.Support.CliRun;

namespace MoDomain.Tests.Cli;

public sealed class ResearchCliTests
{
    [Fact]
    public void Codebook_export_qdc_writes_a_valid_codebook_to_stdout()
    {
        var (exit, output, error) = Run("codebook", "export", "--format", "qdc");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        RefiSchemas.ValidateCodebook(Encoding.UTF8.GetBytes(output.TrimEnd()));
        Assert.Contains("Homemaking-Funktion", output);
        var (_, english, _) = Run("codebook", "export", "--lang", "en");
        Assert.Contains("name=\"Homemaking function\"", english);
    }

    [Fact]
    public void Codebook_export_json_reads_back_and_converts_a_qdc_file()
    {
        var (exit, output, _) = Run("codebook", "export", "--format", "json");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(SampleCorpus.Codebook.Codes, CorpusJson.ReadCodebook(output).Codes);
        string qdc = Path.Combine(Path.GetTempPath(), $"modomain-{Guid.NewGuid():N}.qdc");
        try
        {
            Assert.Equal(ExitCodes.Success, Run("codebook", "export", "--out", qdc, "--modomain-block").Exit);
            var (convertExit, json, _) = Run("codebook", "export", qdc, "--format", "json");
            Assert.Equal(ExitCodes.Success, convertExit);
            Assert.Equal(SampleCorpus.Codebook.Codes, CorpusJson.ReadCodebook(json).Codes);
            // Without the block other programs see only the descriptions; MoDomain then gives the codes imported ids.
            Assert.Equal(ExitCodes.Success, Run("codebook", "export", "--out", qdc).Exit);
            Assert.DoesNotContain("[MoDomain]", File.ReadAllText(qdc), StringComparison.Ordinal);
            var (plainExit, plain, _) = Run("codebook", "export", qdc, "--format", "json");
            Assert.Equal(ExitCodes.Success, plainExit);
            Assert.Equal(SampleCorpus.Codebook.Count, CorpusJson.ReadCodebook(plain).Count);
        }
        finally
        {
            File.Delete(qdc);
        }
    }

    [Fact]
    public void Corpus_export_defaults_to_csv_of_the_sample()
    {
        var (exit, output, _) = Run("corpus", "export");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.StartsWith("document,start,end,text,code", output, StringComparison.Ordinal);
        Assert.Equal(SampleCorpus.Corpus.Codings.Count, CorpusCsv.Read(output).Length);
        var (_, noText, _) = Run("corpus", "export", "--no-text");
        Assert.Equal(SampleCorpus.Corpus.Codings.Count, CorpusCsv.Read(noText).Length);
        Assert.DoesNotContain("Teetrinken", noText);
    }

    [Fact]
    public void Corpus_export_json_and_qdpx_round_trip_through_the_cli()
    {
        var (exit, json, _) = Run("corpus", "export", "--format", "json");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(SampleCorpus.Corpus.Codings, CorpusJson.Read(json).Codings);
        string dir = Path.Combine(Path.GetTempPath(), $"modomain-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            string qdpx = Path.Combine(dir, "sample.qdpx");
            var (qExit, qOut, _) = Run("corpus", "export", "--format", "qdpx", "--out", qdpx);
            Assert.Equal(ExitCodes.Success, qExit);
            Assert.Contains("wrote", qOut);
            var (cExit, csv, _) = Run("corpus", "export", qdpx, "--format", "csv");
            Assert.Equal(ExitCodes.Success, cExit);
            Assert.Equal(SampleCorpus.Corpus.Codings.Count, CorpusCsv.Read(csv).Length);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Corpus_export_qdpx_without_out_is_a_usage_error_and_bad_input_is_an_input_error()
    {
        var (exit, _, error) = Run("corpus", "export", "--format", "qdpx");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("--out", error);
        Assert.Equal(ExitCodes.UsageError, Run("corpus", "export", "--format", "xml").Exit);
        string bad = Path.Combine(Path.GetTempPath(), $"modomain-{Guid.NewGuid():N}.json");
        File.WriteAllText(bad, "{ \"codes\": 1 }");
        try
        {
            var (badExit, _, badError) = Run("corpus", "export", bad);
            Assert.Equal(ExitCodes.InvalidInput, badExit);
            Assert.Contains("codes", badError);
        }
        finally
        {
            File.Delete(bad);
        }
        Assert.Equal(ExitCodes.InvalidInput, Run("corpus", "export", "/nonexistent/x.qdpx").Exit);
    }
}
