namespace Manifests.PackageTests.Support;

/// <summary>The test classes that consume the package: one pack serves them all.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Packed Manifests package";
}
