using Manifests.Build;

namespace Manifests.Tests.Build.Support;

/// <summary>
/// A temporary folder holding projects (a project file, obj/, bin/) and whatever folders a test puts YAML in, so that
/// the build tasks run against real files. Everything goes when the test ends.
/// </summary>
internal sealed class OutputSandbox : IDisposable
{
    public OutputSandbox() => Root = Directory.CreateTempSubdirectory("manifests-build-tests-").FullName;

    public string Root { get; }

    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A project folder <paramref name="name"/>/ with <paramref name="name"/>.csproj in it.</summary>
    public SandboxProject Project(string name = "App") => new(this, name);

    public string WriteFile(string relativePath, string content)
    {
        var path = PathOf(relativePath.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>
    /// Every file under the root and its content, by '/'-separated relative path; not the compiled assemblies (each run
    /// writes its own) nor lock files (opening one changes nothing).
    /// </summary>
    public SortedDictionary<string, string> Files()
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Where(file => Path.GetExtension(file) is not ".lock" and not ".dll"))
        {
            files[Relative(file)] = File.ReadAllText(file);
        }
        return files;
    }

    /// <summary>Every folder under the root, by '/'-separated relative path.</summary>
    public SortedSet<string> Folders()
        => new(Directory.EnumerateDirectories(Root, "*", SearchOption.AllDirectories).Select(Relative), StringComparer.Ordinal);

    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>One project of a sandbox: where its files are, and its build's two tasks run as MSBuild would run them.</summary>
internal sealed class SandboxProject
{
    private readonly OutputSandbox sandbox;

    public SandboxProject(OutputSandbox sandbox, string name)
    {
        this.sandbox = sandbox;
        Name = name;
        Directory.CreateDirectory(sandbox.PathOf(name));
        File.WriteAllText(ProjectPath, "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
    }

    public string Name { get; }

    public string ProjectPath => sandbox.PathOf(Name, Name + ".csproj");

    public string RecordPath => sandbox.PathOf(Name, "obj", Name + ".manifests.record");

    public string Intermediate(string configuration = "Debug") => sandbox.PathOf(Name, "obj", configuration, "net10.0");

    /// <summary><c>$(OutDir)manifests/</c>.</summary>
    public string DefaultOutput(string configuration = "Debug") => sandbox.PathOf(Name, "bin", configuration, "net10.0", "manifests");

    /// <summary>
    /// Compiles an assembly that carries <paramref name="files"/> (and <paramref name="withheld"/>) and runs
    /// WriteManifests on it, into <paramref name="output"/> (the default folder when null).
    /// </summary>
    public TaskRun Write(
        IReadOnlyDictionary<string, string> files,
        string? output = null,
        Action<WriteManifests>? configure = null,
        string configuration = "Debug",
        CapturingBuildEngine? engine = null,
        params Withheld[] withheld)
    {
        // The SDK has made $(OutDir) by the time the task runs.
        Directory.CreateDirectory(Path.GetDirectoryName(DefaultOutput(configuration))!);
        engine ??= new CapturingBuildEngine();
        var task = new WriteManifests
        {
            BuildEngine = engine,
            // One assembly per run: two runs at once must not read each other's half-written file.
            AssemblyPath = ManifestAssembly.Write(Path.Combine(Intermediate(configuration), $"{Name}.{Guid.NewGuid():N}.dll"), files, withheld),
            OutputDirectory = output ?? DefaultOutput(configuration),
            ProjectPath = ProjectPath,
            RecordPath = RecordPath,
            IntermediateOutputPath = Intermediate(configuration),
            RetryDelayMilliseconds = 0,
        };
        configure?.Invoke(task);
        var succeeded = task.Execute();
        return new TaskRun(succeeded, engine, task.Files.Select(item => item.ItemSpec).ToList());
    }

    /// <summary>Runs CleanManifests, as <c>dotnet clean</c> does, with <paramref name="output"/> as the folder the project is set to now.</summary>
    public TaskRun Clean(string? output = null, string configuration = "Debug", Action<CleanManifests>? configure = null)
    {
        var engine = new CapturingBuildEngine();
        var task = new CleanManifests
        {
            BuildEngine = engine,
            OutputDirectory = output ?? DefaultOutput(configuration),
            ProjectPath = ProjectPath,
            RecordPath = RecordPath,
            IntermediateOutputPath = Intermediate(configuration),
            RetryDelayMilliseconds = 0,
        };
        configure?.Invoke(task);
        return new TaskRun(task.Execute(), engine, []);
    }
}
