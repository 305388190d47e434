using System;
using System.Collections.Generic;
using System.Linq;
using Manifests.Build.Files;
using Manifests.Build.Ownership;
using Microsoft.Build.Utilities;

namespace Manifests.Build.Output;

/// <summary>
/// The committed-output check (<c>ManifestsVerifyOutput</c>): for a deploy repository whose YAML is committed, whether
/// the folder holds exactly what the classes produce. It writes and deletes nothing; a difference is one error naming
/// each file that changed, is missing, or is no longer produced (listed in the folder's marker but not planned).
/// Line endings do not count: a checkout on Windows may turn LF into CRLF.
/// </summary>
internal sealed class OutputVerifier
{
    /// <summary>How many file names each list shows before "and N more".</summary>
    private const int Shown = 20;

    private readonly AtomicFiles files;
    private readonly TaskLoggingHelper log;

    public OutputVerifier(AtomicFiles files, TaskLoggingHelper log)
    {
        this.files = files;
        this.log = log;
    }

    /// <summary>True when <paramref name="folder"/> holds <paramref name="planned"/> exactly; else false, with KMB009 reported.</summary>
    public bool Verify(string folder, IReadOnlyList<PlannedFile> planned)
    {
        var changed = new List<string>();
        var missing = new List<string>();
        foreach (var file in planned)
        {
            var bytes = files.Read(file.FullPath);
            if (bytes is null)
            {
                missing.Add(file.RelativePath);
            }
            else if (Normalized(Content.Decode(bytes)) != Normalized(Content.Decode(file.Bytes)))
            {
                changed.Add(file.RelativePath);
            }
        }
        var plannedPaths = new HashSet<string>(planned.Select(file => file.FullPath), PathRules.Comparer);
        var stale = (OwnerMarker.Read(folder, files)?.Files ?? [])
            .Where(path => !plannedPaths.Contains(path) && files.FileSystem.FileExists(path))
            .Select(path => PathRules.Relative(folder, path))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
        if (changed.Count + missing.Count + stale.Count == 0)
        {
            return true;
        }
        changed.Sort(StringComparer.Ordinal);
        missing.Sort(StringComparer.Ordinal);
        var parts = new[] { (changed, "changed"), (missing, "missing"), (stale, "no longer produced") }
            .Where(part => part.Item1.Count > 0)
            .Select(part => $"{part.Item2}: {List(part.Item1)}");
        log.ReportOutputDiffers(folder, string.Join("; ", parts));
        return false;
    }

    private static string Normalized(string text) => text.Replace("\r\n", "\n");

    private static string List(List<string> paths)
        => string.Join(", ", paths.Take(Shown)) + (paths.Count > Shown ? $" and {paths.Count - Shown} more" : string.Empty);
}
