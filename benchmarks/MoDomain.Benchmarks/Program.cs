using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(MoDomain.Benchmarks.SingleProfileBenchmarks).Assembly).Run(args);
