global using Xunit;

// Every test runs dotnet builds on a small shared machine: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
