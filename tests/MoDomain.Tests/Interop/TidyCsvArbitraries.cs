using FsCheck;

namespace MoDomain.Tests.Interop;

/// <summary>The arbitraries of the tidy-CSV properties.</summary>
public static class TidyCsvArbitraries
{
    public static Arbitrary<TidyCsvTable> Table() => TidyCsvTable.Arbitrary();
}
