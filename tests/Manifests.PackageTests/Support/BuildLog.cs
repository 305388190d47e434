using System.Globalization;
using System.Text.RegularExpressions;

namespace Manifests.PackageTests.Support;

/// <summary>What a build's plain-text log says about the manifests: the task's summary line, errors, warnings.</summary>
public static class BuildLog
{
    /// <summary>One summary line of the task: the folder, how many files, and "(x written, y unchanged[, z removed])".</summary>
    public sealed record Summary(string Directory, int Count, string Tally);

    /// <summary>The task's one line per run: "Manifests: N files in DIR (x written, y unchanged[, z removed])".</summary>
    public static List<Summary> SummaryLines(DotNetResult build)
        => Regex.Matches(build.Log, @"^\s*Manifests: (?<count>\d+) files in (?<dir>.+?) (?<tally>\(\d+ written, \d+ unchanged(, \d+ removed)?\))\s*$", RegexOptions.Multiline)
            .Select(match => new Summary(
                Path.TrimEndingDirectorySeparator(match.Groups["dir"].Value),
                int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture),
                match.Groups["tally"].Value))
            .ToList();

    /// <summary>Distinct "file(line,col): error ID: message" lines (MSBuild repeats them in its closing summary).</summary>
    public static List<string> ErrorLines(DotNetResult build) => DistinctLines(build, ": error ");

    /// <summary>Distinct "file(line,col): warning KM…: message" lines: the analyzers' and the build task's.</summary>
    public static List<string> WarningLines(DotNetResult build) => DistinctLines(build, ": warning KM");

    public static void AssertNoWarnings(DotNetResult build)
    {
        Assert.DoesNotMatch(new Regex(@": warning [A-Z]+[0-9]+", RegexOptions.Multiline), build.Log);
        Assert.Contains("    0 Warning(s)", build.Log, StringComparison.Ordinal);
    }

    private static List<string> DistinctLines(DotNetResult build, string marker)
        => build.Log.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Contains(marker, StringComparison.Ordinal))
            .Select(line => Regex.Replace(line, @"\s*\[[^\]]+\.csproj\]$", string.Empty))
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
