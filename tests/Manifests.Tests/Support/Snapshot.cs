namespace Manifests.Tests.Support;

/// <summary>
/// Reviewed snapshots of generated output, stored as plain files under <c>tests/Manifests.Tests/Snapshots/</c>.
/// A missing or different snapshot fails the test and leaves a <c>.received</c> file beside it to review; only
/// <c>UPDATE_SNAPSHOTS=1</c> (never set in CI) accepts new output.
/// </summary>
internal static class Snapshot
{
    private static readonly string Folder = Repository.PathOf("tests", "Manifests.Tests", "Snapshots");

    public static void Match(string name, string actual)
    {
        var path = Path.Combine(Folder, name.Replace('/', Path.DirectorySeparatorChar));
        var received = path + ".received";
        var update = Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1"
            && Environment.GetEnvironmentVariable("CI") is null or "" or "false";

        if (update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            File.Delete(received);
            return;
        }
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(received, actual);
            Assert.Fail($"No snapshot '{name}'. Review {received}, then rename it (or run with UPDATE_SNAPSHOTS=1) and commit it.");
        }
        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            File.WriteAllText(received, actual);
        }
        else
        {
            File.Delete(received);
        }
        Assert.Equal(expected, actual);
    }

    /// <summary>Matches every generated file against <c>{folder}/{path}</c>, and fails on snapshots no file produced any more.</summary>
    public static void MatchFolder(string folder, IReadOnlyDictionary<string, string> files)
    {
        foreach (var (path, content) in files)
        {
            Match(folder + "/" + path, content);
        }
        var root = Path.Combine(Folder, folder);
        var stale = Directory.Exists(root)
            ? Directory.GetFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".received", StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(f => !files.ContainsKey(f))
                .ToList()
            : [];
        Assert.True(stale.Count == 0, $"Snapshots no longer produced (delete them if that is intended): {string.Join(", ", stale)}");
    }
}
