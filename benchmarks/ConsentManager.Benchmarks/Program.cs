BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(ConsentManager.Benchmarks.GeoLookupBenchmarks).Assembly).Run(args);
