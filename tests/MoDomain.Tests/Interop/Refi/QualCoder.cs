using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;

namespace MoDomain.Tests.Interop.Refi;

/// <summary>
/// Runs QualCoder's own REFI-QDA import (<c>../shared/qualcoder</c>, beside the checkout) through
/// <c>qualcoder_rows.py</c> and returns the rows QualCoder stored, as JSON.
/// </summary>
internal static class QualCoder
{
    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MoDomain.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (MoDomain.sln) was not found above the test binaries.");
    }

    /// <summary>The harness folder, or skips the test (fails in CI) when it or python3 is missing.</summary>
    internal static string RequireHarness()
    {
        string? env = Environment.GetEnvironmentVariable("MODOMAIN_QUALCODER");
        string folder = !string.IsNullOrEmpty(env) ? env : Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "qualcoder"));
        string? problem = !File.Exists(Path.Combine(folder, "harness.py")) ? $"QualCoder's harness is not in {folder}"
            : !PythonAvailable() ? "python3 is not on the PATH"
            : null;
        if (problem is not null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(problem + "; in CI it must be present.");
            }
            Assert.Skip(problem + ".");
        }
        return folder;
    }

    /// <summary>Imports a file with QualCoder and returns what it stored (see <c>qualcoder_rows.py</c>).</summary>
    internal static JsonElement Import(byte[] file, string extension)
    {
        string harness = RequireHarness();
        string script = Path.Combine(RepositoryRoot(), "tests", "MoDomain.Tests", "Interop", "Refi", "qualcoder_rows.py");
        string path = Path.Combine(Path.GetTempPath(), $"modomain-qualcoder-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, file);
        try
        {
            var (exit, output, error) = Run("python3", script, "dump", harness, path);
            Assert.True(exit == 0, $"qualcoder_rows.py failed ({exit}): {error}");
            using var json = JsonDocument.Parse(output);
            return json.RootElement.Clone();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static bool PythonAvailable()
    {
        try
        {
            return Run("python3", "--version").Exit == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static (int Exit, string Output, string Error) Run(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        info.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
