using CsCheck;
using Manifests.Tests.Build.Support;

namespace Manifests.Tests.Build;

/// <summary>
/// The output folder's rules over generated states of it: a previous build here or elsewhere, its files edited or
/// deleted by hand, folders removed, obj/ or the marker lost, files of a person at the build's paths and beside them,
/// another project's claim, withheld objects. Whatever the state, no file that is not the build's is changed or
/// deleted; a refused build changes nothing; a successful one leaves every generated file with its exact content and
/// a kustomization that lists only files that exist.
/// </summary>
public sealed class OutputFolderPropertyTests
{
    private static readonly string[] ObjectPaths = ["shop/api-deployment.yaml", "shop/api-service.yaml", "jobs/worker-deployment.yaml", "cache-replicaset.yaml"];

    /// <summary>Where a person may put files: the build's own paths, and paths beside them.</summary>
    private static readonly string[] PersonPaths = [.. ObjectPaths, SampleManifests.Kustomization, "notes.md", "shop/secret.yaml", "jobs/extra/values.yaml"];

    /// <summary>One generated state and the build that meets it.</summary>
    /// <param name="PreviousFolder">0: no earlier build; 1: an earlier build into the same folder; 2: into another folder.</param>
    /// <param name="PreviousObjects">Bit i: the earlier build wrote <see cref="ObjectPaths"/>[i].</param>
    /// <param name="CurrentObjects">Bit i: this build writes <see cref="ObjectPaths"/>[i].</param>
    /// <param name="HandEdits">Bit i: the earlier build's i-th file (its objects in order, then its kustomization) was edited.</param>
    /// <param name="Deletions">Bit i: the earlier build's i-th file was deleted.</param>
    /// <param name="PersonFiles">Bit i: a person put a file at <see cref="PersonPaths"/>[i] where there was none.</param>
    /// <param name="RemoveEmptyFolders">Folders the deletions left empty were removed too.</param>
    /// <param name="LoseRecord">obj/ was deleted.</param>
    /// <param name="LoseMarker">The folder's marker was deleted.</param>
    /// <param name="AnotherProjectClaims">Another project's build then wrote to the folder.</param>
    /// <param name="Withheld">This build's assembly withholds an object.</param>
    /// <param name="Version">This build's content: the earlier one's, or new.</param>
    public sealed record Scenario(
        int PreviousFolder, int PreviousObjects, int CurrentObjects, int HandEdits, int Deletions, int PersonFiles,
        bool RemoveEmptyFolders, bool LoseRecord, bool LoseMarker, bool AnotherProjectClaims, bool Withheld, string Version);

    private static readonly Gen<Scenario> Scenarios =
        Gen.Select(
            // A person's file at each path one time in eight: with more, nearly every build would be refused.
            Gen.Int[0, 2], Gen.Int[0, 15], Gen.Int[0, 15], Gen.Int[0, 31], Gen.Int[0, 31], Gen.Select(Gen.Int[0, 255], Gen.Int[0, 255], Gen.Int[0, 255], (a, b, c) => a & b & c),
            Gen.Bool, Gen.Bool, Gen.Bool, Gen.Int[0, 3].Select(draw => draw == 0), Gen.Int[0, 4].Select(draw => draw == 0), Gen.Bool.Select(renewed => renewed ? "2" : "1"),
            (previousFolder, previous, current, edits, deletions, person, removeFolders, loseRecord, loseMarker, another, withheld, version)
                => new Scenario(previousFolder, previous, current, edits, deletions, person, removeFolders, loseRecord, loseMarker, another, withheld, version));

    [Fact]
    public void No_file_but_the_builds_own_is_ever_touched_and_a_successful_build_leaves_exactly_its_output()
        => Scenarios.Sample(Check, iter: 200);

