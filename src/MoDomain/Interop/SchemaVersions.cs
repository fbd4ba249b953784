using System.Globalization;
using System.Text.Json;

namespace MoDomain.Interop;

/// <summary>
/// The contract version of MoDomain's JSON documents. A document without <c>schemaVersion</c> is read as the
/// current version; every version from <see cref="OldestSupported"/> to <see cref="Current"/> is read; a document with
/// a newer version than this library knows is refused.
/// </summary>
/// <remarks>
/// <para>Version 1 (MoDomain 0.x) is the first contract. Version 2 (MoDomain 1.0) renamed the array of the
/// cooperation-records collection from <c>records</c> to <c>cooperationRecords</c>, so that every collection document
/// names its items after its contract; every other contract is the same in both versions. Documents of version 1 are
/// still read, each under its own names.</para>
/// <para>The policy is in docs/tool-builders.md (section "Versioning").</para>
/// </remarks>
public static class SchemaVersions
{
    /// <summary>The version this library writes and the newest it reads.</summary>
    public const int Current = 2;

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
