using Manifests.Tests.Build.Support;

namespace Manifests.Tests.Build;

/// <summary>
/// Files the build wrote and no longer writes are deleted wherever they are: an object removed, an output folder
/// changed or dropped, writing turned off. So are the folders it created and left empty; never anything else.
/// </summary>
public sealed class StaleFolderTests : IDisposable
{
    private readonly OutputSandbox sandbox = new();
    private readonly SandboxProject app;

    public StaleFolderTests() => app = sandbox.Project();

    [Fact]
    public void A_removed_object_loses_its_file_and_the_namespace_folder_it_emptied()
    {
        Assert.True(app.Write(SampleManifests.Objects("1", [.. SampleManifests.ShopObjects, "jobs/worker-deployment.yaml"])).Succeeded);

        var run = app.Write(SampleManifests.Shop());

        Assert.True(run.Succeeded, run.ToString());
        Assert.EndsWith("(1 written, 3 unchanged, 1 removed)", run.Summary, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(app.DefaultOutput(), "jobs")));
        Assert.Equal(SampleManifests.ShopObjects, SampleManifests.Listed(File.ReadAllText(Path.Combine(app.DefaultOutput(), "kustomization.yaml"))));
    }

    [Fact]
    public void A_new_output_folder_empties_the_old_one_of_what_the_build_wrote_and_of_the_folders_it_created()
    {
        Assert.True(app.Write(SampleManifests.Shop()).Succeeded);

        var run = app.Write(SampleManifests.Shop(), output: sandbox.PathOf("deploy", "base"));

        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains($"Manifests: removed 4 files from {app.DefaultOutput()}, where this project no longer writes", run.HighMessages);
        Assert.False(Directory.Exists(app.DefaultOutput()));
        Assert.True(Directory.Exists(Path.GetDirectoryName(app.DefaultOutput())), "The folder above, $(OutDir), was not the build's to delete.");
        Assert.True(File.Exists(sandbox.PathOf("deploy", "base", "shop", "frontend-deployment.yaml")));
    }

    [Fact]
    public void Dropping_the_custom_folder_brings_the_files_back_to_the_default_one_and_removes_the_folders_made_for_them()
    {
        Assert.True(app.Write(SampleManifests.Shop()).Succeeded);
        Assert.True(app.Write(SampleManifests.Shop(), output: sandbox.PathOf("deploy", "base")).Succeeded);

        var run = app.Write(SampleManifests.Shop());

        Assert.True(run.Succeeded, run.ToString());
        Assert.False(Directory.Exists(sandbox.PathOf("deploy")), "deploy/ and deploy/base/ were made by the build, and are empty now.");
        Assert.Equal(SampleManifests.Shop()["shop/db-replicaset.yaml"], File.ReadAllText(Path.Combine(app.DefaultOutput(), "shop", "db-replicaset.yaml")));
    }

    [Fact]
    public void A_persons_file_in_the_old_folder_keeps_it_and_its_own_folders()
    {
        Assert.True(app.Write(SampleManifests.Shop(), output: sandbox.PathOf("deploy")).Succeeded);
        sandbox.WriteFile("deploy/shop/notes.md", "Scale down on Fridays.\n");

        var run = app.Write(SampleManifests.Shop());

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal(
            new Dictionary<string, string> { ["deploy/shop/notes.md"] = "Scale down on Fridays.\n" },
            sandbox.Files().Where(file => file.Key.StartsWith("deploy/", StringComparison.Ordinal)).ToDictionary());
    }

    [Fact]
    public void A_folder_Debug_and_Release_both_write_stays_until_neither_does()
    {
        var deploy = sandbox.PathOf("deploy");
        Assert.True(app.Write(SampleManifests.Shop(), output: deploy, configuration: "Debug").Succeeded);
        var release = app.Write(SampleManifests.Shop(), output: deploy, configuration: "Release");
        Assert.True(release.Succeeded, release.ToString());
        Assert.EndsWith("(0 written, 4 unchanged)", release.Summary, StringComparison.Ordinal);

        Assert.True(app.Write(SampleManifests.Shop(), configuration: "Debug").Succeeded);
        Assert.True(File.Exists(Path.Combine(deploy, "kustomization.yaml")), "Release still writes deploy/.");

        Assert.True(app.Write(SampleManifests.Shop(), configuration: "Release").Succeeded);
        Assert.False(Directory.Exists(deploy));
    }

    [Fact]
    public void Turning_ManifestsWriteFiles_off_removes_what_the_build_wrote()
    {
        Assert.True(app.Write(SampleManifests.Shop()).Succeeded);

        var run = app.Write(SampleManifests.Shop(), configure: task => task.WriteFiles = false);

        Assert.True(run.Succeeded, run.ToString());
        Assert.False(Directory.Exists(app.DefaultOutput()));
        Assert.False(File.Exists(app.RecordPath));
        Assert.Empty(run.Files);
    }

    [Fact]
    public void A_file_that_cannot_be_deleted_is_a_warning_stays_in_the_record_and_goes_on_a_later_build()
    {
        Assert.True(app.Write(SampleManifests.Shop()).Succeeded);
        var service = Path.Combine(app.DefaultOutput(), "shop", "frontend-service.yaml");
        var reason = $"The process cannot access the file '{service}' because it is being used by another process.";
        var held = new FaultyFileSystem { DeleteFault = path => path == service ? new IOException(reason) : null };

        var run = app.Write(SampleManifests.Objects("1", "shop/frontend-deployment.yaml"), configure: task =>
        {
            task.FileSystem = held;
            task.Retries = 2;
        });

        Assert.True(run.Succeeded, run.ToString());
        var warning = Assert.Single(run.Warnings);
        Assert.Equal(("KMB008", service, Expected.DeleteFailed(service, reason)), (warning.Code, warning.File, warning.Message));
        Assert.True(File.Exists(service));
        Assert.Contains(service, File.ReadAllText(app.RecordPath), StringComparison.Ordinal);

        var later = app.Write(SampleManifests.Objects("1", "shop/frontend-deployment.yaml"));

        Assert.True(later.Succeeded, later.ToString());
        Assert.EndsWith("(0 written, 2 unchanged, 1 removed)", later.Summary, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(service)!) && File.Exists(service));
    }

    public void Dispose() => sandbox.Dispose();
}
