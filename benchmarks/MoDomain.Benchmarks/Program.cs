using System;
using BenchmarkDotNet.Running;
using MoDomain.Benchmarks;

if (args.Length > 0 && args[0] == "--agreement-peer-data")
{
    return AgreementPeerData.Run(args[1..]);
}

// '--verify-funding': check that MoDomain's institutional-funding policy and the FluentValidation peer agree on the
// 100,000 benchmark inputs wherever MoDomain decides (exit 0), without running benchmarks (for CI).
if (args.Length == 1 && args[0] == "--verify-funding")
{
    try
    {
        FundingConsistency.Check(FundingCaseGenerator.Generate(FundingBenchmarks.Count), new InstitutionalFundingFluentValidator());
        return 0;
    }
    catch (InvalidOperationException ex)
    {
        Console.Error.WriteLine("error: " + ex.Message);
        return 1;
    }
}

BenchmarkSwitcher.FromAssembly(typeof(SingleProfileBenchmarks).Assembly).Run(args);
return 0;
