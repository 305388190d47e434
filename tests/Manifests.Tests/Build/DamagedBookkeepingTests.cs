using Manifests.Tests.Build.Support;

namespace Manifests.Tests.Build;

/// <summary>
/// The record in obj/ and the folder's marker are files anyone can edit or damage: what they say is believed only
/// where the build may have written, so no line of them can aim a delete outside the output folder.
/// </summary>
public sealed class DamagedBookkeepingTests : IDisposable
{
    private readonly OutputSandbox sandbox = new();
    private readonly SandboxProject app;

    public DamagedBookkeepingTests() => app = sandbox.Project();

    public void Dispose() => sandbox.Dispose();

    [Fact]
    public void A_record_line_that_climbs_out_of_the_folder_with_dot_dot_deletes_nothing_there()
    {
        Assert.True(app.Write(SampleManifests.Shop()).Succeeded);
        var victim = sandbox.WriteFile("victim.txt", "the team's\n");
        var output = app.DefaultOutput();
        File.AppendAllText(app.RecordPath, $"file\t\t{output}{Path.DirectorySeparatorChar}..{Path.DirectorySeparatorChar}..{Path.DirectorySeparatorChar}..{Path.DirectorySeparatorChar}..{Path.DirectorySeparatorChar}..{Path.DirectorySeparatorChar}victim.txt\n");

        var run = app.Write(new Dictionary<string, string>());

        Assert.True(run.Succeeded, run.ToString());
        Assert.True(File.Exists(victim));
    }

    [Fact]
    public void A_marker_that_names_a_folder_above_the_output_folder_does_not_get_it_deleted_on_clean()
    {
        var deploy = sandbox.PathOf("deploy");
        Directory.CreateDirectory(deploy);
        var output = Path.Combine(deploy, "shop-out");
        Assert.True(app.Write(SampleManifests.Shop(), output: output).Succeeded);
        // A marker edited by hand (or committed from elsewhere) that claims the folder above.
        File.AppendAllText(Path.Combine(output, ".manifests-owner"), "directory\t..\n");
        File.Delete(app.RecordPath);

        Assert.True(app.Write(SampleManifests.Shop(), output: output).Succeeded);
        Assert.True(app.Clean(output).Succeeded);

        Assert.True(Directory.Exists(deploy), "deploy/ was there before the build: the build must not remove it");
    }
}
