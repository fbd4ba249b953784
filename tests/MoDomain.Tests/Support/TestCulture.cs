using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace MoDomain.Tests.Support;

/// <summary>
/// Runs the whole suite under the culture named by the environment variable <c>MODOMAIN_TEST_CULTURE</c>
/// (for example <c>de-DE</c>, <c>tr-TR</c>, or <c>invariant</c>); CI runs the suite once per culture.
/// </summary>
internal static class TestCulture
{
    internal const string Variable = "MODOMAIN_TEST_CULTURE";

    internal static CultureInfo? Requested { get; } = Parse(Environment.GetEnvironmentVariable(Variable));

    [ModuleInitializer]
    internal static void Apply()
    {
        if (Requested is { } culture)
        {
            CultureInfo.DefaultThreadCurrentCulture = culture;
            CultureInfo.DefaultThreadCurrentUICulture = culture;
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private static CultureInfo? Parse(string? name) => name switch
    {
        null or "" => null,
        "invariant" => CultureInfo.InvariantCulture,
        _ => CultureInfo.GetCultureInfo(name),
    };
}
