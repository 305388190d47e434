using Manifests.Tests.Build.Support;

namespace Manifests.Tests.Build;

/// <summary>
/// An object a class declares but the generator could not write never vanishes from the output without a word: the
/// build fails with one error per object and leaves the last good output as it was, unless the project allows it.
/// </summary>
public sealed class WithheldObjectTests : IDisposable
{
    private const string DeploymentPath = "shop/frontend-deployment.yaml";
    private const string ServicePath = "shop/frontend-service.yaml";
    private const string DeploymentReason = "Class 'Frontend' declares it, but its Deployment has an error: KM109 Replicas is -1, and a replica count cannot be negative.";
    private const string ServiceReason = "Class 'Frontend' declares it, but its Deployment has an error (KM109)";

    private readonly OutputSandbox sandbox = new();
    private readonly SandboxProject app;

    public WithheldObjectTests() => app = sandbox.Project();

    [Fact]
    public void Withheld_objects_fail_the_build_with_an_error_each_and_the_last_good_output_stays_as_it_was()
    {
        Assert.True(app.Write(SampleManifests.Shop()).Succeeded);
        var before = sandbox.Files();

        var run = app.Write(
            SampleManifests.Objects("2", "shop/db-replicaset.yaml"),
            withheld: [new Withheld(DeploymentPath, DeploymentReason), new Withheld(ServicePath, ServiceReason)]);

        Assert.False(run.Succeeded);
        Assert.Equal(
            [
                ("KMB005", app.ProjectPath, Expected.Withheld(DeploymentPath, DeploymentReason)),
                // A reason without a full stop gets one, so that the next sentence reads as one.
                ("KMB005", app.ProjectPath, Expected.Withheld(ServicePath, ServiceReason + ".")),
            ],
            run.Errors.Select(error => (error.Code, error.File, error.Message)));
        Assert.Empty(run.Warnings);
        Assert.Equal(before, sandbox.Files());
    }

    [Fact]
    public void A_withheld_object_on_a_first_build_writes_nothing_at_all()
    {
        var run = app.Write(SampleManifests.Objects("1", "shop/db-replicaset.yaml"), withheld: [new Withheld(DeploymentPath, DeploymentReason)]);

        Assert.False(run.Succeeded);
        Assert.Equal("KMB005", Assert.Single(run.Errors).Code);
        Assert.False(Directory.Exists(app.DefaultOutput()));
        Assert.False(File.Exists(app.RecordPath));
    }

    [Fact]
    public void Allowed_withheld_objects_are_warnings_and_the_other_objects_are_written_without_them()
    {
        Assert.True(app.Write(SampleManifests.Shop()).Succeeded);

        var run = app.Write(
            SampleManifests.Objects("2", "shop/db-replicaset.yaml"),
            configure: task => task.AllowWithheldObjects = true,
            withheld: [new Withheld(DeploymentPath, DeploymentReason), new Withheld(ServicePath, ServiceReason)]);

        Assert.True(run.Succeeded, run.ToString());
        Assert.Empty(run.Errors);
        Assert.Equal(
            [
                ("KMB005", app.ProjectPath, Expected.WithheldAllowed(DeploymentPath, DeploymentReason)),
                ("KMB005", app.ProjectPath, Expected.WithheldAllowed(ServicePath, ServiceReason + ".")),
            ],
            run.Warnings.Select(warning => (warning.Code, warning.File, warning.Message)));
        var output = app.DefaultOutput();
        Assert.Equal(["shop/db-replicaset.yaml"], SampleManifests.Listed(File.ReadAllText(Path.Combine(output, "kustomization.yaml"))));
        Assert.Equal(SampleManifests.ObjectYaml("shop/db-replicaset.yaml", "2"), File.ReadAllText(Path.Combine(output, "shop", "db-replicaset.yaml")));
        Assert.False(File.Exists(Path.Combine(output, "shop", "frontend-deployment.yaml")));
        Assert.EndsWith("(2 written, 0 unchanged, 2 removed)", run.Summary, StringComparison.Ordinal);
    }

    public void Dispose() => sandbox.Dispose();
}
