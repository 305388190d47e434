using System.Text.RegularExpressions;
using CsCheck;
using Manifests.Generators.Domain.Images;

namespace Manifests.Tests.Images;

/// <summary>
/// The reference grammar, checked on a table of references a team might write (valid and not, with ports, IPv6 hosts,
/// digests and long paths), and by property against an independent transcription of distribution/reference's grammar.
/// </summary>
public class ImageReferenceGrammarTests
{
    private static readonly string Sha256 = new string('a', 32) + new string('0', 32);
    private static readonly string Sha384 = new string('b', 96);
    private static readonly string Sha512 = new string('c', 128);
    private static readonly string LongPath = "team/" + string.Join("/", Enumerable.Repeat("component-x", 20)) + "/abcde"; // 5 + 20*12 + 5 = 250

    /// <summary>Valid references: what each normalises to (registry/path, then :tag and @digest when written).</summary>
    public static TheoryData<string, string> Valid => new()
    {
        { "nginx", "docker.io/library/nginx" },
        { "nginx:1.27", "docker.io/library/nginx:1.27" },
        { "library/nginx:1.27", "docker.io/library/nginx:1.27" },
        { "docker.io/library/nginx:1.27", "docker.io/library/nginx:1.27" },
        { "docker.io/nginx:1.27", "docker.io/library/nginx:1.27" },
        { "index.docker.io/library/nginx:1.27", "docker.io/library/nginx:1.27" },
        { "bitnami/redis:7.2", "docker.io/bitnami/redis:7.2" },
        { "idock.daumkakao.io/shop/frontend:1.4.2", "idock.daumkakao.io/shop/frontend:1.4.2" },
        { "IDOCK.daumkakao.io/shop/frontend:1.4.2", "idock.daumkakao.io/shop/frontend:1.4.2" },
        { "Asdf.com/foo/bar:1", "asdf.com/foo/bar:1" },
        { "localhost/app:1", "localhost/app:1" },
        { "localhost:5000/app:1", "localhost:5000/app:1" },
        { "registry.example.com:443/team/app:v2", "registry.example.com:443/team/app:v2" },
        { "192.168.1.1:5000/app:1.0", "192.168.1.1:5000/app:1.0" },
        { "[::1]:5000/app:1.0", "[::1]:5000/app:1.0" },
        { "[fd00:1:2::3]:5000/team/app:1.0", "[fd00:1:2::3]:5000/team/app:1.0" },
        { "[2001:0db8:85a3:0000:0000:8a2e:0370:7334]/app", "[2001:0db8:85a3:0000:0000:8a2e:0370:7334]/app" },
        { "xn--n3h.com/myimage:1", "xn--n3h.com/myimage:1" },
        { "example.com/some_separator__underscore/myimage", "example.com/some_separator__underscore/myimage" },
        { "registry.io/foo/project--id.module--name.ver---sion--name", "registry.io/foo/project--id.module--name.ver---sion--name" },
        { "b.gcr.io/test.example.com/my-app", "b.gcr.io/test.example.com/my-app" },
        { "a/a/a/a", "docker.io/a/a/a/a" },
        { "a", "docker.io/library/a" },
        { "foo_bar", "docker.io/library/foo_bar" },
        { "do__cker/docker", "docker.io/do__cker/docker" },
        { "a-b--c/d_e.f:g", "docker.io/a-b--c/d_e.f:g" },
        { "quay.io/prometheus/node-exporter:v1.8.2", "quay.io/prometheus/node-exporter:v1.8.2" },
        { "gcr.io/distroless/static-debian12:nonroot", "gcr.io/distroless/static-debian12:nonroot" },
        { "registry.k8s.io/pause:3.9", "registry.k8s.io/pause:3.9" },
        { "app:_underscore_tag", "docker.io/library/app:_underscore_tag" },
        { "app:V1.0-RC.1", "docker.io/library/app:V1.0-RC.1" },
        { "app:" + new string('t', 128), "docker.io/library/app:" + new string('t', 128) },
        { "nginx@sha256:" + Sha256, "docker.io/library/nginx@sha256:" + Sha256 },
        { "nginx:1.27@sha256:" + Sha256, "docker.io/library/nginx:1.27@sha256:" + Sha256 },
        { "registry.example.com:5000/app@sha384:" + Sha384, "registry.example.com:5000/app@sha384:" + Sha384 },
        { "ghcr.io/org/app@sha512:" + Sha512, "ghcr.io/org/app@sha512:" + Sha512 },
        { "idock.daumkakao.io/" + LongPath + ":1", "idock.daumkakao.io/" + LongPath + ":1" },
    };

