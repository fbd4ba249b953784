using System;
using System.IO;
using MoDomain.Funding;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Interop;

/// <summary>Every JSON reader of the library with a valid sample document, through its stream and its string entry.</summary>
internal static class JsonReaders
{
    internal sealed record Reader(string Name, string Sample, Action<Stream> FromStream, Action<string> FromString)
    {
        public override string ToString() => Name;
    }

    internal static readonly Reader[] All =
    [
        new("profiles", MoDomainJson.SerializeProfiles(SampleData.Profiles), s => MoDomainJson.ReadProfiles(s), s => MoDomainJson.DeserializeProfiles(s)),
        new("objectives", ObjectivesJson.SerializeProfiles(SampleObjectives.Profiles), s => ObjectivesJson.ReadProfiles(s), s => ObjectivesJson.DeserializeProfiles(s)),
        new("functions", FunctionEvidenceJson.SerializeProfiles(SampleFunctionEvidence.Profiles), s => FunctionEvidenceJson.ReadProfiles(s), s => FunctionEvidenceJson.DeserializeProfiles(s)),
        new("funding cases", FundingJson.SerializeCases(SampleFunding.Cases), s => FundingJson.ReadCases(s), s => FundingJson.DeserializeCases(s)),
        new("policy", FundingJson.SerializePolicy(FundingPolicies.InstitutionalFunding), s => FundingJson.ReadPolicy(s), s => FundingJson.DeserializePolicy(s)),
        new("ladder", FundingJson.SerializeLadder(FundingLadder.Default), s => FundingJson.ReadLadder(s), s => FundingJson.DeserializeLadder(s)),
        new("cooperation", CooperationJson.SerializeMunicipality(SampleCooperation.Municipality), s => CooperationJson.ReadMunicipality(s), s => CooperationJson.DeserializeMunicipality(s)),
        new("corpus", CorpusJson.Write(SampleCorpus.Corpus), s => CorpusJson.Read(s), s => CorpusJson.Read(s)),
        new("codebook", CorpusJson.WriteCodebook(SampleCorpus.Codebook), s => CorpusJson.ReadCodebook(s), s => CorpusJson.ReadCodebook(s)),
        new("skos", SkosJsonLd.Write(VocabularyCatalog.All[0]), s => SkosJsonLd.Read(s), s => SkosJsonLd.Read(s)),
    ];

    internal static void Read(Reader reader, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        reader.FromStream(stream);
    }

    /// <summary>The zero-based byte offset a line and column point at.</summary>
    internal static long Offset(byte[] bytes, long line, long column)
    {
        long offset = 0;
        for (long l = 0; l < line; l++)
        {
            offset = Array.IndexOf(bytes, (byte)'\n', (int)offset) + 1;
        }
        return offset + column;
    }
}
