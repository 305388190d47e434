using Manifests.Tests.Build.Support;

namespace Manifests.Tests.Build;

/// <summary>
/// The two paths around the written YAML in a deploy flow: a stage's kustomization, created once and then owned by the
/// team (or Kargo), never rewritten, recorded or deleted; and the committed-output check, which writes nothing and
/// fails naming every file that is not what the classes produce.
/// </summary>
public sealed class StageAndVerifyTests : IDisposable
{
    private const string StagePath = "stages/prod/kustomization.yaml";
    private const string StageSeed = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- \"../../environments/prod\"\n";

    private static readonly Dictionary<string, string> Seeds = new() { [StagePath] = StageSeed };

    private readonly OutputSandbox sandbox = new();
    private readonly SandboxProject app;

    public StageAndVerifyTests() => app = sandbox.Project();

    public void Dispose() => sandbox.Dispose();

    private string Output(string relative) => Path.Combine(app.DefaultOutput(), relative.Replace('/', Path.DirectorySeparatorChar));

    [Fact]
    public void A_missing_stage_is_created_once_and_is_neither_recorded_nor_owned()
    {
        var run = app.Write(SampleManifests.Shop(), seeds: Seeds);

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal(StageSeed, File.ReadAllText(Output(StagePath)));
        Assert.Contains(run.HighMessages, message => message.StartsWith($"Manifests: created '{Output(StagePath)}'; it is yours from now on", StringComparison.Ordinal));
        Assert.DoesNotContain("stages", File.ReadAllText(Output(".manifests-owner")), StringComparison.Ordinal);
        Assert.DoesNotContain(Output(StagePath), run.Files);
    }

    [Fact]
    public void An_edited_stage_survives_every_later_build_and_clean()
    {
        Assert.True(app.Write(SampleManifests.Shop(), seeds: Seeds).Succeeded);
        // What Kargo's kustomize-set-image step leaves behind.
        var promoted = StageSeed + "images:\n- name: idock.daumkakao.io/shop/frontend\n  newTag: 1.4.3\n";
        File.WriteAllText(Output(StagePath), promoted);

        var again = app.Write(SampleManifests.Shop("2"), seeds: Seeds);
        Assert.True(again.Succeeded, again.ToString());
        Assert.Equal(promoted, File.ReadAllText(Output(StagePath)));
        Assert.DoesNotContain(again.HighMessages, message => message.Contains("created", StringComparison.Ordinal));

        // A build that writes nothing any more, then a clean: the stage is still the team's.
        Assert.True(app.Write(new Dictionary<string, string>(), seeds: Seeds).Succeeded);
        Assert.True(app.Clean().Succeeded);
        Assert.Equal(promoted, File.ReadAllText(Output(StagePath)));
    }

    [Fact]
    public void Verify_mode_passes_when_the_folder_is_what_the_classes_produce_and_writes_nothing()
    {
        Assert.True(app.Write(SampleManifests.Shop()).Succeeded);
        var before = sandbox.Files();

        var run = app.Write(SampleManifests.Shop(), configure: task => task.VerifyOnly = true);

        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains($"Manifests: the 4 files in {app.DefaultOutput()}{Path.DirectorySeparatorChar} are what the classes produce", run.HighMessages);
        Assert.Equal(before, sandbox.Files());
        // Still the build's files: listed, so that MSBuild's incremental clean keeps them and publish copies them.
        Assert.Equal(4, run.Files.Count);
    }

    [Fact]
    public void Verify_mode_ignores_line_endings_a_windows_checkout_changes()
    {
        Assert.True(app.Write(SampleManifests.Shop()).Succeeded);
        var path = Output("shop/frontend-service.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.True(app.Write(SampleManifests.Shop(), configure: task => task.VerifyOnly = true).Succeeded);
    }

    [Fact]
    public void Verify_mode_fails_naming_each_changed_missing_and_stale_file_and_touches_none()
    {
        Assert.True(app.Write(SampleManifests.Shop()).Succeeded);
        File.WriteAllText(Output("shop/frontend-deployment.yaml"), "edited by hand\n");
        var before = sandbox.Files();
        // The classes now produce a changed Service, a new worker, and no db any more.
        var now = SampleManifests.Objects("1", "shop/frontend-deployment.yaml", "shop/frontend-service.yaml", "shop/worker-deployment.yaml");
        now["shop/frontend-service.yaml"] = SampleManifests.ObjectYaml("shop/frontend-service.yaml", "2");

        var run = app.Write(now, configure: task => task.VerifyOnly = true);

        Assert.False(run.Succeeded);
        var error = Assert.Single(run.Errors);
        Assert.Equal("KMB009", error.Code);
        Assert.Equal(
            $"Manifests: the YAML in '{app.DefaultOutput()}' is not what the classes produce (changed: kustomization.yaml, shop/frontend-deployment.yaml, shop/frontend-service.yaml; "
            + "missing: shop/worker-deployment.yaml; no longer produced: shop/db-replicaset.yaml). Nothing was written, as ManifestsVerifyOutput is true: build without it and commit the result.",
            error.Message);
        Assert.Equal(before, sandbox.Files());
    }

    [Fact]
    public void A_project_without_objects_that_never_wrote_makes_no_folder_record_or_lock_and_says_nothing()
    {
        // A test project that references the app: the package runs in it too.
        var run = app.Write(new Dictionary<string, string>());

        Assert.True(run.Succeeded, run.ToString());
        Assert.Empty(run.HighMessages);
        Assert.False(Directory.Exists(app.DefaultOutput()));
        Assert.False(File.Exists(app.RecordPath));
        Assert.False(File.Exists(app.RecordPath + ".lock"));
    }

    [Fact]
    public void A_project_without_objects_in_a_folder_another_project_writes_leaves_it_alone_without_an_error()
    {
        var other = sandbox.Project("Other");
        var shared = sandbox.PathOf("deploy");
        Assert.True(other.Write(SampleManifests.Shop(), output: shared).Succeeded);
        var before = sandbox.Files();

        // A test project in a solution whose projects share one output folder.
        var run = app.Write(new Dictionary<string, string>(), output: shared);

        Assert.True(run.Succeeded, run.ToString());
        Assert.Empty(run.Errors);
        Assert.Equal(before, sandbox.Files());
    }
}
