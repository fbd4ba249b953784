using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "--agreement-peer-data")
{
    return MoDomain.Benchmarks.AgreementPeerData.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(MoDomain.Benchmarks.SingleProfileBenchmarks).Assembly).Run(args);
return 0;
