using Manifests.Build.Files;

namespace Manifests.Tests.Build.Support;

/// <summary>
/// The real file system, except that an operation fails when a test says so: the way an editor, a virus scanner or a
/// file watcher holding a file makes it fail on Windows. Each fault answers the exception to throw for a path, or null.
/// </summary>
internal sealed class FaultyFileSystem : FileSystem
{
    private readonly object gate = new();

    /// <summary>Fails the step that puts a written file in place, by the file's final path.</summary>
    public Func<string, Exception?> PlaceFault { get; init; } = _ => null;

    public Func<string, Exception?> DeleteFault { get; init; } = _ => null;

    /// <summary>Runs just before the build takes a new file's name.</summary>
    public Action<string> BeforeCreate { get; init; } = _ => { };

    /// <summary>Every step that takes a name ("create") or puts a written file in place ("replace"), in order.</summary>
    public List<(string Operation, string Source, string Destination)> Placed { get; } = [];

    public override bool CreateNew(string path)
    {
        BeforeCreate(path);
        var created = base.CreateNew(path);
        if (created)
        {
            Record("create", string.Empty, path);
        }
        return created;
    }

    public override void Replace(string source, string destination)
    {
        Fail(PlaceFault(destination));
        base.Replace(source, destination);
        Record("replace", source, destination);
    }

    public override void Delete(string path)
    {
        Fail(DeleteFault(path));
        base.Delete(path);
    }

    private static void Fail(Exception? exception)
    {
        if (exception is not null)
        {
            throw exception;
        }
    }

    private void Record(string operation, string source, string destination)
    {
        lock (gate)
        {
            Placed.Add((operation, source, destination));
        }
    }
}
