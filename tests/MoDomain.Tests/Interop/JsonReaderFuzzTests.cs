using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Interop;

/// <summary>
/// Every JSON reader fed generated malformed inputs (<see cref="FuzzBudget"/>): only <see cref="JsonException"/> (with message and path) comes out,
/// never a crash, hang or other exception type.
/// </summary>
[Trait("Category", FuzzBudget.Category)]
public sealed class JsonReaderFuzzTests
{
    private static bool IsJsonErrorWithLocation(Exception ex) =>
        ex is JsonException json && !string.IsNullOrWhiteSpace(json.Message) && (json.Path is not null || json.Message.Contains('$', StringComparison.Ordinal) || json.LineNumber is not null);

    [Fact]
    public void Profile_reader_throws_only_json_exceptions_with_a_location()
    {
        string seed = MoDomainJson.SerializeProfiles(SampleData.Profiles.Take(3));
        ReaderFuzzing.Run("profiles", MalformedInput.Of(seed), input =>
        {
            using var stream = new MemoryStream(input);
            MoDomainJson.ReadProfiles(stream);
        }, IsJsonErrorWithLocation);
    }

    [Fact]
    public void Objective_reader_throws_only_json_exceptions_with_a_location()
    {
        string seed = ObjectivesJson.SerializeProfiles(SampleObjectives.Profiles.Take(3));
        ReaderFuzzing.Run("objectives", MalformedInput.Of(seed), input => ObjectivesJson.DeserializeProfiles(ReaderFuzzing.Text(input)), IsJsonErrorWithLocation);
    }

    [Fact]
    public void Function_evidence_reader_throws_only_json_exceptions_with_a_location()
    {
        string seed = FunctionEvidenceJson.SerializeProfiles(SampleFunctionEvidence.Profiles.Take(3));
        ReaderFuzzing.Run("function-evidence", MalformedInput.Of(seed), input => FunctionEvidenceJson.DeserializeProfiles(ReaderFuzzing.Text(input)), IsJsonErrorWithLocation);
    }

    [Fact]
    public void Skos_reader_throws_only_json_exceptions_with_a_location()
    {
        string seed = SkosJsonLd.Write(VocabularyCatalog.All[0]);
        ReaderFuzzing.Run("skos", MalformedInput.Of(seed), input => SkosJsonLd.Read(ReaderFuzzing.Text(input)), IsJsonErrorWithLocation);
    }

    [Fact]
    public void Cooperation_reader_throws_only_json_exceptions_with_a_location()
    {
        string seed = CooperationJson.SerializeMunicipality(SampleCooperation.Municipality);
        ReaderFuzzing.Run("cooperation", MalformedInput.Of(seed), input =>
        {
            using var stream = new MemoryStream(input);
            CooperationJson.ReadMunicipality(stream);
        }, IsJsonErrorWithLocation);
    }

    [Theory]
    [InlineData("cooperation")]
    [InlineData("profiles")]
    [InlineData("objectives")]
    [InlineData("function-evidence")]
    [InlineData("skos")]
    public void Saved_regression_inputs_are_rejected_cleanly(string reader)
    {
        foreach (byte[] input in ReaderFuzzing.Regressions(reader))
        {
            Exception? ex = Record.Exception(() =>
            {
                switch (reader)
                {
                    case "profiles": MoDomainJson.ReadProfiles(new MemoryStream(input)); break;
                    case "cooperation": CooperationJson.ReadMunicipality(new MemoryStream(input)); break;
                    case "objectives": ObjectivesJson.DeserializeProfiles(ReaderFuzzing.Text(input)); break;
                    case "function-evidence": FunctionEvidenceJson.DeserializeProfiles(ReaderFuzzing.Text(input)); break;
                    default: SkosJsonLd.Read(ReaderFuzzing.Text(input)); break;
                }
            });
            Assert.True(ex is null || IsJsonErrorWithLocation(ex), ex?.ToString());
        }
    }
}
