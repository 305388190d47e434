using Manifests.Tests.Build.Support;

namespace Manifests.Tests.Build;

/// <summary>
/// One output folder, one project: a second project's build is refused by the first one's marker, its clean deletes
/// none of the first one's files, and projects combined on purpose each write a folder of their own.
/// </summary>
public sealed class SharedFolderTests : IDisposable
{
    private readonly OutputSandbox sandbox = new();
    private readonly SandboxProject shop;
    private readonly SandboxProject billing;

    public SharedFolderTests()
    {
        shop = sandbox.Project("Shop");
        billing = sandbox.Project("Billing");
    }

    private string Deploy => sandbox.PathOf("deploy");

    [Fact]
    public void A_second_project_writing_the_same_folder_is_refused_and_writes_nothing()
    {
        Assert.True(shop.Write(SampleManifests.Shop(), output: Deploy).Succeeded);
        var before = sandbox.Files();

        var run = billing.Write(SampleManifests.Objects("1", "billing/invoices-deployment.yaml"), output: Deploy);

        Assert.False(run.Succeeded);
        var error = Assert.Single(run.Errors);
        var marker = Path.Combine(Deploy, ".manifests-owner");
        Assert.Equal("KMB004", error.Code);
        Assert.Equal(marker, error.File);
        Assert.Equal(Expected.FolderOfAnotherProject(Deploy, shop.ProjectPath, marker), error.Message);
        Assert.Equal(before, sandbox.Files());
    }

    [Fact]
    public void Cleaning_the_refused_project_deletes_none_of_the_owners_files()
    {
        Assert.True(shop.Write(SampleManifests.Shop(), output: Deploy).Succeeded);
        Assert.False(billing.Write(SampleManifests.Shop(), output: Deploy).Succeeded);
        var before = sandbox.Files();

        var clean = billing.Clean(output: Deploy);

        Assert.True(clean.Succeeded, clean.ToString());
        Assert.Equal(before, sandbox.Files());
    }

    [Fact]
    public void A_folder_given_to_another_project_after_the_build_left_it_is_not_cleaned_by_the_first()
    {
        Assert.True(shop.Write(SampleManifests.Shop(), output: Deploy).Succeeded);
        // Someone clears the folder by hand and points another project at it; the shop's record still lists it.
        Directory.Delete(Deploy, recursive: true);
        Assert.True(billing.Write(SampleManifests.Shop("billing"), output: Deploy).Succeeded);
        var before = sandbox.Files();

        var clean = shop.Clean(output: Deploy);
        var moved = shop.Write(SampleManifests.Shop(), output: sandbox.PathOf("elsewhere"));

        Assert.True(clean.Succeeded, clean.ToString());
        Assert.True(moved.Succeeded, moved.ToString());
        Assert.Equal(before.Where(file => file.Key.StartsWith("deploy/", StringComparison.Ordinal)), sandbox.Files().Where(file => file.Key.StartsWith("deploy/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Projects_combined_on_purpose_each_write_a_folder_of_their_own_beside_a_hand_written_kustomization()
    {
        var top = sandbox.WriteFile("deploy/kustomization.yaml", "resources:\n- shop\n- billing\n");

        Assert.True(shop.Write(SampleManifests.Shop(), output: Path.Combine(Deploy, "shop")).Succeeded);
        Assert.True(billing.Write(SampleManifests.Objects("1", "billing/invoices-deployment.yaml"), output: Path.Combine(Deploy, "billing")).Succeeded);
        Assert.True(shop.Clean(output: Path.Combine(Deploy, "shop")).Succeeded);

        Assert.Equal("resources:\n- shop\n- billing\n", File.ReadAllText(top));
        Assert.False(Directory.Exists(Path.Combine(Deploy, "shop")));
        Assert.Equal(
            [".manifests-owner", "billing/invoices-deployment.yaml", "kustomization.yaml"],
            Directory.EnumerateFiles(Path.Combine(Deploy, "billing"), "*", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(Path.Combine(Deploy, "billing"), file).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Two_projects_claiming_an_empty_folder_at_once_leave_it_to_exactly_one()
    {
        for (var round = 0; round < 5; round++)
        {
            var folder = sandbox.PathOf("race-" + round);
            using var start = new Barrier(2);
            var runs = new[] { (shop, "shop"), (billing, "billing") }
                .Select(entry => Task.Run(() =>
                {
                    start.SignalAndWait();
                    return entry.Item1.Write(SampleManifests.Objects("1", entry.Item2 + "/main-deployment.yaml"), output: folder);
                }))
                .ToArray();
            var results = await Task.WhenAll(runs);

            var winner = Assert.Single(results, result => result.Succeeded);
            var loser = Assert.Single(results, result => !result.Succeeded);
            // The folder's marker, or the other project's kustomization if that came first into view: either way, refused.
            Assert.Contains(Assert.Single(loser.Errors).Code, new[] { "KMB004", "KMB003" });
            var owner = winner == results[0] ? "shop" : "billing";
            Assert.Equal(
                new[] { ".manifests-owner", "kustomization.yaml", owner + "/main-deployment.yaml" }.Order(StringComparer.Ordinal),
                Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                    .Select(file => Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/'))
                    .Order(StringComparer.Ordinal));
            Assert.Equal([Path.Combine(folder, owner)], Directory.EnumerateDirectories(folder));
        }
    }

    public void Dispose() => sandbox.Dispose();
}
