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
    /// <summary>Writes the envelope with one object per item; <paramref name="writeItem"/> writes the item's properties.</summary>
    internal static string Document<T>(string arrayName, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", SchemaVersions.Current);
            w.WriteStartArray(arrayName);
            foreach (var item in items)
            {
                w.WriteStartObject();
                writeItem(w, item);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
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
