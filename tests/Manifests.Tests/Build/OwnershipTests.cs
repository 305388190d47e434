using System.Security.Cryptography;
using System.Text;
using Manifests.Tests.Build.Support;

namespace Manifests.Tests.Build;

/// <summary>
/// The output folder is the build's only where it wrote: it records what it writes (in obj/, and in the folder's
/// marker), never overwrites or deletes a file it did not write, and takes back a file of its own edited by hand.
/// </summary>
public sealed class OwnershipTests : IDisposable
{
    private readonly OutputSandbox sandbox = new();
    private readonly SandboxProject app;

    public OwnershipTests() => app = sandbox.Project();

    [Fact]
    public void The_first_build_writes_every_file_claims_the_folder_and_records_each_file_with_its_hash()
    {
        var files = SampleManifests.Shop();

        var run = app.Write(files);

        Assert.True(run.Succeeded, run.ToString());
        var output = app.DefaultOutput();
        Assert.Equal($"Manifests: 4 files in {output}{Path.DirectorySeparatorChar} (4 written, 0 unchanged)", run.Summary);
        foreach (var (path, content) in files)
        {
            Assert.Equal(content, File.ReadAllText(Path.Combine(output, path)));
        }
        Assert.Equal(
            """
            # Manifests: the build of the project below writes this folder's generated files; no other project's build may.
            # It rewrites and deletes only the files listed here. Delete this file only together with them.
            project	../../../../App.csproj
            directory	.
            directory	shop
            file	kustomization.yaml
            file	shop/db-replicaset.yaml
            file	shop/frontend-deployment.yaml
            file	shop/frontend-service.yaml

            """.ReplaceLineEndings("\n"),
            File.ReadAllText(Path.Combine(output, ".manifests-owner")));
        var record = File.ReadAllText(app.RecordPath);
        Assert.Contains($"folder\t{output}\n", record, StringComparison.Ordinal);
        Assert.Contains($"build\t{app.Intermediate()}\n", record, StringComparison.Ordinal);
        Assert.Contains($"directory\t{Path.Combine(output, "shop")}\n", record, StringComparison.Ordinal);
        foreach (var (path, content) in files)
        {
            Assert.Contains($"file\t{Sha256(content)}\t{Path.Combine(output, path.Replace('/', Path.DirectorySeparatorChar))}\n", record, StringComparison.Ordinal);
        }
        Assert.Equal(files.Keys.Select(path => Path.Combine(output, path)).Order(StringComparer.Ordinal), run.Files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_hand_written_kustomization_in_the_folder_is_refused_and_nothing_is_written()
    {
        var kustomization = sandbox.WriteFile("deploy/kustomization.yaml", "resources:\n- ../base\n");
        var before = sandbox.Files();

        var run = app.Write(SampleManifests.Shop(), output: sandbox.PathOf("deploy"));

        Assert.False(run.Succeeded);
        var error = Assert.Single(run.Errors);
        Assert.Equal("KMB003", error.Code);
        Assert.Equal(kustomization, error.File);
        Assert.Equal(Expected.FileNotOurs(kustomization), error.Message);
        Assert.Equal(before, sandbox.Files());
        Assert.Equal(["App", "deploy"], sandbox.Folders().Where(folder => !folder.StartsWith("App/", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_hand_written_file_at_an_objects_path_is_refused_and_so_is_a_folder_where_a_file_goes()
    {
        var deployment = sandbox.WriteFile("deploy/shop/frontend-deployment.yaml", "kind: Deployment\n");
        Directory.CreateDirectory(sandbox.PathOf("deploy", "shop", "frontend-service.yaml"));
        var before = sandbox.Files();

        var run = app.Write(SampleManifests.Shop(), output: sandbox.PathOf("deploy"));

        Assert.False(run.Succeeded);
        var folder = sandbox.PathOf("deploy", "shop", "frontend-service.yaml");
        Assert.Equal(
            [("KMB003", deployment, Expected.FileNotOurs(deployment)), ("KMB003", folder, Expected.FileNotOurs(folder))],
            run.Errors.Select(error => (error.Code, error.File, error.Message)));
        Assert.Equal(before, sandbox.Files());
    }

    [Fact]
    public void Files_of_a_person_beside_the_generated_ones_are_left_alone_by_build_and_clean()
    {
        sandbox.WriteFile("deploy/README.md", "Applied by Argo CD.\n");
        sandbox.WriteFile("deploy/shop/secret.yaml", "kind: Secret\n");
        var deploy = sandbox.PathOf("deploy");

        Assert.True(app.Write(SampleManifests.Shop(), output: deploy).Succeeded);
        var clean = app.Clean(output: deploy);

        Assert.True(clean.Succeeded, clean.ToString());
        Assert.Equal(
            new Dictionary<string, string> { ["deploy/README.md"] = "Applied by Argo CD.\n", ["deploy/shop/secret.yaml"] = "kind: Secret\n" },
            sandbox.Files().Where(file => file.Key.StartsWith("deploy/", StringComparison.Ordinal)).ToDictionary());
        Assert.False(File.Exists(app.RecordPath));
    }

    [Fact]
    public void A_build_without_changes_rewrites_nothing_not_even_its_bookkeeping()
    {
        Assert.True(app.Write(SampleManifests.Shop()).Succeeded);
        var before = Timestamps();

        var run = app.Write(SampleManifests.Shop());

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal($"Manifests: 4 files in {app.DefaultOutput()}{Path.DirectorySeparatorChar} (0 written, 4 unchanged)", run.Summary);
        Assert.Equal(before, Timestamps());
    }

    [Fact]
    public void A_generated_file_edited_by_hand_gets_its_generated_content_back_on_the_next_build()
    {
        Assert.True(app.Write(SampleManifests.Shop()).Succeeded);
        var deployment = Path.Combine(app.DefaultOutput(), "shop", "frontend-deployment.yaml");
        File.WriteAllText(deployment, "replicas: 5 # changed on the cluster's advice\n");

        var run = app.Write(SampleManifests.Shop());

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal(SampleManifests.ObjectYaml("shop/frontend-deployment.yaml", "1"), File.ReadAllText(deployment));
        Assert.Contains(Expected.Restored(deployment), run.HighMessages);
        Assert.EndsWith("(1 written, 3 unchanged)", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_deletes_the_files_the_build_wrote_and_the_folders_it_created_but_not_a_folder_that_was_there()
    {
        Directory.CreateDirectory(sandbox.PathOf("deploy"));
        var deploy = sandbox.PathOf("deploy");
        Assert.True(app.Write(SampleManifests.Shop(), output: deploy).Succeeded);

        var clean = app.Clean(output: deploy);

        Assert.True(clean.Succeeded, clean.ToString());
        Assert.Contains("Manifests: removed 4 files", clean.HighMessages);
        Assert.True(Directory.Exists(deploy));
        Assert.Empty(Directory.EnumerateFileSystemEntries(deploy));
        Assert.False(File.Exists(app.RecordPath));
    }

    [Fact]
    public void After_obj_is_deleted_the_folder_marker_still_tells_the_build_and_clean_which_files_are_theirs()
    {
        Assert.True(app.Write(SampleManifests.Shop()).Succeeded);
        Directory.Delete(sandbox.PathOf("App", "obj"), recursive: true);

        var run = app.Write(SampleManifests.Shop("2"));

        Assert.True(run.Succeeded, run.ToString());
        Assert.EndsWith("(3 written, 1 unchanged)", run.Summary, StringComparison.Ordinal);

        Directory.Delete(sandbox.PathOf("App", "obj"), recursive: true);
        var clean = app.Clean();

        Assert.True(clean.Succeeded, clean.ToString());
        Assert.False(Directory.Exists(app.DefaultOutput()));
    }

    [Fact]
    public void A_fresh_clone_of_a_repository_that_commits_the_output_builds_on_it_as_its_own()
    {
        Assert.True(app.Write(SampleManifests.Shop(), output: sandbox.PathOf("deploy")).Succeeded);
        // What git keeps: the project and the committed folder, not obj/ (nor bin/), somewhere else on another machine.
        using var clone = new OutputSandbox();
        var cloned = clone.Project();
        foreach (var (path, content) in sandbox.Files().Where(file => file.Key.StartsWith("deploy/", StringComparison.Ordinal)))
        {
            clone.WriteFile(path, content);
        }

        var run = cloned.Write(SampleManifests.Shop("2"), output: clone.PathOf("deploy"));

        Assert.True(run.Succeeded, run.ToString());
        Assert.EndsWith("(3 written, 1 unchanged)", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_record_with_no_marker_owns_nothing_so_the_build_refuses_rather_than_overwrites()
    {
        Assert.True(app.Write(SampleManifests.Shop()).Succeeded);
        File.Delete(Path.Combine(app.DefaultOutput(), ".manifests-owner"));
        File.WriteAllText(app.RecordPath, "\0\0 not a record \0");
        var before = sandbox.Files();

        var run = app.Write(SampleManifests.Shop("2"));

        Assert.False(run.Succeeded);
        Assert.Equal(4, run.Errors.Count);
        Assert.All(run.Errors, error => Assert.Equal("KMB003", error.Code));
        Assert.Equal(before, sandbox.Files());
    }

    [Fact]
    public void Files_listed_by_the_first_version_of_the_package_stay_the_builds_own_and_its_bookkeeping_goes()
    {
        var output = app.DefaultOutput();
        var files = SampleManifests.Shop();
        foreach (var (path, content) in files)
        {
            sandbox.WriteFile(sandbox.Relative(Path.Combine(output, path)), content);
        }
        var intermediate = app.Intermediate();
        Directory.CreateDirectory(intermediate);
        File.WriteAllLines(Path.Combine(intermediate, "manifests.files.txt"), files.Keys.Select(path => Path.Combine(output, path)));
        File.WriteAllText(Path.Combine(intermediate, "manifests.settings.txt"), $"ManifestsOutputPath={output}{Path.DirectorySeparatorChar}\n");
        File.WriteAllText(Path.Combine(intermediate, "manifests.stamp"), string.Empty);

        var run = app.Write(SampleManifests.Objects("1", "shop/frontend-deployment.yaml"));

        Assert.True(run.Succeeded, run.ToString());
        Assert.EndsWith("(1 written, 1 unchanged, 2 removed)", run.Summary, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(intermediate, "manifests.*"));
        Assert.Equal(["kustomization.yaml", "shop/frontend-deployment.yaml"], Directory.EnumerateFiles(output, "*.yaml", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(output, file).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal));
    }

    public void Dispose() => sandbox.Dispose();

    private Dictionary<string, DateTime> Timestamps()
        => Directory.EnumerateFiles(sandbox.Root, "*", SearchOption.AllDirectories)
            .Where(file => Path.GetExtension(file) is not ".dll")
            .ToDictionary(file => file, File.GetLastWriteTimeUtc);

    private static string Sha256(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
