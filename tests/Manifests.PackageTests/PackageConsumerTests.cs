using Manifests.PackageTests.Support;
using static Manifests.PackageTests.Support.BuildLog;
using static Manifests.PackageTests.Support.ConsumerProject;

namespace Manifests.PackageTests;

/// <summary>
/// The packed Manifests package in a user's project: what <c>dotnet build</c> and <c>dotnet clean</c> do to the YAML
/// on disk in the everyday cases. Every test builds its own consumer project; all of them share one pack
/// (<see cref="PackageCollection"/>).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackageConsumerTests(PackageFixture package)
{
    [Fact]
    public void Build_writes_every_object_and_a_kustomization_to_the_default_folder()
    {
        using var consumer = package.CreateConsumer().WithShop();

        var build = consumer.BuildSucceeds();

        var output = consumer.DefaultManifestsDirectory;
        Assert.Equal(Shop.OutputFolder, FilesUnder(output));
        Assert.Equal(
            "# Manifests: the build of the project below writes this folder's generated files; no other project's build may.\n"
                + "# It rewrites and deletes only the files listed here. Delete this file only together with them.\n"
                + $"project\t../../../../{ConsumerProject.ProjectName}.csproj\ndirectory\t.\ndirectory\tshop\n"
                + string.Concat(Shop.Files.Select(file => $"file\t{file}\n")),
            Read(output, Shop.Marker));

        var deployment = Read(output, "shop/frontend-deployment.yaml");
        Assert.StartsWith("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: frontend\n  namespace: shop\n", deployment);
        // The autoscaler owns the frontend's count, so the Deployment writes none.
        Assert.DoesNotContain("replicas:", deployment, StringComparison.Ordinal);
        Assert.Contains("\n        image: idock.daumkakao.io/shop/frontend:1.4.2\n", deployment);
        Assert.Contains("\n      - key: node-role.dkosv3.9rum.cc/lb\n", deployment);
        Assert.Contains("\n  minReplicas: 3\n  maxReplicas: 10\n", Read(output, "shop/frontend-horizontalpodautoscaler.yaml"));
        Assert.Contains("\n  - host: shop.example.com\n", Read(output, "shop/frontend-ingress.yaml"));

        var service = Read(output, "shop/frontend-service.yaml");
        Assert.StartsWith("apiVersion: v1\nkind: Service\nmetadata:\n  name: frontend\n  namespace: shop\n", service);
        Assert.Contains("\n    port: 80\n    targetPort: http\n", service);

        var statefulSet = Read(output, "shop/db-statefulset.yaml");
        Assert.StartsWith("apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\n  namespace: shop\n", statefulSet);
        Assert.Contains("\n        image: idock.daumkakao.io/shop/db:15.4\n", statefulSet);
        Assert.Contains("\n  serviceName: db\n", statefulSet);

        var backend = Read(output, "shop/backend-deployment.yaml");
        Assert.Contains("image: idock.daumkakao.io/shop/backend:2.0.1\n", backend);
        Assert.Contains("image: idock.daumkakao.io/shop/log-shipper:1.2.0\n", backend);

        Assert.Equal(
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n"
                + string.Concat(Shop.Files.Where(file => file != "kustomization.yaml").Select(file => $"- {file}\n")),
            Read(output, "kustomization.yaml"));

        var summary = Assert.Single(SummaryLines(build));
        Assert.Equal(output, summary.Directory);
        Assert.Equal(12, summary.Count);
        Assert.Equal("(12 written, 0 unchanged)", summary.Tally);
        AssertNoWarnings(build);
    }

    [Fact]
    public void A_build_without_changes_rewrites_nothing_and_one_after_a_hand_edit_restores_the_file()
    {
        using var consumer = package.CreateConsumer().WithShop();
        consumer.BuildSucceeds();
        var output = consumer.DefaultManifestsDirectory;
        var before = Timestamps(output);
        var contents = Contents(output);

        var again = consumer.BuildSucceeds();

        Assert.Equal(before, Timestamps(output));
        Assert.Equal(contents, Contents(output));
        Assert.Equal("(0 written, 12 unchanged)", Assert.Single(SummaryLines(again)).Tally);
        AssertNoWarnings(again);

        // Someone rolls the image back in the generated file instead of the class; nothing was recompiled since.
        var deployment = Path.Combine(output, "shop", "frontend-deployment.yaml");
        File.WriteAllText(deployment, contents["shop/frontend-deployment.yaml"].Replace("frontend:1.4.2", "frontend:1.4.1", StringComparison.Ordinal));
        var edited = Timestamps(output);

        var restoring = consumer.BuildSucceeds();

        Assert.Equal(contents, Contents(output));
        Assert.Equal("(1 written, 11 unchanged)", Assert.Single(SummaryLines(restoring)).Tally);
        Assert.Contains($"Manifests: restored '{deployment}', which was edited after the build wrote it: the YAML comes from the C# classes, change them instead", restoring.Log, StringComparison.Ordinal);
        Assert.Equal(edited.Where(file => file.Key != "shop/frontend-deployment.yaml"), Timestamps(output).Where(file => file.Key != "shop/frontend-deployment.yaml"));
    }

    [Fact]
    public void Editing_one_class_rewrites_only_that_class_files()
    {
        using var consumer = package.CreateConsumer().WithShop();
        consumer.BuildSucceeds();
        var output = consumer.DefaultManifestsDirectory;
        var before = Timestamps(output);
        var contents = Contents(output);

        consumer.WriteFile("Frontend.cs", Shop.Frontend.Replace("frontend:1.4.2", "frontend:1.5.0", StringComparison.Ordinal));
        var build = consumer.BuildSucceeds();

        var after = Timestamps(output);
        Assert.Equal(Shop.OutputFolder, after.Keys.Order(StringComparer.Ordinal));
        Assert.NotEqual(before["shop/frontend-deployment.yaml"], after["shop/frontend-deployment.yaml"]);
        Assert.Contains("image: idock.daumkakao.io/shop/frontend:1.5.0\n", Read(output, "shop/frontend-deployment.yaml"));
        foreach (var file in Shop.OutputFolder.Where(file => file != "shop/frontend-deployment.yaml"))
        {
            Assert.True(before[file] == after[file], $"{file} was rewritten although its content did not change.");
            Assert.Equal(contents[file], Read(output, file));
        }
        Assert.Equal("(1 written, 11 unchanged)", Assert.Single(SummaryLines(build)).Tally);
    }

    [Fact]
    public void Removing_a_class_deletes_its_files_and_its_kustomization_entries()
    {
        using var consumer = package.CreateConsumer().WithShop();
        consumer.BuildSucceeds();
        var output = consumer.DefaultManifestsDirectory;
        var before = Timestamps(output);

        consumer.DeleteFile("Database.cs");
        var build = consumer.BuildSucceeds();

        var remaining = Shop.OutputFolder.Where(file => !file.StartsWith("shop/db-", StringComparison.Ordinal)).ToArray();
        Assert.Equal(remaining, FilesUnder(output));
        var kustomization = Read(output, "kustomization.yaml");
        Assert.DoesNotContain("db-", kustomization, StringComparison.Ordinal);
        Assert.Contains("- shop/frontend-deployment.yaml\n", kustomization);
        var after = Timestamps(output);
        foreach (var file in remaining.Where(file => file is not "kustomization.yaml" and not Shop.Marker))
        {
            Assert.True(before[file] == after[file], $"{file} was rewritten although its content did not change.");
        }
        Assert.Equal("(1 written, 9 unchanged, 2 removed)", Assert.Single(SummaryLines(build)).Tally);
    }

    [Fact]
    public void Clean_deletes_the_yaml_files()
    {
        using var consumer = package.CreateConsumer().WithShop();
        consumer.BuildSucceeds();
        Assert.NotEmpty(FilesUnder(consumer.DefaultManifestsDirectory));

        var clean = consumer.Clean();

        Assert.True(clean.Succeeded, clean.ToString());
        Assert.False(Directory.Exists(consumer.DefaultManifestsDirectory));
        // The lock file stays: deleting one that another build is about to open would let two builds in at once.
        Assert.Equal(
            [$"{ConsumerProject.ProjectName}.manifests.record.lock"],
            FilesUnder(Path.Combine(consumer.Root, "obj")).Where(file => file.Contains("manifests", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_relative_ManifestsOutputPath_receives_the_files_and_clean_deletes_them_there()
    {
        using var consumer = package.CreateConsumer().WithShop();
        consumer.SetProject("<ManifestsOutputPath>deploy/</ManifestsOutputPath>");

        var build = consumer.BuildSucceeds();

        var deploy = Path.Combine(consumer.Root, "deploy");
        Assert.Equal(Shop.OutputFolder, FilesUnder(deploy));
        Assert.Empty(FilesUnder(consumer.DefaultManifestsDirectory));
        Assert.Equal(deploy, Assert.Single(SummaryLines(build)).Directory);
        AssertNoWarnings(build);

        var clean = consumer.Clean();

        Assert.True(clean.Succeeded, clean.ToString());
        Assert.False(Directory.Exists(deploy), "deploy/ was made by the build and is empty now.");
    }

    [Fact]
    public void The_artifacts_output_layout_gets_the_files_and_keeps_the_bookkeeping_in_its_obj_folder()
    {
        using var consumer = package.CreateConsumer().WithShop();
        // The .NET 8+ layout: OutDir and IntermediateOutputPath become absolute paths under artifacts/.
        consumer.WriteFile("Directory.Build.props", "<Project><PropertyGroup><UseArtifactsOutput>true</UseArtifactsOutput></PropertyGroup></Project>\n");

        var build = consumer.BuildSucceeds();

        var output = Path.Combine(consumer.Root, "artifacts", "bin", ConsumerProject.ProjectName, "debug", "manifests");
        Assert.Equal(Shop.OutputFolder, FilesUnder(output));
        Assert.Equal(output, Assert.Single(SummaryLines(build)).Directory);
        var obj = $"artifacts/obj/{ConsumerProject.ProjectName}/";
        Assert.Equal(
            [obj + ConsumerProject.ProjectName + ".manifests.record", obj + ConsumerProject.ProjectName + ".manifests.record.lock"],
            FilesUnder(consumer.Root).Where(file => file.Contains(".manifests.", StringComparison.Ordinal)));

        var clean = consumer.Clean();

        Assert.True(clean.Succeeded, clean.ToString());
        Assert.Empty(FilesUnder(output));
    }

    [Fact]
    public void Two_builds_from_scratch_write_the_same_bytes()
    {
        using var consumer = package.CreateConsumer().WithShop();
        consumer.BuildSucceeds();
        var output = consumer.DefaultManifestsDirectory;
        var first = FilesUnder(output).ToDictionary(file => file, file => File.ReadAllBytes(Path.Combine(output, file)));

        consumer.DeleteFolder("bin");
        consumer.DeleteFolder("obj");
        consumer.BuildSucceeds();

        var second = FilesUnder(output);
        Assert.Equal(first.Keys, second);
        foreach (var file in second)
        {
            Assert.True(first[file].AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, file))), $"{file} differs between the two builds.");
        }
        // UTF-8 without a byte order mark, '\n' line endings.
        Assert.All(first.Values, bytes => Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8)));
        Assert.All(first.Values, bytes => Assert.DoesNotContain((byte)'\r', bytes));
    }

    [Fact]
    public void An_invalid_attribute_fails_the_build_with_its_KM_error_at_the_attribute()
    {
        using var consumer = package.CreateConsumer().WithShop();
        var source = Shop.Backend.Replace("Replicas = 2", "Replicas = -1", StringComparison.Ordinal);
        consumer.WriteFile("Backend.cs", source);

        var build = consumer.Build();

        Assert.False(build.Succeeded, "The build succeeded with Replicas = -1:\n" + build.Log);
        var errors = ErrorLines(build);
        var error = Assert.Single(errors);
        // The error sits on the "-1" of [Deployment(Replicas = -1)], 1-based as the compiler prints it.
        var lines = source.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("Replicas = -1", StringComparison.Ordinal));
        var column = lines[line].IndexOf("-1", StringComparison.Ordinal);
        Assert.StartsWith(Path.Combine(consumer.Root, "Backend.cs") + $"({line + 1},{column + 1}): error KM109: ", error);
        Assert.Contains("-1", error, StringComparison.Ordinal);
        Assert.Empty(SummaryLines(build));
        Assert.Empty(FilesUnder(consumer.DefaultManifestsDirectory));
    }

    [Fact]
    public void The_registry_catalog_and_cluster_profile_reach_the_analyzers_in_a_users_build()
    {
        using var consumer = package.CreateConsumer().WithShop();
        consumer.SetProject(
            properties: "<ManifestsAllowedRegistries>idock.daumkakao.io</ManifestsAllowedRegistries>",
            items: """<ManifestsImageCatalog Include="registry/images.txt" /><ManifestsClusterNodes Include="cluster/nodes.yaml" />""");
        consumer.WriteFile("registry/images.txt", "idock.daumkakao.io/shop/frontend:1.4.2\nidock.daumkakao.io/shop/backend:2.0.1\nidock.daumkakao.io/shop/db:15.4\n");
        // Only the load-balancer node: the frontend tolerates it, the backend and db do not.
        consumer.WriteFile("cluster/nodes.yaml", """
            apiVersion: v1
            kind: Node
            metadata:
              name: lb-1
            spec:
              taints:
              - key: node-role.dkosv3.9rum.cc/lb
                value: "true"
                effect: NoSchedule
            """);

        var build = consumer.BuildSucceeds();

        var warnings = WarningLines(build);
        // The log-shipper sidecar was never brought into the registry (the seed's second mistake).
        Assert.Contains(warnings, w => w.StartsWith(Path.Combine(consumer.Root, "Backend.cs"), StringComparison.Ordinal)
            && w.Contains("warning KM203: Image 'idock.daumkakao.io/shop/log-shipper:1.2.0' is not in the image catalog", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith(Path.Combine(consumer.Root, "Backend.cs"), StringComparison.Ordinal)
            && w.Contains("warning KM301: 0/1 nodes are available: 1 node(s) had untolerated taint {node-role.dkosv3.9rum.cc/lb: true}.", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith(Path.Combine(consumer.Root, "Database.cs"), StringComparison.Ordinal)
            && w.Contains("warning KM301: ", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.StartsWith(Path.Combine(consumer.Root, "Frontend.cs"), StringComparison.Ordinal));
        // Warnings about the world never hold the YAML back.
        Assert.Equal(Shop.OutputFolder, FilesUnder(consumer.DefaultManifestsDirectory));
    }

    [Fact]
    public void Consumer_code_can_use_the_generated_catalog()
    {
        using var consumer = package.CreateConsumer().WithShop();
        consumer.WriteFile("Catalog.cs", """
            using System.Linq;
            using Manifests.Generated;

            namespace Shop;

            public static class Catalog
            {
                public static int Count => GeneratedManifests.All.Count;

                public static string[] Paths => GeneratedManifests.All.Select(file => file.Path).ToArray();

                public static Manifests.ManifestFile Frontend => GeneratedManifests.All.Single(file => file.Kind == "Deployment" && file.Name == "frontend");

                public static string Kustomization => GeneratedManifests.Kustomization;
            }

            """);

        var build = consumer.BuildSucceeds();

        AssertNoWarnings(build);
        Assert.Equal(Shop.OutputFolder, FilesUnder(consumer.DefaultManifestsDirectory));
    }
}
