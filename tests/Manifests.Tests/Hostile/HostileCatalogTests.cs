using System.Text;
using CsCheck;
using Manifests.Generators.Domain.Images;

namespace Manifests.Tests.Hostile;

/// <summary>
/// An image catalog is untrusted input read inside the compiler: any text reads in time and memory linear in its size,
/// reports a bounded number of lines, and quotes a bounded part of each.
/// </summary>
public class HostileCatalogTests
{
    private const string Ignored = " (this catalog line is ignored until it is fixed)";

    private const string SpaceReason = "it contains a space: an image reference has no spaces or control characters";

    [Fact]
    public async Task Sixty_thousand_bad_lines_give_a_hundred_errors_and_one_that_counts_the_rest()
    {
        // Reported one by one, these took csc 33 s: its duplicate filter over diagnostics is quadratic in their number.
        var diagnostics = (await HostileWorld.AnalyzeCatalogAsync(BadLines(60_000))).Where(d => d.Id == "KM201").ToList();

        Assert.Equal(CatalogText.MaxListedProblems + 1, diagnostics.Count);
        Assert.Equal("Image 'bad image 0' is malformed: " + SpaceReason + Ignored, diagnostics[0].GetMessage());
        Assert.Equal(
            "Image 'bad image 100' is malformed: " + SpaceReason
            + "; 59,899 more bad lines follow it, not listed one by one: fix these and build again to see them" + Ignored,
            diagnostics[^1].GetMessage());
        Assert.Equal(100, diagnostics[^1].Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Two_hundred_thousand_lines_are_read_up_to_the_line_limit()
    {
        var text = CatalogText.Parse((BadLines(200_000)), CancellationToken.None);

        Assert.Equal(CatalogText.MaxListedProblems + 2, text.Problems.Length);
        Assert.EndsWith("; 99,899 more bad lines follow it, not listed one by one: fix these and build again to see them", text.Problems[^2].Problem.Reason, StringComparison.Ordinal);
        var limit = text.Problems[^1];
        Assert.Equal(CatalogText.MaxLines, limit.Line);
        Assert.Equal(
            "the catalog has 200,001 lines and only the first 100,000 are read: list a repository alone (it stands for all its tags) instead of each of its tags",
            limit.Problem.Reason);
    }

    [Fact]
    public async Task A_ten_megabyte_line_is_quoted_by_its_first_hundred_characters()
    {
        var line = new string('a', 10 * 1024 * 1024);
        var diagnostic = Assert.Single((await HostileWorld.AnalyzeCatalogAsync("nginx:1.27\n" + line + "\n")).Where(d => d.Id == "KM201"));

        Assert.Equal(
            "Image '" + new string('a', 99) + "…' is malformed: the line is 10,485,760 characters long, and no image reference is longer than 1,024: put one reference on each line" + Ignored,
            diagnostic.GetMessage());
        Assert.Equal(line.Length, diagnostic.Location.SourceSpan.Length);
    }

    [Fact]
    public void A_reason_quoting_a_long_value_keeps_its_start_and_its_advice()
    {
        var text = CatalogText.Parse(("shop/" + new string('b', 900) + "!\n"), CancellationToken.None);

        var problem = Assert.Single(text.Problems);
        Assert.Equal(EchoedText.MaxQuoted, problem.Text.Length);
        Assert.Equal(EchoedText.MaxReason, problem.Problem.Reason.Length);
        Assert.StartsWith("the repository path component 'bbbb", problem.Problem.Reason, StringComparison.Ordinal);
        Assert.Contains("b…b", problem.Problem.Reason, StringComparison.Ordinal);
        Assert.EndsWith("contains '!': a path component is lowercase letters and digits, separated by one '.', one or two '_', or any number of '-'", problem.Problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_text_reads_without_throwing_and_reports_a_bounded_quote_of_a_bounded_number_of_lines()
        => Gen.OneOf(
                Gen.String[Gen.Char["ab0Z.:_-/@#[] \t\r\n\u2028é\ud83d\ude00"], 0, 3_000],
                Gen.Select(Gen.Char["a/:@ "], Gen.Int[0, 5_000], (c, n) => new string(c, n)),
                Gen.Int[0, 300].Select(n => BadLines(n)))
            .Sample(content =>
            {
                var text = CatalogText.Parse((content), CancellationToken.None);
                Assert.True(text.Problems.Length <= CatalogText.MaxListedProblems + 2);
                foreach (var problem in text.Problems)
                {
                    Assert.True(problem.Text.Length <= EchoedText.MaxQuoted, problem.Text);
                    Assert.True(problem.Problem.Reason.Length <= EchoedText.MaxReason + 120, problem.Problem.Reason);
                }
            }, iter: 3_000);

    [Fact]
    public void Memory_grows_linearly_with_the_text()
        => Gen.OneOf(
                Gen.String[Gen.Char["ab0Z.:_-/@# \n"], 0, 20_000],
                Gen.Select(Gen.String[Gen.Char["aA:@"], 1, 3], Gen.Int[0, 5_000], (line, n) => string.Concat(Enumerable.Repeat(line + "\n", n))),
                Gen.Int[0, 2_000].Select(n => BadLines(n)),
                Gen.Int[0, 2_000].Select(n => string.Concat(Enumerable.Range(0, n).Select(i => $"registry.example.com/team/app-{i}:1.{i}.0\n"))))
            .Sample(content =>
            {
                var lines = content.Count(c => c == '\n') + 1;
                var before = GC.GetAllocatedBytesForCurrentThread();
                CatalogText.Parse(content, CancellationToken.None);
                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                // Measured: about 500 bytes for each line that is a reference (its parts are kept as strings), 800 for a
                // bad one (its reason is worded), 20 a character besides; a quadratic step would break this at once.
                var bound = (64 * 1024) + (1_000L * lines) + (40L * content.Length);
                Assert.True(allocated <= bound, $"{allocated} bytes for {content.Length} characters in {lines} lines");
            }, iter: 500);

    private static string BadLines(int count)
    {
        var text = new StringBuilder(count * 16);
        for (var i = 0; i < count; i++)
        {
            text.Append("bad image ").Append(i).Append('\n');
        }
        return text.ToString();
    }
}
