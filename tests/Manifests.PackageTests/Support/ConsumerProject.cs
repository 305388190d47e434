using System.Security;

namespace Manifests.PackageTests.Support;

/// <summary>
/// A user's project in a fresh temporary folder outside the repository: a net10.0 class library that references the
/// packed Manifests package from the run's folder feed, with its own nuget.config. Built and cleaned with the dotnet
/// CLI as a child process, exactly as a user would.
/// </summary>
public sealed class ConsumerProject : IDisposable
{
    public const string ProjectName = "Consumer";

    private readonly PackageFixture package;

    internal ConsumerProject(PackageFixture package)
    {
        this.package = package;
        Root = Directory.CreateDirectory(Path.Combine(package.WorkDirectory, "consumer-" + Guid.NewGuid().ToString("N")[..12])).FullName;

        // Stop MSBuild's search for Directory.Build.* files here, whatever lies above the temporary folder.
        WriteFile("Directory.Build.props", "<Project />\n");
        WriteFile("Directory.Build.targets", "<Project />\n");
        WriteFile("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="manifests-under-test" value="{SecurityElement.Escape(package.Feed)}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>

            """);
        SetProject();
    }

    /// <summary>The project folder.</summary>
    public string Root { get; }

    public string ProjectFile => Path.Combine(Root, ProjectName + ".csproj");

    /// <summary>Where the YAML goes by default: <c>$(OutDir)manifests/</c>.</summary>
    public string DefaultManifestsDirectory => Path.Combine(Root, "bin", "Debug", "net10.0", "manifests");

    /// <summary>
    /// Writes the project file: the package reference plus <paramref name="properties"/> (inner XML of a PropertyGroup)
    /// and <paramref name="items"/> (inner XML of an ItemGroup).
    /// </summary>
    public void SetProject(string properties = "", string items = "")
        => WriteFile(ProjectName + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{PackageFixture.PackageId}" Version="{package.Version}" />
                {items}
              </ItemGroup>
            </Project>

            """);

    public string WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return path;
    }

    public void DeleteFile(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    public void DeleteFolder(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    /// <summary><c>dotnet build</c>, with a plain-text log (no terminal logger) at <paramref name="verbosity"/>.</summary>
    public DotNetResult Build(string verbosity = "minimal", params string[] extra)
        => DotNet.Run(Root, ["build", ProjectFile, "-nologo", "-tl:off", "-nodeReuse:false", $"-v:{verbosity}", .. extra]);

    /// <summary>A build that must succeed; the assertion message carries the whole log.</summary>
    public DotNetResult BuildSucceeds(string verbosity = "minimal", params string[] extra)
    {
        var result = Build(verbosity, extra);
        Assert.True(result.Succeeded, result.ToString());
        return result;
    }

    /// <summary><c>dotnet publish</c> (Release, the SDK's default for publish), with a plain-text log.</summary>
    public DotNetResult Publish(params string[] extra)
        => DotNet.Run(Root, ["publish", ProjectFile, "-nologo", "-tl:off", "-nodeReuse:false", "-v:minimal", .. extra]);

    public DotNetResult Clean(params string[] extra)
        => DotNet.Run(Root, ["clean", ProjectFile, "-nologo", "-tl:off", "-nodeReuse:false", "-v:minimal", .. extra]);

    /// <summary>Every file under <paramref name="directory"/>, as '/'-separated paths relative to it, sorted.</summary>
    public static IReadOnlyList<string> FilesUnder(string directory)
        => Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(directory, file).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    public static string Read(string directory, string relativePath) => File.ReadAllText(Path.Combine(directory, relativePath));

    /// <summary>The content of every file under <paramref name="directory"/>, by relative path.</summary>
    public static Dictionary<string, string> Contents(string directory)
        => FilesUnder(directory).ToDictionary(file => file, file => Read(directory, file));

    /// <summary>The last-write time of every file under <paramref name="directory"/>, by relative path.</summary>
    public static IReadOnlyDictionary<string, DateTime> Timestamps(string directory)
        => FilesUnder(directory).ToDictionary(file => file, file => File.GetLastWriteTimeUtc(Path.Combine(directory, file)));

    public void Dispose() => PackageFixture.TryDelete(Root);
}
