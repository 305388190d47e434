using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Manifests.Build.Files;
using Manifests.Build.Output;
using Manifests.Build.Ownership;
using Manifests.Build.Reading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Manifests.Build;

/// <summary>
/// Writes the YAML files the generator compiled into <see cref="AssemblyPath"/> to <see cref="OutputDirectory"/>, and
/// makes the folder hold exactly them: a file whose content changed is replaced atomically, one the assembly no longer
/// has is deleted, and so is everything the project's build wrote to a folder it no longer writes to. It overwrites or
/// deletes only files its record (or the folder's marker) says it wrote, and writes nothing while an object the
/// assembly declares could not be generated.
/// </summary>
public sealed class WriteManifests : ProjectOutputTask
{
    /// <summary>The compiled assembly (the intermediate one, in obj/).</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>The folder the YAML goes to; unused when <see cref="WriteFiles"/> is false.</summary>
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>False: write nothing, and delete what this build wrote before (the YAML stays in the assembly only).</summary>
    public bool WriteFiles { get; set; } = true;

    /// <summary>True: an object the generator withheld is a warning, and the other objects are written without it.</summary>
    public bool AllowWithheldObjects { get; set; }

    /// <summary>
    /// True: write and delete nothing, and fail (KMB009) when the folder does not hold exactly what the classes produce,
    /// for the CI of a repository that commits the YAML.
    /// </summary>
    public bool VerifyOnly { get; set; }

    /// <summary>Every file the output folder now holds from this build, for publishing.</summary>
    [Output]
    public ITaskItem[] Files { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public override bool Execute()
    {
        if (!WriteFiles)
        {
            // Nothing to write; what an earlier build wrote goes, if there is a record of it.
            return !File.Exists(RecordPath) || ChangeOutput(output =>
            {
                output.LeaveFoldersOtherThan(null);
                output.Save();
                return true;
            });
        }

        AssemblyManifests manifests;
        try
        {
            manifests = AssemblyManifests.Read(AssemblyPath);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A damaged or half-written image fails in many ways (BadImageFormatException, ArgumentOutOfRangeException...).
            Log.ReportUnreadableAssembly(AssemblyPath, exception.Message);
            return false;
        }
        var folder = PathRules.NormalizeFolder(OutputDirectory);
        if (manifests.Files.Count == 0 && manifests.Withheld.Count == 0 && manifests.Seeds.Count == 0 && !File.Exists(RecordPath) && !WroteTo(folder))
        {
            // A project without objects that never wrote any, here or (by the folder's marker) from another clone: a
            // test project that references the app, say, even one sharing the app's folder. Nothing to say, and no
            // folder, record or lock to make.
            Log.LogMessage(MessageImportance.Low, "Manifests: the project declares no Kubernetes objects");
            return true;
        }
        if (!AcceptWithheld(manifests.Withheld))
        {
            return false;
        }
        var planned = Plan(folder, manifests.Files);
        if (planned is null)
        {
            return false;
        }
        if (VerifyOnly)
        {
            var files = new AtomicFiles(FileSystem, new Retrying(Retries, RetryDelayMilliseconds, message => Log.LogMessage(MessageImportance.Normal, message)));
            if (!new OutputVerifier(files, Log).Verify(folder, planned))
            {
                return false;
            }
            // The build's files all the same: listed in FileWrites, incremental clean keeps them, and publish copies them.
            Files = planned.Select(file => (ITaskItem)new TaskItem(file.FullPath)).ToArray();
            Log.LogMessage(MessageImportance.High, "Manifests: the {0} files in {1} are what the classes produce", planned.Count, folder + Path.DirectorySeparatorChar);
            return true;
        }

        return ChangeOutput(output =>
        {
            var summary = new FolderWriter(output, Log).Write(folder, planned);
            if (summary is not { } done)
            {
                return false;
            }
            output.LeaveFoldersOtherThan(folder);
            output.Save();
            Files = planned.Select(file => (ITaskItem)new TaskItem(file.FullPath)).ToArray();
            if (!new SeedWriter(output.Files, Log).Write(folder, manifests.Seeds, AssemblyPath))
            {
                return false;
            }
            var shown = folder + Path.DirectorySeparatorChar;
            var removed = done.Removed > 0 ? $", {done.Removed} removed" : string.Empty;
            Log.LogMessage(planned.Count == 0 && done.Removed == 0 ? MessageImportance.Normal : MessageImportance.High,
                planned.Count == 0
                    ? "Manifests: no Kubernetes objects in {0}{4}"
                    : "Manifests: {1} files in {0} ({2} written, {3} unchanged{4})",
                shown, planned.Count, done.Written, done.Unchanged, removed);
            return true;
        });
    }

    /// <summary>Whether the folder's marker says this project wrote there (from this clone or another).</summary>
    private bool WroteTo(string folder)
    {
        var files = new AtomicFiles(FileSystem, new Retrying(Retries, RetryDelayMilliseconds, message => Log.LogMessage(MessageImportance.Normal, message)));
        try
        {
            return OwnerMarker.Read(folder, files)?.IsOwnedBy(Path.GetFullPath(ProjectPath)) == true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return true; // Unreadable: go the whole way, which reports it.
        }
    }

    /// <summary>Reports every withheld object; true when the build may go on without them.</summary>
    private bool AcceptWithheld(IReadOnlyList<WithheldManifest> withheld)
    {
        foreach (var manifest in withheld)
        {
            if (AllowWithheldObjects)
            {
                Log.ReportWithheldAllowed(ProjectPath, manifest.Path, manifest.Reason);
            }
            else
            {
                Log.ReportWithheld(ProjectPath, manifest.Path, manifest.Reason);
            }
        }
        return AllowWithheldObjects || withheld.Count == 0;
    }

    /// <summary>Where each file goes, or null when one cannot go anywhere (reported): before anything is written.</summary>
    private List<PlannedFile>? Plan(string folder, IReadOnlyList<EmbeddedManifestFile> files)
    {
        var planned = new List<PlannedFile>(files.Count);
        var seen = new HashSet<string>(PathRules.Comparer);
        foreach (var file in files)
        {
            var target = PathRules.Resolve(folder, file.Path);
            if (target is null)
            {
                Log.ReportPathLeavesFolder(AssemblyPath, file.Path);
                continue;
            }
            if (PathRules.OverlongName(file.Path) is { } name)
            {
                Log.ReportNameTooLong(target, name, System.Text.Encoding.UTF8.GetByteCount(name));
                continue;
            }
            if (seen.Add(target))
            {
                planned.Add(new PlannedFile(file.Path, target, file.Content));
            }
        }
        return Log.HasLoggedErrors ? null : planned;
    }
}
