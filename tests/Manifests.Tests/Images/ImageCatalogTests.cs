using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using CsCheck;
using Manifests.Generators.Analyzers;
using Manifests.Generators.Domain.Images;
using Manifests.Generators.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Manifests.Tests.Images;

/// <summary>The catalog file format, matching, suggestions and tag order, below the analyzer.</summary>
public class ImageCatalogTests
{
    [Fact]
    public void Reads_one_reference_a_line_with_comments_and_blank_lines()
    {
        var text = CatalogText.Parse(("""
            # header
              idock.daumkakao.io/shop/frontend:1.4.2   # trailing comment

            nginx:1.27
            Not An Image
            idock.daumkakao.io/mirror/busybox
            """), CancellationToken.None);

        Assert.Equal(["idock.daumkakao.io/shop/frontend", "docker.io/library/nginx", "idock.daumkakao.io/mirror/busybox"],
            text.Entries.Select(e => e.Repository));
        Assert.Equal([1, 3, 5], text.Entries.Select(e => e.Line));
        var problem = Assert.Single(text.Problems);
        Assert.Equal("Not An Image", problem.Text);
        Assert.Equal(4, problem.Line);
        Assert.Contains("contains a space", problem.Problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_comment_is_a_comment_and_a_long_reference_is_refused_unparsed()
    {
        var text = CatalogText.Parse(("nginx:1.27 # " + new string('x', 100_000) + "\n" + new string('a', 1_025) + "\n" + new string('a', 1_017) + ".io/app\n"), CancellationToken.None);

        Assert.Equal([0, 2], text.Entries.Select(e => e.Line));
        var problem = Assert.Single(text.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Equal("the line is 1,025 characters long, and no image reference is longer than 1,024: put one reference on each line", problem.Problem.Reason);
    }

    [Fact]
    public void Matches_by_normalised_repository_tag_digest_or_any_tag()
    {
        var catalog = Catalog("""
            idock.daumkakao.io/shop/frontend:1.4.2
            docker.io/library/nginx:1.27
            idock.daumkakao.io/mirror/busybox
            idock.daumkakao.io/shop/db@sha256:a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0
            idock.daumkakao.io/shop/tools:latest
            """);
        Assert.True(catalog.Contains(Image("IDOCK.daumkakao.io/shop/frontend:1.4.2")));
        Assert.True(catalog.Contains(Image("nginx:1.27")));
        Assert.True(catalog.Contains(Image("index.docker.io/nginx:1.27")));
        Assert.True(catalog.Contains(Image("idock.daumkakao.io/mirror/busybox:anything")));
        Assert.True(catalog.Contains(Image("idock.daumkakao.io/shop/db:15.4@sha256:a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0")));
        Assert.True(catalog.Contains(Image("idock.daumkakao.io/shop/tools")));
        Assert.False(catalog.Contains(Image("idock.daumkakao.io/shop/frontend:1.4.3")));
        Assert.False(catalog.Contains(Image("idock.daumkakao.io/shop/frontend")));
        Assert.False(catalog.Contains(Image("nginx:1.26")));
        Assert.False(catalog.Contains(Image("idock.daumkakao.io/shop/db:15.4")));
    }

    [Theory]
    [InlineData("idock.daumkakao.io/shop/frontnd:1.9.0", "idock.daumkakao.io/shop/frontend:1.9.0")]      // a typo: its tag is kept
    [InlineData("idock.daumkakao.io/shop/frontend:9.9.9", "idock.daumkakao.io/shop/frontend:1.10.0")]    // unknown tag: the newest
    [InlineData("idock.daumkakao.io/shop/backend:2.0.1", "idock.daumkakao.io/shop/backend:2.0.1")]       // same path, another spelling
    [InlineData("nginx:1.27", "idock.daumkakao.io/library/nginx:1.27")]                                 // Docker Hub image, mirrored
    [InlineData("bitnami/busybox:1.36", "idock.daumkakao.io/mirror/busybox:1.36")]                      // same name elsewhere, any tag
    [InlineData("idock.daumkakao.io/shop/payments:1.0", null)]                                          // nothing close
    public void Suggests_the_closest_entry(string image, string? expected)
    {
        var catalog = Catalog("""
            idock.daumkakao.io/shop/frontend:1.9.0
            idock.daumkakao.io/shop/frontend:1.10.0
            idock.daumkakao.io/shop/frontend:1.10.0-rc1
            idock.daumkakao.io/shop/frontend:latest
            IDOCK.daumkakao.io/shop/backend:2.0.1
            idock.daumkakao.io/library/nginx:1.27
            idock.daumkakao.io/mirror/busybox
            """);
        var suggestion = catalog.Closest(Image(image));
        // The replacement keeps the catalog's own spelling of the repository.
        Assert.Equal(expected?.Replace("idock.daumkakao.io/shop/backend", "IDOCK.daumkakao.io/shop/backend"), suggestion);
    }

    [Fact]
    public void Orders_tags_as_versions_then_the_rest()
    {
        string[] tags = ["stable", "1.10.0", "v1.9.3", "1.10.0-rc.1", "1.2", "latest", "main-3f2a", "1.10.0+build.5", "2"];
        var ordered = tags.Order(TagOrder.Instance).ToArray();
        Assert.Equal(["latest", "main-3f2a", "stable", "1.2", "v1.9.3", "1.10.0-rc.1", "1.10.0", "1.10.0+build.5", "2"], ordered);
        Assert.Equal("2", TagOrder.Newest(tags));
        Assert.Null(TagOrder.Newest(["latest"]));
        Assert.Equal("stable", TagOrder.Newest(["latest", "stable", "edge"]));
    }

    [Fact]
    public void A_catalog_text_is_parsed_once_for_as_long_as_it_is_unchanged()
    {
        var text = SourceText.From("idock.daumkakao.io/shop/frontend:1.4.2\n");
        var options = Options(new TestAdditionalText("/p/registry/images.txt", text), isCatalog: true);

        var first = WorldFiles.LoadCatalog(options, parsed: null, CancellationToken.None);
        var second = WorldFiles.LoadCatalog(options, parsed: null, CancellationToken.None);

        Assert.Same(first.Files.Single().Text, second.Files.Single().Text);
        var edited = WorldFiles.LoadCatalog(Options(new TestAdditionalText("/p/registry/images.txt", SourceText.From("nginx:1.27\n")), isCatalog: true), parsed: null, CancellationToken.None);
        Assert.NotSame(first.Files.Single().Text, edited.Files.Single().Text);
    }

    [Fact]
    public void Only_files_tagged_as_image_catalogs_are_read()
    {
        var options = Options(new TestAdditionalText("/p/registry/images.txt", SourceText.From("nginx:1.27\n")), isCatalog: false);
        Assert.False(WorldFiles.LoadCatalog(options, parsed: null, CancellationToken.None).IsPresent);
    }

    [Fact]
    public void Never_throws_on_any_catalog_text()
        => Gen.String[Gen.Char["ab0Z.:_-/@#[] \t\r\n"], 0, 64].Sample(content =>
        {
            var catalog = new ImageCatalog([new ImageCatalogFile("/images.txt", CatalogText.Parse((content), CancellationToken.None))]);
            foreach (var probe in new[] { "nginx:1.27", "a/b", "localhost:5000/x@sha256:" + new string('a', 64) })
            {
                catalog.Contains(Image(probe));
                catalog.Closest(Image(probe));
            }
        }, iter: 5_000);

    [Fact]
    public void Bounded_edit_distance_agrees_with_the_full_table()
        => Gen.Select(Gen.String[Gen.Char["abc/-"], 0, 12], Gen.String[Gen.Char["abc/-"], 0, 12], Gen.Int[0, 6]).Sample((a, b, max) =>
        {
            var full = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++)
            {
                for (var j = 0; j <= b.Length; j++)
                {
                    full[i, j] = i == 0 ? j : j == 0 ? i
                        : Math.Min(full[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.Min(full[i - 1, j], full[i, j - 1]) + 1);
                }
            }
            Assert.Equal(Math.Min(full[a.Length, b.Length], max + 1), EditDistance.Between(a, b, max));
        }, iter: 20_000);

    [Theory]
    [InlineData(" idock.daumkakao.io ", "idock.daumkakao.io", null)]
    [InlineData("https://IDOCK.daumkakao.io/", "idock.daumkakao.io", null)]
    [InlineData("index.docker.io", "docker.io", null)]
    [InlineData("idock.daumkakao.io/Shop/", "idock.daumkakao.io", "shop")]
    [InlineData("localhost:5000", "localhost:5000", null)]
    public void Reads_allowed_registry_entries_leniently(string text, string registry, string? prefix)
    {
        var entry = AllowedRegistry.Parse(text);
        Assert.NotNull(entry);
        Assert.Equal(registry, entry.Registry);
        Assert.Equal(prefix, entry.PathPrefix);
    }

    private static ImageReference Image(string text)
        => ImageReferenceParser.Parse(text, out var problem) ?? throw new InvalidOperationException(problem!.Reason);

    private static ImageCatalog Catalog(string text)
        => new([new ImageCatalogFile("/images.txt", CatalogText.Parse((text), CancellationToken.None))]);

    private static AnalyzerOptions Options(AdditionalText file, bool isCatalog)
        => new([file], new TestOptionsProvider(isCatalog ? ManifestsFileKind.ImageCatalog : null));

    private sealed class TestAdditionalText(string path, SourceText text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    /// <summary>Every file carries the given <c>ManifestsKind</c> metadata, as MSBuild's generated editorconfig would say.</summary>
    private sealed class TestOptionsProvider(string? kind) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => kind is null ? GlobalOptions : new Options(ImmutableDictionary<string, string>.Empty.Add(ManifestsFileKind.MetadataKey, kind));

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
