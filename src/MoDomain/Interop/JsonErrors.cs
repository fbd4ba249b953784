using System.Text.Json;

namespace MoDomain.Interop;

/// <summary>Builds the <see cref="JsonException"/>s MoDomain's readers throw: each names the JSON path.</summary>
internal static class JsonErrors
{
    internal static JsonException At(string path, string message) =>
        new($"{path}: {message}", path, lineNumber: null, bytePositionInLine: null);
}
