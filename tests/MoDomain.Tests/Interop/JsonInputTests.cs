using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Interop;

/// <summary>Regression tests of issue 16 for the shared JSON input path: size limits, positions and bounded echo.</summary>
public sealed class JsonInputTests
{
    [Fact]
    public void A_document_over_the_limit_is_refused_naming_the_limit()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(MoDomainJson.SerializeProfiles(SampleData.Profiles));
        using var stream = new MemoryStream(bytes);
        var ex = Assert.Throws<JsonException>(() => MoDomainJson.ReadProfiles(stream, new JsonReadLimits(1000)));
        Assert.Equal("$", ex.Path);
        Assert.Equal("$: the document is larger than the limit of 1,000 bytes; reading stopped there (see JsonReadLimits).", ex.Message);
        Assert.Equal(0, stream.Position); // a seekable stream is measured, not read
    }

    [Fact]
    public void An_endless_stream_stops_one_byte_after_the_limit()
    {
        var endless = new EndlessStream();
        var ex = Assert.Throws<JsonException>(() => ObjectivesJson.ReadProfiles(endless, new JsonReadLimits(3 * 1024 * 1024)));
        Assert.Contains("3 MiB (3,145,728 bytes)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3 * 1024 * 1024 + 1, endless.Consumed);
    }

    [Fact]
    public void The_default_limit_is_64_MiB()
    {
        Assert.Equal(64L * 1024 * 1024, JsonReadLimits.Default.MaxBytes);
        Assert.Equal(JsonReadLimits.DefaultMaxBytes, new JsonReadLimits().MaxBytes);
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonReadLimits(0));
        Assert.Throws<ArgumentNullException>(() => MoDomainJson.ReadProfiles(new MemoryStream(), null!));
    }

    [Fact]
    public void A_mapping_error_carries_the_line_and_column_of_its_value()
    {
        string json = "{\n  \"schemaVersion\": 2,\n  \"objectiveProfiles\": [\n    {\n      \"organisation\": \"A\",\n      \"objectives\": [ { \"objective\": \"no-such-objective\", \"evidence\": \"observed\" } ]\n    }\n  ]\n}";
        var ex = Assert.Throws<JsonException>(() => ObjectivesJson.DeserializeProfiles(json));
        Assert.StartsWith("$.objectiveProfiles[0].objectives[0]", ex.Path, StringComparison.Ordinal);
        Assert.Equal(5, ex.LineNumber);
        Assert.InRange(ex.BytePositionInLine!.Value, 6, json.Split('\n')[5].Length - 1);
    }

    [Fact]
    public void A_serializer_error_keeps_its_position_but_not_the_zero_based_suffix()
    {
        string json = "[\n  { \"organisation\": 5 }\n]";
        var ex = Assert.Throws<JsonException>(() => ObjectivesJson.DeserializeProfiles(json));
        Assert.Equal(1, ex.LineNumber);
        Assert.DoesNotContain("LineNumber:", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("$[0].organisation", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_names_path_line_and_column()
    {
        string json = "{\n  \"schemaVersion\": 2,\n  \"profiles\": [ { \"name\": \"A\" x } ]\n}";
        var ex = Assert.Throws<JsonException>(() => MoDomainJson.DeserializeProfiles(json));
        Assert.Equal(2, ex.LineNumber);
        Assert.Equal(json.Split('\n')[2].IndexOf('x', StringComparison.Ordinal), ex.BytePositionInLine);
        Assert.StartsWith("$.profiles[0]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_counts_in_the_column_of_the_first_line()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "[ x ]"u8];
        var ex = Assert.Throws<JsonException>(() => ObjectivesJson.ReadProfiles(new MemoryStream(bytes)));
        Assert.Equal(0, ex.LineNumber);
        Assert.Equal(5, ex.BytePositionInLine);
    }

    [Fact]
    public void A_ten_megabyte_property_name_is_never_echoed_beyond_40_characters()
    {
        string name = new('x', 10_000_000);
        foreach (string json in new[] { $"[ {{ \"{name}\": 1 }} ]", $"[ {{ \"{name}\": 1, \"{name}\": 2 }} ]", $"{{ \"{name}\": [ {{ \"a\": }} ] }}" })
        {
            var ex = Assert.Throws<JsonException>(() => ObjectivesJson.DeserializeProfiles(json));
            Assert.True(ex.Message.Length < 400, ex.Message[..Math.Min(ex.Message.Length, 400)]);
            Assert.DoesNotContain(new string('x', 41), ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(new string('x', 41), ex.Path!, StringComparison.Ordinal);
            Assert.Null(ex.InnerException?.Message is { Length: > 1000 } ? ex.InnerException : null);
            Assert.NotNull(ex.LineNumber);
        }
    }

    [Fact]
    public void A_long_value_is_echoed_with_at_most_40_characters()
    {
        string value = new('y', 5000);
        var ex = Assert.Throws<JsonException>(() => MoDomainJson.DeserializeProfiles($"[ {{ \"name\": \"A\", \"asOf\": \"2026-01-01\", \"legalForm\": \"{value}\" }} ]"));
        Assert.DoesNotContain(new string('y', 41), ex.Message, StringComparison.Ordinal);
        Assert.Contains(new string('y', 40) + "…", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_in_a_value_names_the_value_its_line_and_column()
    {
        byte[] bytes = [.. "[\n  {\n    \"organisation\": \"Caf"u8, 0xE9, .. "\",\n    \"objectives\": []\n  }\n]"u8];
        var ex = Assert.Throws<JsonException>(() => ObjectivesJson.ReadProfiles(new MemoryStream(bytes)));
        Assert.Equal("$[0].organisation", ex.Path);
        Assert.Equal(2, ex.LineNumber);
        Assert.Equal(24, ex.BytePositionInLine);
        Assert.Contains("0xE9", ex.Message, StringComparison.Ordinal);
    }

    private sealed class EndlessStream : Stream
    {
        public long Consumed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            Consumed += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
