using Manifests.PackageTests.Support;
using static Manifests.PackageTests.Support.BuildLog;
using static Manifests.PackageTests.Support.ConsumerProject;

namespace Manifests.PackageTests;

/// <summary>
/// The output folder as a user meets it through the packed package: it follows ManifestsOutputPath and leaves nothing
/// behind, refuses to overwrite a team's own files or another project's folder (and cleans neither), keeps the last
/// good output when an object is withheld, and goes along with <c>dotnet publish</c>.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class OutputFolderTests(PackageFixture package)
{
    [Fact]
    public void Changing_the_output_path_moves_the_files_and_leaves_nothing_in_the_old_folder()
    {
        using var consumer = package.CreateConsumer().WithShop();
        consumer.BuildSucceeds();
        var defaultFolder = consumer.DefaultManifestsDirectory;

        // On the command line: nothing is recompiled, yet the files must move.
        var onCommandLine = consumer.BuildSucceeds("minimal", "-p:ManifestsOutputPath=ci-out/");

        var ciOut = Path.Combine(consumer.Root, "ci-out");
        Assert.Equal(Shop.OutputFolder, FilesUnder(ciOut));
        Assert.Equal(ciOut, Assert.Single(SummaryLines(onCommandLine)).Directory);
        Assert.False(Directory.Exists(defaultFolder), "The old folder and its namespace folder were the build's, and are empty now.");

        consumer.SetProject("<ManifestsOutputPath>deploy/base/</ManifestsOutputPath>");
        consumer.BuildSucceeds();

        var deploy = Path.Combine(consumer.Root, "deploy");
        Assert.Equal(Shop.OutputFolder, FilesUnder(Path.Combine(deploy, "base")));
        Assert.False(Directory.Exists(ciOut));

        consumer.SetProject();
        var back = consumer.BuildSucceeds();

        Assert.Equal(Shop.OutputFolder, FilesUnder(defaultFolder));
        Assert.False(Directory.Exists(deploy), "deploy/ and deploy/base/ were made by the build, and are empty now.");
        Assert.Equal("(12 written, 0 unchanged)", Assert.Single(SummaryLines(back)).Tally);
    }

    [Fact]
    public void A_hand_written_kustomization_in_the_output_folder_is_refused_and_left_alone_by_build_and_clean()
    {
        using var consumer = package.CreateConsumer().WithShop();
        consumer.SetProject("<ManifestsOutputPath>deploy/</ManifestsOutputPath>");
        const string handWritten = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- ../base\n";
        var kustomization = consumer.WriteFile("deploy/kustomization.yaml", handWritten);

        var build = consumer.Build();

        Assert.False(build.Succeeded, build.ToString());
        Assert.Equal(
            [$"{kustomization} : error KMB003: Manifests: '{kustomization}' is in the way: this project's build did not write it, and never overwrites or deletes what it did not write, so nothing was written. Move it elsewhere, or set ManifestsOutputPath to a folder of the build's own."],
            ErrorLines(build));
        Assert.Equal(["kustomization.yaml"], FilesUnder(Path.Combine(consumer.Root, "deploy")));
        Assert.Equal(handWritten, File.ReadAllText(kustomization));

        var clean = consumer.Clean();

        Assert.True(clean.Succeeded, clean.ToString());
        Assert.Equal(["kustomization.yaml"], FilesUnder(Path.Combine(consumer.Root, "deploy")));
        Assert.Equal(handWritten, File.ReadAllText(kustomization));
    }

    [Fact]
    public void A_second_project_on_the_same_folder_is_refused_and_its_clean_deletes_none_of_the_first_ones_files()
    {
        var shared = "shared-" + Guid.NewGuid().ToString("N")[..8];
        using var owner = package.CreateConsumer().WithShop();
        using var intruder = package.CreateConsumer().WithShop();
        owner.SetProject($"<ManifestsOutputPath>../{shared}/</ManifestsOutputPath>");
        intruder.SetProject($"<ManifestsOutputPath>../{shared}/</ManifestsOutputPath>");
        var folder = Path.Combine(package.WorkDirectory, shared);
        try
        {
            owner.BuildSucceeds();
            var written = Contents(folder);

            var refused = intruder.Build();

            Assert.False(refused.Succeeded, refused.ToString());
            var marker = Path.Combine(folder, Shop.Marker);
            Assert.Equal(
                [$"{marker} : error KMB004: Manifests: the output folder '{folder}' belongs to the project '{owner.ProjectFile}' (so says '{marker}'); nothing was written. Give each project an output folder of its own, and list them in a kustomization of yours to deploy them together."],
                ErrorLines(refused));
            Assert.Equal(written, Contents(folder));

            var clean = intruder.Clean();

            Assert.True(clean.Succeeded, clean.ToString());
            Assert.Equal(written, Contents(folder));
        }
        finally
        {
            PackageFixture.TryDelete(folder);
        }
    }

    [Fact]
    public void Withheld_objects_fail_the_build_and_keep_the_last_good_output_unless_the_project_allows_them()
    {
        using var consumer = package.CreateConsumer().WithShop();
        consumer.BuildSucceeds();
        var output = consumer.DefaultManifestsDirectory;
        var lastGood = Contents(output);
        // What the generator leaves in the assembly for an object it could not write; spelled out here by hand.
        const string reason = "Class 'Frontend' declares it, but its Deployment has an error (KM109).";
        consumer.WriteFile("Withheld.cs", $$"""
            namespace Manifests.Generated.Files
            {
                [Manifests.ManifestWithheld("shop/web-deployment.yaml", "{{reason}}")]
                internal static class Withheld { }
            }

            """);
        consumer.DeleteFile("Database.cs");

        var refused = consumer.Build();

        Assert.False(refused.Succeeded, refused.ToString());
        Assert.Equal(
            [$"{consumer.ProjectFile} : error KMB005: Manifests: 'shop/web-deployment.yaml' was not generated: {reason} Nothing was written or deleted, so the output folder keeps the files of the last good build. Fix the class, or set ManifestsAllowWithheldObjects to true to write the other objects without it."],
            ErrorLines(refused));
        Assert.Equal(lastGood, Contents(output));

        consumer.SetProject("<ManifestsAllowWithheldObjects>true</ManifestsAllowWithheldObjects>");
        var allowed = consumer.BuildSucceeds();

        Assert.Equal(
            [$"{consumer.ProjectFile} : warning KMB005: Manifests: 'shop/web-deployment.yaml' was not generated: {reason} The other objects are written without it, as ManifestsAllowWithheldObjects is true."],
            WarningLines(allowed));
        Assert.Equal(Shop.OutputFolder.Where(file => !file.StartsWith("shop/db-", StringComparison.Ordinal)), FilesUnder(output));
    }

    [Fact]
    public void A_class_whose_error_was_downgraded_to_a_warning_fails_the_build_instead_of_losing_its_objects()
    {
        using var consumer = package.CreateConsumer().WithShop();
        consumer.BuildSucceeds();
        var output = consumer.DefaultManifestsDirectory;
        var lastGood = Contents(output);
        consumer.WriteFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.KM109.severity = warning\n");
        consumer.WriteFile("Backend.cs", Shop.Backend.Replace("Replicas = 2", "Replicas = -1", StringComparison.Ordinal));

        var build = consumer.Build();

        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains(ErrorLines(build), line => line.StartsWith(
            $"{consumer.ProjectFile} : error KMB005: Manifests: 'shop/backend-deployment.yaml' was not generated: 'Shop.Backend' has an error, KM109: Replicas is -1: it must be 0 or more",
            StringComparison.Ordinal));
        Assert.Equal(lastGood, Contents(output));
    }

    [Fact]
    public void Publish_carries_the_manifests_into_the_publish_folder()
    {
        using var consumer = package.CreateConsumer().WithShop();

        var publish = consumer.Publish();

        Assert.True(publish.Succeeded, publish.ToString());
        var published = Path.Combine(consumer.Root, "bin", "Release", "net10.0", "publish", "manifests");
        Assert.Equal(Shop.Files, FilesUnder(published));
        Assert.Equal(Contents(Path.Combine(consumer.Root, "bin", "Release", "net10.0", "manifests")).Where(file => file.Key != Shop.Marker), Contents(published));
    }
}
