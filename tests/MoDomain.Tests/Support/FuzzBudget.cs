using System;
using System.Globalization;

namespace MoDomain.Tests.Support;

/// <summary>
/// How many generated inputs each fuzz test (trait <c>Category=Fuzz</c>) runs. The README's <c>dotnet test</c> uses a
/// small budget so the whole suite stays quick on a laptop; CI runs the fuzz classes once more, alone, with
/// <c>MODOMAIN_FUZZ_INPUTS=10000</c> (see <c>.ci/run</c>).
/// </summary>
internal static class FuzzBudget
{
    /// <summary>The environment variable that sets the budget.</summary>
    internal const string Variable = "MODOMAIN_FUZZ_INPUTS";

    /// <summary>The trait value that marks the generated-input classes.</summary>
    internal const string Category = "Fuzz";

    /// <summary>The budget when the variable is not set.</summary>
    internal const int Default = 1_000;

    /// <summary>The number of generated inputs per fuzz test: the variable's value, or <see cref="Default"/>.</summary>
    internal static int Inputs =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : Default;
}