    /// <summary>Malformed references, with the words of the reason the user reads.</summary>
    public static TheoryData<string, string> Invalid => new()
    {
        { "", "the image is empty" },
        { "   ", "the image is empty" },
        { " nginx:1.27", "starts or ends with whitespace" },
        { "shop/app\t", "starts or ends with whitespace" },
        { "https://idock.daumkakao.io/shop/frontend:1.4.2", "has no URL scheme: remove 'https://'" },
        { "idock.daumkakao.io/Shop/Admin:1.0", "repository name must be lowercase: 'Shop/Admin'" },
        { "Shop/Admin", "repository name must be lowercase: 'Shop/Admin'" },
        { "Foo/FarB", "repository name must be lowercase: 'Foo/FarB'" },
        { "shop/front end:1.0", "contains a space" },
        { "shop/a\tpp", "contains a tab" },
        { "nginx:", "has no tag after it" },
        { "nginx:1.27:extra", "the tag '1.27:extra' contains ':'" },
        { "nginx:-1", "the tag '-1' starts with '-'" },
        { "nginx:.1", "the tag '.1' starts with '.'" },
        { "nginx:v1~2", "the tag 'v1~2' contains '~'" },
        { "nginx:" + new string('t', 129), "the tag is 129 characters long" },
        { "nginx@", "has '@' but no digest" },
        { "nginx@sha256", "the digest 'sha256' has no ':'" },
        { "nginx@sha256:abc", "the digest 'abc' has 3 hex digits: a sha256 digest is 64" },
        { "nginx@sha256:" + Sha256.ToUpperInvariant(), "has upper-case hex digits" },
        { "nginx@sha256:" + Sha256[..63] + "g", "characters that are not hex digits" },
        { "nginx@md5:" + Sha256[..32], "the digest algorithm 'md5' is not supported" },
        { "nginx@1sha:" + Sha256, "the digest algorithm '1sha' is malformed" },
        { "nginx@sha256:" + Sha256 + "@sha256:" + Sha256, "more than one '@'" },
        { "registry.example.com:8080/myapp@bad", "the digest 'bad' has no ':'" },
        { "localhost:5000", "'localhost:5000' looks like a registry with no repository" },
        { "idock.daumkakao.io", "'idock.daumkakao.io' looks like a registry with no repository" },
        { "idock.daumkakao.io/", "no repository path after the registry 'idock.daumkakao.io'" },
        { "[::1]:5000", "'[::1]:5000' is a registry address with no repository" },
        { "foo.com:http/bar", "the registry port 'http' of 'foo.com:http' must be a number" },
        { "foo.com:/bar", "the registry port '' of 'foo.com:' must be a number" },
        { "192.168.1.1:75050/app", "the registry port 75050 of '192.168.1.1:75050' is out of range" },
        { "localhost:0/app", "the registry port 0 of 'localhost:0' is out of range" },
        { "bad_hostname.com:8080/myapp:tag", "the registry host 'bad_hostname.com' contains '_'" },
        { "foo_bar.com/app", "the registry host 'foo_bar.com' contains '_'" },
        { "-ab.com/app", "the registry host '-ab.com' has a label that starts or ends with '-'" },
        { "ab-.com/app", "has a label that starts or ends with '-'" },
        { "ab..com/app", "the registry host 'ab..com' has an empty label" },
        { ":5000/app", "the registry has a port but no host name" },
        { "[fd00:1:2::3%eth0]:5000/app", "'[fd00:1:2::3%eth0]' is not an IPv6 address" },
        { "[fd00123123123]:5000/app", "'[fd00123123123]' is not an IPv6 address" },
        { "[fd00:1:2::3]75050/app", "has '75050' after its IPv6 address" },
        { "[fd00:1:2::3/app", "opens an IPv6 address with '[' but never closes it" },
        { "a//a/a", "the repository path 'a//a/a' has an empty component" },
        { "/shop/app", "has an empty component" },
        { "shop/app/", "has an empty component" },
        { "example.com/__underscore/myimage", "component '__underscore' must start and end with a lowercase letter or digit" },
        { "example.com/..dots/myimage", "component '..dots' must start and end" },
        { "foo/bar-", "component 'bar-' must start and end" },
        { "example.com/nodouble..dots/myimage", "component 'nodouble..dots' has '..' between letters" },
        { "a___b", "has '___' between letters" },
        { "a_-b", "has '_-' between letters" },
        { "shop/ad$min", "component 'ad$min' contains '$'" },
        { "shop/café:1.0", "component 'café' contains 'é'" },
        { Sha256, "a bare 64-digit image ID cannot be pulled" },
        { ":1.0", "no repository name before ':'" },
        { "@sha256:" + Sha256, "no repository name before '@'" },
        { "team/" + new string('a', 251), "the repository path is 256 characters long: at most 255" },
        { new string('a', 250), "the repository path is 258 characters long" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_and_normalises(string text, string normalised)
    {
        var reference = ImageReferenceParser.Parse(text, out var problem);
        Assert.Null(problem);
        Assert.NotNull(reference);
        var written = reference.Repository
            + (reference.Tag is { } tag ? ":" + tag : string.Empty)
            + (reference.Digest is { } digest ? "@" + digest : string.Empty);
        Assert.Equal(normalised, written);
        Assert.True(OfficialGrammar.IsMatch(text), "the independent transcription of the grammar should agree");
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_with_the_exact_reason(string text, string reason)
    {
        Assert.Null(ImageReferenceParser.Parse(text, out var problem));
        Assert.NotNull(problem);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_has_at_least_sixty_references()
        => Assert.True(Valid.Count() + Invalid.Count() >= 60);

    [Theory]
    [InlineData("idock.daumkakao.io/Shop/Admin:1.0", "idock.daumkakao.io/shop/admin:1.0")]
    [InlineData("IDOCK.daumkakao.io/Shop/Admin:V1", "IDOCK.daumkakao.io/shop/admin:V1")] // host and tag may stay upper case
    [InlineData("Nginx@sha256:" + "a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0", "nginx@sha256:a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0")]
    [InlineData(" nginx:1.27 ", "nginx:1.27")]
    [InlineData("https://idock.daumkakao.io/shop/frontend:1.4.2", "idock.daumkakao.io/shop/frontend:1.4.2")]
    [InlineData("https://idock.daumkakao.io/shop/Frontend:1.0", "idock.daumkakao.io/shop/frontend:1.0")]
    [InlineData(" https://idock.daumkakao.io/Shop/Frontend:1.0", "idock.daumkakao.io/shop/frontend:1.0")]
    public void Suggests_the_repair_when_it_is_mechanical(string text, string repaired)
    {
        ImageReferenceParser.Parse(text, out var problem);
        Assert.Equal(repaired, problem?.Suggestion);
    }

    [Fact]
    public void Names_every_problem_of_a_reference_with_several()
    {
        ImageReferenceParser.Parse(" https://idock.daumkakao.io/shop/Frontend:1.0", out var problem);
        Assert.Equal(
            "it starts or ends with whitespace: remove it; and an image reference has no URL scheme: remove 'https://'; "
                + "and repository name must be lowercase: 'shop/Frontend': write 'shop/frontend'",
            problem?.Reason);
    }

    [Theory]
    [InlineData("Shop/Ad$min")]   // lower-casing would not be enough
    [InlineData("Shop//Admin")]
    [InlineData("https://Shop/x y")]
    public void Suggests_nothing_when_lower_casing_is_not_the_only_problem(string text)
    {
        ImageReferenceParser.Parse(text, out var problem);
        Assert.NotNull(problem);
        Assert.Null(problem.Suggestion);
    }

    [Theory]
    [InlineData("nginx", true)]
    [InlineData("nginx:latest", true)]
    [InlineData("nginx:Latest", false)] // tags are case-sensitive: this is a tag someone chose
    [InlineData("nginx:1.27", false)]
    [InlineData("nginx:latest@sha256:a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0", false)]
    [InlineData("nginx@sha256:a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0", false)]
    public void Knows_which_references_are_mutable(string text, bool mutable)
        => Assert.Equal(mutable, ImageReferenceParser.Parse(text, out _)!.IsMutable);

    /// <summary>Whatever the parser accepts, the grammar accepts: it may be stricter (see its remarks), never looser.</summary>
    [Fact]
    public void Never_accepts_what_the_grammar_rejects()
    {
        var text = Gen.String[Gen.Char["ab0Z.:_-/@[]% "], 0, 16];
        text.Sample(candidate =>
        {
            var accepted = ImageReferenceParser.IsValid(candidate);
            return !accepted || OfficialGrammar.IsMatch(candidate);
        }, iter: 20_000);
    }

    /// <summary>References built from the grammar's own productions, the way teams write them, are all accepted.</summary>
    [Fact]
    public void Accepts_what_the_grammar_builds()
    {
        var alphanumeric = Gen.String[Gen.Char["abz09"], 1, 4];
        var separator = Gen.OneOf(".", "_", "__", "-", "---");
        var component = Gen.Select(alphanumeric, Gen.Select(separator, alphanumeric, (s, a) => s + a).Array[0, 2],
            (first, rest) => first + string.Concat(rest));
        var path = component.Array[1, 4].Select(parts => string.Join("/", parts));
        var domain = Gen.OneOf("", "localhost/", "localhost:5000/", "registry.example.com/", "R-1.Example.io:443/", "[::1]:5000/", "10.0.0.1/");
        var tag = Gen.OneOf("", ":1.0.0", ":v2", ":_x", ":A-b.C");
        var digest = Gen.OneOf("", "@sha256:" + Sha256);
        Gen.Select(domain, path, tag, digest).Sample((d, p, t, g) =>
        {
            // A first component with a '.' is a registry in Docker's eyes: give such paths a real registry.
            var first = p.Split('/')[0];
            var reference = (d.Length == 0 && first.Contains('.') ? "registry.example.com/" : d) + p + t + g;
            var ok = ImageReferenceParser.Parse(reference, out var problem) is not null;
            Assert.True(ok, $"'{reference}': {problem?.Reason}");
            Assert.Matches(OfficialGrammar, reference);
        }, iter: 5_000);
    }

    [Fact]
    public void Never_throws_on_any_text()
        => Gen.String.Sample(text => { ImageReferenceParser.Parse(text, out _); }, iter: 20_000);

    /// <summary>
    /// distribution/reference's grammar (reference.go's comment), transcribed independently as a .NET regular
    /// expression: the judge the parser is held to.
    /// </summary>
    private static readonly Regex OfficialGrammar = Build();

    private static Regex Build()
    {
        const string alphanumeric = "[a-z0-9]+";
        const string separator = "(?:[._]|__|[-]+)";
        const string pathComponent = alphanumeric + "(?:" + separator + alphanumeric + ")*";
        const string domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
        const string domainName = domainComponent + @"(?:\." + domainComponent + ")*";
        const string ipv6 = @"\[(?:[a-fA-F0-9:]+)\]";
        const string domain = "(?:" + domainName + "|" + ipv6 + ")(?::[0-9]+)?";
        const string name = "(?:" + domain + "/)?" + pathComponent + "(?:/" + pathComponent + ")*";
        const string tag = "[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}";
        const string digest = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
        return new Regex("^" + name + "(?::" + tag + ")?(?:@" + digest + @")?\z", RegexOptions.CultureInvariant);
    }
}
