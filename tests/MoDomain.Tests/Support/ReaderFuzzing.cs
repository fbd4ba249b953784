using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;

namespace MoDomain.Tests.Support;

/// <summary>
/// Runs a reader on many malformed inputs and checks that only the documented exception types come out, each with a
/// message (and, for JSON, a location), and that no input makes the reader hang.
/// </summary>
internal static class ReaderFuzzing
{
    /// <summary>The number of malformed inputs fed to every reader (<see cref="FuzzBudget"/>).</summary>
    internal static int InputsPerReader => FuzzBudget.Inputs;

    // A liveness guard, not a performance assertion: a reader that needs longer than this on one small input hangs.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    internal static void Run(string reader, Gen<byte[]> inputs, Action<byte[]> read, Func<Exception, bool> documented, int? count = null)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(count ?? InputsPerReader).WithStartSize(1).WithEndSize(200);
        Check.One(config, Prop.ForAll(inputs.ToArbitrary(), input =>
        {
            Task<Exception?> task = Task.Run(() =>
            {
                try
                {
                    read(input);
                    return null;
                }
                catch (Exception ex)
                {
                    return ex;
                }
            });
            if (!task.Wait(HangGuard))
            {
                Save(reader, input);
                Assert.Fail($"{reader}: the reader did not finish on an input of {input.Length} bytes (saved as a regression file).");
            }

            Exception? error = task.Result;
            if (error is not null && (!documented(error) || string.IsNullOrWhiteSpace(error.Message)))
            {
                Save(reader, input);
                Assert.Fail($"{reader}: undocumented {error.GetType().Name}: {error.Message}");
            }
        }));
    }

    private static void Save(string reader, byte[] input)
    {
        string dir = Path.Combine(RepositoryFiles.Root(), "tests", "MoDomain.Tests", "Support", "Regressions");
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, $"{reader}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(input))[..16]}.bin"), input);
    }

    /// <summary>The regression inputs saved for a reader (replayed by the tests).</summary>
    internal static IEnumerable<byte[]> Regressions(string reader)
    {
        string dir = Path.Combine(RepositoryFiles.Root(), "tests", "MoDomain.Tests", "Support", "Regressions");
        if (!Directory.Exists(dir))
        {
            yield break;
        }

        foreach (string file in Directory.GetFiles(dir, reader + "-*.bin"))
        {
            yield return File.ReadAllBytes(file);
        }
    }

    internal static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
