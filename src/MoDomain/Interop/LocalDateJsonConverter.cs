using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using MoDomain.Internal;

namespace MoDomain.Interop;

/// <summary>
/// Reads and writes a NodaTime <see cref="LocalDate"/> as an ISO calendar date string <c>yyyy-MM-dd</c>, using
/// NodaTime's own <see cref="LocalDatePattern.Iso"/> pattern (culture-invariant).
/// </summary>
/// <remarks>Anything but a string in exactly that form (for example <c>2024-02-30</c> or a number) raises a
/// <see cref="JsonException"/>; the serializer adds the JSON path. Dates are read from 0001-01-01 to 9999-12-31 (four-digit
/// years without a sign): a year 0000 or −9998, which NodaTime's ISO pattern reads, raises a <see cref="JsonException"/> too.</remarks>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string in the form yyyy-MM-dd but found {reader.TokenType}.");
        }
        string text = reader.GetString()!;
        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            throw new JsonException($"'{Truncate(text)}' is not a valid date in the form yyyy-MM-dd.");
        }
        if (!DateRange.Contains(result.Value))
        {
            throw new JsonException($"'{text}' lies outside the accepted dates ({DateRange.Text}).");
        }
        return result.Value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
