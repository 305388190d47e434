namespace Manifests.PackageTests.Support;

/// <summary>
/// Packs <c>src/Manifests</c> once for all the tests, into a folder feed in a temporary directory. The version is new
/// on every run: NuGet caches a package by id and version, so re-packing a version a consumer already restored would
/// silently test the old package.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public const string PackageId = "Manifests";

    public PackageFixture()
    {
        RepositoryRoot = FindRepositoryRoot(AppContext.BaseDirectory);
        Version = $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.r{Guid.NewGuid():N}"[..40];
        WorkDirectory = Directory.CreateTempSubdirectory("manifests-package-tests-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(WorkDirectory, "feed")).FullName;

        // PackageVersion, not Version: the assemblies keep their version, so the pack finds the builds up to date and
        // rewrites nothing that other test projects of the same run may be reading.
        var pack = DotNet.Run(RepositoryRoot,
        [
            "pack", Path.Combine(RepositoryRoot, "src", "Manifests", "Manifests.csproj"),
            "-c", "Release", "-o", Feed, $"-p:PackageVersion={Version}", "-nologo", "-tl:off", "-v:minimal",
        ], TimeSpan.FromMinutes(10));
        var package = Path.Combine(Feed, $"{PackageId}.{Version}.nupkg");
        if (!pack.Succeeded || !File.Exists(package))
        {
            Dispose();
            throw new InvalidOperationException($"Packing {PackageId} {Version} failed.\n{pack}");
        }
        PackageFile = package;
    }

    public string RepositoryRoot { get; }

    /// <summary>The unique version of this run's package, for the consumers' PackageReference.</summary>
    public string Version { get; }

    /// <summary>The local folder feed that holds the package.</summary>
    public string Feed { get; }

    public string PackageFile { get; } = string.Empty;

    /// <summary>Holds the feed and every consumer project of this run: outside the repository, so nothing of it applies.</summary>
    public string WorkDirectory { get; }

    /// <summary>A new consumer project in its own folder; the test disposes it.</summary>
    public ConsumerProject CreateConsumer() => new(this);

    public void Dispose()
    {
        TryDelete(WorkDirectory);
        // The package was restored into the machine's NuGet cache under this run's unique version: nothing will use it again.
        TryDelete(Path.Combine(GlobalPackagesFolder(), PackageId.ToLowerInvariant(), Version.ToLowerInvariant()));
    }

    internal static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string GlobalPackagesFolder()
        => Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public static string FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Manifests.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No Manifests.sln in {start} or any folder above it.");
    }
}
