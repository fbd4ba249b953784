using System.Globalization;
using System.Text.Json;

namespace MoDomain.Interop;

/// <summary>
/// The contract version of MoDomain's JSON documents. A document without <c>schemaVersion</c> is read as the
/// current version; a document with a newer version than this library knows is refused.
/// </summary>
public static class SchemaVersions
{
    /// <summary>The version this library writes and the newest it reads.</summary>
    public const int Current = 1;

    /// <summary>The oldest version this library reads.</summary>
    public const int OldestSupported = 1;

    internal static void Check(int? version, string path)
    {
        if (version is null)
        {
            return;
        }
        int v = version.Value;
        if (v > Current)
        {
            throw JsonErrors.At(path, string.Create(CultureInfo.InvariantCulture, $"schemaVersion {v} is newer than this version of MoDomain supports ({Current}); update the MoDomain package to read it."));
        }
        if (v < OldestSupported)
        {
            throw JsonErrors.At(path, string.Create(CultureInfo.InvariantCulture, $"schemaVersion {v} is not a valid version (supported: {OldestSupported} to {Current})."));
        }
    }
}
