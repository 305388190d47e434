using System.Text.RegularExpressions;
using Manifests.PackageTests.Support;

namespace Manifests.PackageTests;

/// <summary>
/// The packed Manifests package in a user's project: what <c>dotnet build</c> and <c>dotnet clean</c> do to the YAML
/// on disk. Every test builds its own consumer project; all of them share one pack.
/// </summary>
public sealed class PackageConsumerTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    [Fact]
    public void Build_writes_every_object_and_a_kustomization_to_the_default_folder()
    {
        using var consumer = package.CreateConsumer().WithShop();

        var build = consumer.BuildSucceeds();

        var output = consumer.DefaultManifestsDirectory;
        Assert.Equal(Shop.Files, ConsumerProject.FilesUnder(output));

        var deployment = Read(output, "shop/frontend-deployment.yaml");
        Assert.StartsWith("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: frontend\n  namespace: shop\n", deployment);
        Assert.Contains("\n  replicas: 3\n", deployment);
        Assert.Contains("\n        image: idock.daumkakao.io/shop/frontend:1.4.2\n", deployment);
        Assert.Contains("\n      - key: node-role.dkosv3.9rum.cc/lb\n", deployment);

        var service = Read(output, "shop/frontend-service.yaml");
        Assert.StartsWith("apiVersion: v1\nkind: Service\nmetadata:\n  name: frontend\n  namespace: shop\n", service);
        Assert.Contains("\n    port: 80\n    targetPort: http\n", service);

        var replicaSet = Read(output, "shop/db-replicaset.yaml");
        Assert.StartsWith("apiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: db\n  namespace: shop\n", replicaSet);
        Assert.Contains("\n        image: idock.daumkakao.io/shop/db:15.4\n", replicaSet);

        var backend = Read(output, "shop/backend-deployment.yaml");
        Assert.Contains("image: idock.daumkakao.io/shop/backend:2.0.1\n", backend);
        Assert.Contains("image: idock.daumkakao.io/shop/log-shipper:1.2.0\n", backend);

        Assert.Equal(
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n"
                + string.Concat(Shop.Files.Where(file => file != "kustomization.yaml").Select(file => $"- {file}\n")),
            Read(output, "kustomization.yaml"));

        var summary = Assert.Single(SummaryLines(build));
        Assert.Equal(output, summary.Directory);
        Assert.Equal(7, summary.Count);
        Assert.Equal("(7 written, 0 unchanged)", summary.Tally);
        AssertNoWarnings(build);
    }

    [Fact]
    public void A_second_build_without_changes_rewrites_nothing()
    {
        using var consumer = package.CreateConsumer().WithShop();
        consumer.BuildSucceeds();
        var output = consumer.DefaultManifestsDirectory;
        var before = ConsumerProject.Timestamps(output);
        var contents = Contents(output);

        // Normal verbosity, so that a skipped target says so in the log.
        var again = consumer.BuildSucceeds("normal");

        Assert.Equal(before, ConsumerProject.Timestamps(output));
        Assert.Equal(contents, Contents(output));
        Assert.True(
            again.Log.Contains("Skipping target \"WriteManifests\" because all output files are up-to-date", StringComparison.Ordinal)
                || SummaryLines(again).All(line => line.Tally.StartsWith("(0 written,", StringComparison.Ordinal)),
            "The second build neither skipped WriteManifests nor reported 0 written:\n" + again.Log);
        Assert.DoesNotContain(SummaryLines(again), line => !line.Tally.StartsWith("(0 written,", StringComparison.Ordinal));
        AssertNoWarnings(again);
    }

    [Fact]
    public void Editing_one_class_rewrites_only_that_class_files()
    {
        using var consumer = package.CreateConsumer().WithShop();
        consumer.BuildSucceeds();
        var output = consumer.DefaultManifestsDirectory;
        var before = ConsumerProject.Timestamps(output);
        var contents = Contents(output);

        consumer.WriteFile("Frontend.cs", Shop.Frontend.Replace("frontend:1.4.2", "frontend:1.5.0", StringComparison.Ordinal));
        var build = consumer.BuildSucceeds();

        var after = ConsumerProject.Timestamps(output);
        Assert.Equal(Shop.Files, after.Keys.Order(StringComparer.Ordinal));
        Assert.NotEqual(before["shop/frontend-deployment.yaml"], after["shop/frontend-deployment.yaml"]);
        Assert.Contains("image: idock.daumkakao.io/shop/frontend:1.5.0\n", Read(output, "shop/frontend-deployment.yaml"));
        foreach (var file in Shop.Files.Where(file => file != "shop/frontend-deployment.yaml"))
        {
            Assert.True(before[file] == after[file], $"{file} was rewritten although its content did not change.");
            Assert.Equal(contents[file], Read(output, file));
        }
        Assert.Equal("(1 written, 6 unchanged)", Assert.Single(SummaryLines(build)).Tally);
    }

    [Fact]
    public void Removing_a_class_deletes_its_files_and_its_kustomization_entries()
    {
        using var consumer = package.CreateConsumer().WithShop();
        consumer.BuildSucceeds();
        var output = consumer.DefaultManifestsDirectory;
        var before = ConsumerProject.Timestamps(output);

        consumer.DeleteFile("Database.cs");
        var build = consumer.BuildSucceeds();

        var remaining = Shop.Files.Where(file => !file.StartsWith("shop/db-", StringComparison.Ordinal)).ToArray();
        Assert.Equal(remaining, ConsumerProject.FilesUnder(output));
        var kustomization = Read(output, "kustomization.yaml");
        Assert.DoesNotContain("db-", kustomization, StringComparison.Ordinal);
        Assert.Contains("- shop/frontend-deployment.yaml\n", kustomization);
        var after = ConsumerProject.Timestamps(output);
        foreach (var file in remaining.Where(file => file != "kustomization.yaml"))
        {
            Assert.True(before[file] == after[file], $"{file} was rewritten although its content did not change.");
        }
        Assert.Equal("(1 written, 4 unchanged, 2 removed)", Assert.Single(SummaryLines(build)).Tally);
    }

    [Fact]
    public void Clean_deletes_the_yaml_files()
    {
        using var consumer = package.CreateConsumer().WithShop();
        consumer.BuildSucceeds();
        Assert.NotEmpty(ConsumerProject.FilesUnder(consumer.DefaultManifestsDirectory));

        var clean = consumer.Clean();

        Assert.True(clean.Succeeded, clean.ToString());
        Assert.Empty(ConsumerProject.FilesUnder(consumer.DefaultManifestsDirectory));
        Assert.DoesNotContain(ConsumerProject.FilesUnder(Path.Combine(consumer.Root, "obj")), file => file.Contains("manifests.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_ManifestsOutputPath_receives_the_files_and_clean_deletes_them_there()
    {
        using var consumer = package.CreateConsumer().WithShop();
        consumer.SetProject("<ManifestsOutputPath>deploy/</ManifestsOutputPath>");

        var build = consumer.BuildSucceeds();

        var deploy = Path.Combine(consumer.Root, "deploy");
        Assert.Equal(Shop.Files, ConsumerProject.FilesUnder(deploy));
        Assert.Empty(ConsumerProject.FilesUnder(consumer.DefaultManifestsDirectory));
        Assert.Equal(deploy, Assert.Single(SummaryLines(build)).Directory);
        AssertNoWarnings(build);

        var clean = consumer.Clean();

        Assert.True(clean.Succeeded, clean.ToString());
        Assert.Empty(ConsumerProject.FilesUnder(deploy));
    }

    [Fact]
    public void Changing_only_the_output_path_on_the_command_line_writes_to_the_new_folder()
    {
        using var consumer = package.CreateConsumer().WithShop();
        consumer.BuildSucceeds();

        // Nothing is recompiled: the assembly is as old as the last write, but the files are not where they now belong.
        var build = consumer.BuildSucceeds("minimal", "-p:ManifestsOutputPath=ci-out/");

        var output = Path.Combine(consumer.Root, "ci-out");
        Assert.Equal(Shop.Files, ConsumerProject.FilesUnder(output));
        Assert.Equal(output, Assert.Single(SummaryLines(build)).Directory);
    }

    [Fact]
    public void The_artifacts_output_layout_gets_the_files_and_keeps_the_bookkeeping_in_its_obj_folder()
    {
        using var consumer = package.CreateConsumer().WithShop();
        // The .NET 8+ layout: OutDir and IntermediateOutputPath become absolute paths under artifacts/.
        consumer.WriteFile("Directory.Build.props", "<Project><PropertyGroup><UseArtifactsOutput>true</UseArtifactsOutput></PropertyGroup></Project>\n");

        var build = consumer.BuildSucceeds();

        var output = Path.Combine(consumer.Root, "artifacts", "bin", ConsumerProject.ProjectName, "debug", "manifests");
        Assert.Equal(Shop.Files, ConsumerProject.FilesUnder(output));
        Assert.Equal(output, Assert.Single(SummaryLines(build)).Directory);
        var obj = $"artifacts/obj/{ConsumerProject.ProjectName}/debug/";
        Assert.Equal(
            [obj + "manifests.files.txt", obj + "manifests.settings.txt", obj + "manifests.stamp"],
            ConsumerProject.FilesUnder(consumer.Root).Where(file => Path.GetFileName(file).StartsWith("manifests.", StringComparison.Ordinal)));

        var clean = consumer.Clean();

        Assert.True(clean.Succeeded, clean.ToString());
        Assert.Empty(ConsumerProject.FilesUnder(output));
    }

    [Fact]
    public void Two_builds_from_scratch_write_the_same_bytes()
    {
        using var consumer = package.CreateConsumer().WithShop();
        consumer.BuildSucceeds();
        var output = consumer.DefaultManifestsDirectory;
        var first = ConsumerProject.FilesUnder(output).ToDictionary(file => file, file => File.ReadAllBytes(Path.Combine(output, file)));

        consumer.DeleteFolder("bin");
        consumer.DeleteFolder("obj");
        consumer.BuildSucceeds();

        var second = ConsumerProject.FilesUnder(output);
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
        var source = Shop.Frontend.Replace("Replicas = 3", "Replicas = -1", StringComparison.Ordinal);
        consumer.WriteFile("Frontend.cs", source);

        var build = consumer.Build();

        Assert.False(build.Succeeded, "The build succeeded with Replicas = -1:\n" + build.Log);
        var errors = ErrorLines(build);
        var error = Assert.Single(errors);
        // The error sits on the "-1" of [Deployment(Replicas = -1)], 1-based as the compiler prints it.
        var lines = source.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("Replicas = -1", StringComparison.Ordinal));
        var column = lines[line].IndexOf("-1", StringComparison.Ordinal);
        Assert.StartsWith(Path.Combine(consumer.Root, "Frontend.cs") + $"({line + 1},{column + 1}): error KM109: ", error);
        Assert.Contains("-1", error, StringComparison.Ordinal);
        Assert.Empty(SummaryLines(build));
        Assert.Empty(ConsumerProject.FilesUnder(consumer.DefaultManifestsDirectory));
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
        Assert.Equal(Shop.Files, ConsumerProject.FilesUnder(consumer.DefaultManifestsDirectory));
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
        Assert.Equal(Shop.Files, ConsumerProject.FilesUnder(consumer.DefaultManifestsDirectory));
    }

    private static string Read(string directory, string relativePath) => File.ReadAllText(Path.Combine(directory, relativePath));

    private static Dictionary<string, string> Contents(string directory)
        => ConsumerProject.FilesUnder(directory).ToDictionary(file => file, file => Read(directory, file));

    private sealed record Summary(string Directory, int Count, string Tally);

    /// <summary>The task's one line per run: "Manifests: N files in DIR (x written, y unchanged[, z removed])".</summary>
    private static List<Summary> SummaryLines(DotNetResult build)
        => Regex.Matches(build.Log, @"^\s*Manifests: (?<count>\d+) files in (?<dir>.+?) (?<tally>\(\d+ written, \d+ unchanged(, \d+ removed)?\))\s*$", RegexOptions.Multiline)
            .Select(match => new Summary(
                Path.TrimEndingDirectorySeparator(match.Groups["dir"].Value),
                int.Parse(match.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["tally"].Value))
            .ToList();

    /// <summary>Distinct "file(line,col): error ID: message" lines (MSBuild repeats them in its closing summary).</summary>
    private static List<string> ErrorLines(DotNetResult build)
        => build.Log.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Contains(": error ", StringComparison.Ordinal))
            .Select(line => Regex.Replace(line, @"\s*\[[^\]]+\.csproj\]$", string.Empty))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>Distinct "file(line,col): warning ID: message" lines.</summary>
    private static List<string> WarningLines(DotNetResult build)
        => build.Log.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Contains(": warning KM", StringComparison.Ordinal))
            .Select(line => Regex.Replace(line, @"\s*\[[^\]]+\.csproj\]$", string.Empty))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static void AssertNoWarnings(DotNetResult build)
    {
        Assert.DoesNotMatch(new Regex(@": warning [A-Z]+[0-9]+", RegexOptions.Multiline), build.Log);
        Assert.Contains("    0 Warning(s)", build.Log, StringComparison.Ordinal);
    }
}
