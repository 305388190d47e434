using Manifests.Tests.Build.Support;

namespace Manifests.Tests.Build;

/// <summary>
/// Safe to watch: each file appears whole (written beside it, then renamed into place), the kustomization last,
/// transient failures are retried, a failed write leaves a consistent folder, and two builds of one project at once
/// take turns. Paths that cannot be written are refused before anything is.
/// </summary>
public sealed class WriteSafetyTests : IDisposable
{
    private readonly OutputSandbox sandbox = new();
    private readonly SandboxProject app;

    public WriteSafetyTests() => app = sandbox.Project();

    private string Output => app.DefaultOutput();

    [Fact]
    public void Every_file_is_written_beside_its_place_then_renamed_into_it_and_the_kustomization_comes_last()
    {
        Assert.True(app.Write(SampleManifests.Shop()).Succeeded);
        var spy = new FaultyFileSystem();

        var run = app.Write(SampleManifests.Objects("2", [.. SampleManifests.ShopObjects, "jobs/worker-deployment.yaml"]), configure: task => task.FileSystem = spy);

        Assert.True(run.Succeeded, run.ToString());
        var worker = Path.Combine(Output, "jobs", "worker-deployment.yaml");
        var yaml = spy.Placed.Where(placed => placed.Destination.EndsWith(".yaml", StringComparison.Ordinal)).ToList();
        // A new file's name is taken first (never a rename over a file that appeared meanwhile), then filled in one step.
        Assert.Equal([("create", worker), ("replace", worker)], yaml.Where(placed => placed.Destination == worker).Select(placed => (placed.Operation, placed.Destination)));
        var replaced = yaml.Where(placed => placed.Operation == "replace").ToList();
        Assert.Equal(5, replaced.Count);
        Assert.Equal(Path.Combine(Output, "kustomization.yaml"), replaced[^1].Destination);
        Assert.All(replaced, placed =>
        {
            Assert.Equal(Path.GetDirectoryName(placed.Destination), Path.GetDirectoryName(placed.Source));
            Assert.Matches(@"^\.manifests-[0-9a-f]{12}\.tmp$", Path.GetFileName(placed.Source));
        });
        Assert.Empty(Directory.EnumerateFiles(sandbox.Root, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_file_held_for_a_moment_is_tried_again_and_written()
    {
        var deployment = Path.Combine(Output, "shop", "frontend-deployment.yaml");
        var failures = 0;
        var reason = "The process cannot access the file because it is being used by another process.";
        var held = new FaultyFileSystem { PlaceFault = path => path == deployment && Interlocked.Increment(ref failures) <= 2 ? new IOException(reason) : null };

        var run = app.Write(SampleManifests.Shop(), configure: task =>
        {
            task.FileSystem = held;
            task.Retries = 3;
        });

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal(SampleManifests.ObjectYaml("shop/frontend-deployment.yaml", "1"), File.ReadAllText(deployment));
        Assert.Equal(
            [$"Manifests: '{deployment}': {reason} Trying again in 0 ms (1 of 3).", $"Manifests: '{deployment}': {reason} Trying again in 0 ms (2 of 3)."],
            run.Engine.Messages.Select(message => message.Message).Where(message => message!.Contains("Trying again", StringComparison.Ordinal)));
        Assert.Empty(Directory.EnumerateFiles(sandbox.Root, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_write_that_keeps_failing_is_KMB002_and_leaves_a_kustomization_that_lists_only_files_that_exist()
    {
        Assert.True(app.Write(SampleManifests.Objects("1", "shop/frontend-deployment.yaml", "shop/frontend-service.yaml")).Succeeded);
        var worker = Path.Combine(Output, "jobs", "worker-deployment.yaml");
        var reason = "Access to the path is denied.";
        var held = new FaultyFileSystem { PlaceFault = path => path == worker ? new UnauthorizedAccessException(reason) : null };
        var next = SampleManifests.Objects("2", "jobs/worker-deployment.yaml", "shop/frontend-deployment.yaml");

        var run = app.Write(next, configure: task =>
        {
            task.FileSystem = held;
            task.Retries = 2;
        });

        Assert.False(run.Succeeded);
        var error = Assert.Single(run.Errors);
        Assert.Equal(("KMB002", worker, Expected.WriteFailed(worker, reason)), (error.Code, error.File, error.Message));
        var kustomization = File.ReadAllText(Path.Combine(Output, "kustomization.yaml"));
        Assert.Equal(SampleManifests.KustomizationListing(["shop/frontend-deployment.yaml", "shop/frontend-service.yaml"]), kustomization);
        Assert.All(SampleManifests.Listed(kustomization), path => Assert.True(File.Exists(Path.Combine(Output, path)), path));
        Assert.False(File.Exists(worker));
        Assert.Empty(Directory.EnumerateFiles(sandbox.Root, "*.tmp", SearchOption.AllDirectories));
        // The file it failed to create is not the build's: one a person puts there is refused, not overwritten.
        Assert.DoesNotContain(worker, File.ReadAllText(app.RecordPath), StringComparison.Ordinal);
        Assert.DoesNotContain("worker", File.ReadAllText(Path.Combine(Output, ".manifests-owner")), StringComparison.Ordinal);

        var retry = app.Write(next);

        Assert.True(retry.Succeeded, retry.ToString());
        Assert.EndsWith("(3 written, 0 unchanged, 1 removed)", retry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_someone_creates_at_a_new_path_while_the_build_runs_is_left_alone()
    {
        var worker = Path.Combine(Output, "jobs", "worker-deployment.yaml");
        var meddler = new FaultyFileSystem { BeforeCreate = path => { if (path == worker) { File.WriteAllText(path, "theirs\n"); } } };

        var run = app.Write(SampleManifests.Objects("1", "jobs/worker-deployment.yaml"), configure: task => task.FileSystem = meddler);

        Assert.False(run.Succeeded);
        var error = Assert.Single(run.Errors);
        Assert.Equal(("KMB003", worker, Expected.FileNotOurs(worker)), (error.Code, error.File, error.Message));
        Assert.Equal("theirs\n", File.ReadAllText(worker));
        Assert.False(File.Exists(Path.Combine(Output, "kustomization.yaml")));
    }

    [Fact]
    public async Task Two_builds_of_one_project_at_once_both_succeed_and_leave_exact_output()
    {
        for (var round = 0; round < 5; round++)
        {
            using var start = new Barrier(2);
            var version = round.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            {
                start.SignalAndWait();
                return app.Write(SampleManifests.Shop(version));
            })));

            Assert.All(runs, run => Assert.True(run.Succeeded, run.ToString()));
            foreach (var (path, content) in SampleManifests.Shop(version))
            {
                Assert.Equal(content, File.ReadAllText(Path.Combine(Output, path)));
            }
        }
    }

    [Fact]
    public async Task A_build_waits_for_another_build_of_the_project_to_let_go_of_the_lock()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(app.RecordPath)!);
        var lockPath = app.RecordPath + ".lock";
        var waitingMessage = $"Manifests: waiting for another build of this project to finish with its output ({lockPath})";
        var engine = new CapturingBuildEngine();
        Task<TaskRun> building;
        using (new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            building = Task.Run(() => app.Write(SampleManifests.Shop(), engine: engine));
            // Let go once the build says it waits: before that, there would be nothing to wait for.
            for (var deadline = DateTime.UtcNow.AddMinutes(1); !engine.Said(waitingMessage); await Task.Delay(10))
            {
                Assert.True(DateTime.UtcNow < deadline, "The build did not say that it waits for the lock.");
                if (building.IsCompleted)
                {
                    Assert.Fail("The build finished while another held the lock:\n" + await building);
                }
            }
            Assert.False(Directory.Exists(Output), "The build wrote while another held the lock.");
        }
        var run = await building;

        Assert.True(run.Succeeded, run.ToString());
        foreach (var (path, content) in SampleManifests.Shop())
        {
            Assert.Equal(content, File.ReadAllText(Path.Combine(Output, path)));
        }
    }

    [Fact]
    public void A_lock_held_past_the_timeout_is_KMB007_and_nothing_is_written()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(app.RecordPath)!);
        var lockPath = app.RecordPath + ".lock";
        using var held = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var run = app.Write(SampleManifests.Shop(), configure: task => task.LockTimeout = TimeSpan.Zero);

        Assert.False(run.Succeeded);
        var error = Assert.Single(run.Errors);
        Assert.Equal(("KMB007", lockPath, Expected.ProjectLocked(lockPath, 0)), (error.Code, error.File, error.Message));
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void A_record_that_cannot_be_written_is_KMB002_before_any_file_is()
    {
        // A folder where the record goes: as unwritable as a read-only obj/, on every system.
        Directory.CreateDirectory(app.RecordPath);

        var run = app.Write(SampleManifests.Shop(), configure: task => task.Retries = 0);

        Assert.False(run.Succeeded);
        var error = Assert.Single(run.Errors);
        Assert.Equal(("KMB002", app.RecordPath), (error.Code, error.File));
        Assert.StartsWith("Manifests: could not keep the record of the files the build wrote: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(" Build again once the file can be written.", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void A_file_name_longer_than_file_systems_allow_is_KMB006_before_anything_is_written()
    {
        var name = new string('a', 240) + "-deployment.yaml";

        var run = app.Write(SampleManifests.Objects("1", "shop/frontend-deployment.yaml", "shop/" + name));

        Assert.False(run.Succeeded);
        var error = Assert.Single(run.Errors);
        var file = Path.Combine(Output, "shop", name);
        Assert.Equal(("KMB006", file, Expected.NameTooLong(file, name, 256)), (error.Code, error.File, error.Message));
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void A_path_that_leaves_the_output_folder_is_KMB001_and_nothing_is_written()
    {
        var run = app.Write(SampleManifests.Objects("1", "shop/frontend-deployment.yaml", "../../escape.yaml"));

        Assert.False(run.Succeeded);
        var error = Assert.Single(run.Errors);
        Assert.Equal("KMB001", error.Code);
        Assert.Equal(Expected.PathLeavesFolder("../../escape.yaml"), error.Message);
        Assert.False(Directory.Exists(Output));
        Assert.False(File.Exists(sandbox.PathOf("App", "bin", "escape.yaml")));
    }

    public void Dispose() => sandbox.Dispose();
}
