using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Manifests.Build;

/// <summary>
/// Writes the YAML files the generator compiled into <see cref="AssemblyPath"/> to <see cref="OutputDirectory"/>.
/// Only files whose content changed are rewritten (so timestamps mean something to the deploy repo's tooling), and
/// files this task wrote before but that no longer exist in the assembly are deleted.
/// </summary>
public sealed class WriteManifests : Task
{
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The compiled assembly (the intermediate one, in obj/).</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>The folder the YAML goes to.</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>A file in obj/ that remembers which files the last run wrote, to find stale ones.</summary>
    [Required]
    public string FileListPath { get; set; } = string.Empty;

    /// <summary>Every file now in the output folder that this task owns, for <c>FileWrites</c>.</summary>
    [Output]
    public ITaskItem[] Files { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        try
        {
            var outputDirectory = Path.GetFullPath(OutputDirectory);
            var files = ManifestFileReader.Read(AssemblyPath);
            var current = new List<string>(files.Count);
            int written = 0, unchanged = 0;

            foreach (var file in files)
            {
                var target = Resolve(outputDirectory, file.Path);
                if (target is null)
                {
                    Log.LogError(null, "KMB001", null, AssemblyPath, 0, 0, 0, 0, "Manifests: refusing to write '{0}': the path leaves the output folder.", file.Path);
                    continue;
                }
                current.Add(target);
                if (File.Exists(target) && File.ReadAllText(target, Utf8NoBom) == file.Content)
                {
                    unchanged++;
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, file.Content, Utf8NoBom);
                written++;
            }

            var removed = RemoveStale(outputDirectory, current);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(FileListPath))!);
            File.WriteAllLines(FileListPath, current);
            Files = current.Select(path => (ITaskItem)new TaskItem(path)).ToArray();

            Log.LogMessage(MessageImportance.High,
                files.Count == 0
                    ? "Manifests: no Kubernetes objects in {0}{4}"
                    : "Manifests: {1} files in {0} ({2} written, {3} unchanged{4})",
                outputDirectory, files.Count, written, unchanged, removed > 0 ? $", {removed} removed" : string.Empty);
            return !Log.HasLoggedErrors;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            Log.LogError(null, "KMB002", null, AssemblyPath, 0, 0, 0, 0, "Manifests: could not write the YAML files: {0}", exception.Message);
            return false;
        }
    }

    /// <summary>Deletes what the previous run wrote and this one did not, then any folder that left empty.</summary>
    private int RemoveStale(string outputDirectory, List<string> current)
    {
        if (!File.Exists(FileListPath))
        {
            return 0;
        }
        var keep = new HashSet<string>(current, StringComparer.Ordinal);
        var removed = 0;
        foreach (var previous in File.ReadAllLines(FileListPath))
        {
            if (previous.Length == 0 || keep.Contains(previous) || !IsInside(outputDirectory, previous) || !File.Exists(previous))
            {
                continue;
            }
            File.Delete(previous);
            removed++;
            var folder = Path.GetDirectoryName(previous);
            while (folder is not null && IsInside(outputDirectory, folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
                folder = Path.GetDirectoryName(folder);
            }
        }
        return removed;
    }

    /// <summary>The absolute path of <paramref name="relative"/> under <paramref name="root"/>, or null when it would leave it.</summary>
    private static string? Resolve(string root, string relative)
    {
        if (relative.Length == 0 || Path.IsPathRooted(relative))
        {
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar)));
        return IsInside(root, full) ? full : null;
    }

    private static bool IsInside(string root, string path)
    {
        var prefix = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal) && path.Length > prefix.Length;
    }
}
