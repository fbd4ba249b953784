using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MoDomain.Interop;

namespace MoDomain.Cli;

/// <summary>The JSON envelope the analysis commands render: <c>{ "schemaVersion": 2, "&lt;name&gt;": [ … ] }</c>, indented, German text unescaped.</summary>
internal static class CliJson
{
    /// <summary>Bytes gathered before they are handed to the output (so memory stays bounded for any number of items).</summary>
    internal const int FlushThreshold = 64 * 1024;

    /// <summary>Writes the envelope with one object per item; <paramref name="writeItem"/> writes the item's properties.</summary>
    internal static string Document<T>(string arrayName, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteEnvelope(text, arrayName, items, writeItem);
        return text.ToString();
    }

    /// <summary>
    /// Writes the envelope to <paramref name="output"/> while enumerating <paramref name="items"/> (once), followed by
    /// a line break: the document is never held in memory, at most <see cref="FlushThreshold"/> bytes of it are pending.
    /// </summary>
    internal static void Write<T>(TextWriter output, string arrayName, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        WriteEnvelope(output, arrayName, items, writeItem);
        output.WriteLine();
    }

    private static void WriteEnvelope<T>(TextWriter output, string arrayName, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        using (var w = new Utf8JsonWriter(new TextWriterStream(output), new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", SchemaVersions.Current);
            w.WriteStartArray(arrayName);
            foreach (var item in items)
            {
                w.WriteStartObject();
                writeItem(w, item);
                w.WriteEndObject();
                if (w.BytesPending > FlushThreshold)
                {
                    w.Flush();
                }
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
    }

    /// <summary>Writes a named array of ids.</summary>
    internal static void WriteIds(Utf8JsonWriter w, string name, IEnumerable<string> ids)
    {
        w.WriteStartArray(name);
        foreach (var id in ids)
        {
            w.WriteStringValue(id);
        }
        w.WriteEndArray();
    }
}