    private static void Check(Scenario scenario)
    {
        using var sandbox = new OutputSandbox();
        var app = sandbox.Project();
        var folder = sandbox.PathOf("deploy");
        var oldFolder = sandbox.PathOf("old");

        // Files that are not the build's (a person's, another project's, or the build's own once nothing says so): never changed.
        var protectedFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        var owned = new List<string>();

        var previousPaths = Pick(ObjectPaths, scenario.PreviousObjects);
        var previousFolder = scenario.PreviousFolder == 1 ? folder : oldFolder;
        if (scenario.PreviousFolder != 0 && previousPaths.Length > 0)
        {
            var previous = SampleManifests.Objects("1", previousPaths);
            Assert.True(app.Write(previous, output: previousFolder).Succeeded);
            var written = previousPaths.Append(SampleManifests.Kustomization).Select(path => Path.Combine(previousFolder, path)).ToList();
            for (var i = 0; i < written.Count; i++)
            {
                if ((scenario.HandEdits & (1 << i)) != 0)
                {
                    File.WriteAllText(written[i], "edited by hand\n");
                }
                else if ((scenario.Deletions & (1 << i)) != 0)
                {
                    File.Delete(written[i]);
                }
            }
            if (scenario.RemoveEmptyFolders)
            {
                foreach (var directory in Directory.EnumerateDirectories(previousFolder, "*", SearchOption.AllDirectories).OrderByDescending(path => path.Length).ToList())
                {
                    if (!Directory.EnumerateFileSystemEntries(directory).Any())
                    {
                        Directory.Delete(directory);
                    }
                }
            }
            var stillKnown = !scenario.LoseRecord || (scenario.PreviousFolder == 1 && !scenario.LoseMarker);
            foreach (var file in written.Where(File.Exists))
            {
                if (stillKnown)
                {
                    owned.Add(file);
                }
                else
                {
                    protectedFiles[file] = File.ReadAllText(file);
                }
            }
            if (scenario.LoseRecord)
            {
                File.Delete(app.RecordPath);
            }
            if (scenario.LoseMarker)
            {
                File.Delete(Path.Combine(previousFolder, ".manifests-owner"));
            }
        }

        // A person's files, only where the build never wrote (a file the build wrote stays the build's, edited or not).
        var everWritten = new HashSet<string>(previousPaths.Append(SampleManifests.Kustomization).Select(path => Path.Combine(previousFolder, path)), StringComparer.Ordinal);
        for (var i = 0; i < PersonPaths.Length; i++)
        {
            var path = Path.Combine(folder, PersonPaths[i]);
            if ((scenario.PersonFiles & (1 << i)) != 0 && !File.Exists(path) && !(scenario.PreviousFolder != 0 && everWritten.Contains(path)))
            {
                var content = $"a person's file {i}\n";
                sandbox.WriteFile(sandbox.Relative(path), content);
                protectedFiles[path] = content;
            }
        }

        var claimedByAnother = false;
        if (scenario.AnotherProjectClaims)
        {
            var before = sandbox.Files();
            claimedByAnother = sandbox.Project("Other").Write(SampleManifests.Objects("other", "other/tool-deployment.yaml"), output: folder).Succeeded;
            foreach (var (path, content) in sandbox.Files().Where(file => !before.ContainsKey(file.Key)))
            {
                protectedFiles[sandbox.PathOf(path.Split('/'))] = content;
            }
        }

        var currentPaths = Pick(ObjectPaths, scenario.CurrentObjects);
        var current = SampleManifests.Objects(scenario.Version, currentPaths);
        var targets = current.Keys.Select(path => Path.Combine(folder, path)).ToList();
        // A build without objects by a project that never wrote here (no record, and the folder's marker names another
        // project or none) has nothing to do: it touches nothing, not even to refuse.
        var nothingToDo = current.Count == 0 && !scenario.Withheld && !File.Exists(app.RecordPath)
            && (claimedByAnother || !File.Exists(Path.Combine(folder, ".manifests-owner")));
        var expectRefusal = !nothingToDo && (scenario.Withheld || claimedByAnother || targets.Any(protectedFiles.ContainsKey));
        var state = sandbox.Files();

        var run = app.Write(current, output: folder, withheld: scenario.Withheld ? [new Withheld("shop/web-deployment.yaml", "Class 'Web' has an error.")] : []);

        Assert.True(run.Succeeded == !expectRefusal, run.ToString());
        AssertUntouched(protectedFiles);
        Assert.Empty(Directory.EnumerateFiles(sandbox.Root, "*.tmp", SearchOption.AllDirectories));
        if (expectRefusal || nothingToDo)
        {
            Assert.Equal(state, sandbox.Files());
            var expectedCode = scenario.Withheld ? "KMB005" : claimedByAnother ? "KMB004" : "KMB003";
            Assert.All(run.Errors, error => Assert.Equal(expectedCode, error.Code));
        }
        else
        {
            foreach (var (path, content) in current)
            {
                Assert.Equal(content, File.ReadAllText(Path.Combine(folder, path)));
            }
            var kustomization = Path.Combine(folder, SampleManifests.Kustomization);
            if (File.Exists(kustomization) && !protectedFiles.ContainsKey(kustomization))
            {
                Assert.All(SampleManifests.Listed(File.ReadAllText(kustomization)), path => Assert.True(File.Exists(Path.Combine(folder, path)), path));
            }
            // What the build wrote before and no longer writes is gone, wherever it was.
            Assert.All(owned.Where(file => !targets.Contains(file)), file => Assert.False(File.Exists(file), file));
        }

        var clean = app.Clean(output: folder);

        Assert.True(clean.Succeeded, clean.ToString());
        AssertUntouched(protectedFiles);
        if (!expectRefusal)
        {
            Assert.All(targets, file => Assert.False(File.Exists(file), file));
        }
    }

    private static string[] Pick(string[] paths, int bits) => paths.Where((_, i) => (bits & (1 << i)) != 0).ToArray();

    private static void AssertUntouched(Dictionary<string, string> files)
    {
        foreach (var (path, content) in files)
        {
            Assert.True(File.Exists(path), $"{path} was deleted.");
            Assert.Equal(content, File.ReadAllText(path));
        }
    }
}
