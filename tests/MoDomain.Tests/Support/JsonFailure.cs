using System;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MoDomain.Tests.Support;

/// <summary>Assertions for the reader errors of the JSON facades, shared by the interop mutant tests.</summary>
internal static class JsonFailure
{
    /// <summary>Asserts that <paramref name="read"/> throws a <see cref="JsonException"/> whose path is exactly
    /// <paramref name="path"/>, whose message starts with that path and contains every fragment.</summary>
    public static JsonException Assert(Action read, string path, params string[] fragments)
    {
        var ex = Xunit.Assert.Throws<JsonException>(read);
        Xunit.Assert.Equal(path, ex.Path);
        Xunit.Assert.StartsWith(path + ": ", ex.Message, StringComparison.Ordinal);
        foreach (string fragment in fragments)
        {
            Xunit.Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
        }
        return ex;
    }

    /// <summary>Parses <paramref name="json"/>, applies <paramref name="edit"/> to the root object and returns the text.</summary>
    public static string Edit(string json, Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    /// <summary>The root of a written document as an object.</summary>
    public static JsonObject Root(string json) => JsonNode.Parse(json)!.AsObject();
}
