namespace Manifests.Tests.Support;

/// <summary>Paths inside this repository, found from the test assembly's location.</summary>
internal static class Repository
{
    public static readonly string Root = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The C# sources of an example app, as a user wrote them.</summary>
    public static string[] ExampleSources(string example)
        => Directory.GetFiles(PathOf("examples", example), "*.cs")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Manifests.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Manifests.sln not found above " + AppContext.BaseDirectory);
    }
}
