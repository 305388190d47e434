using System;
using System.Collections.Generic;
using System.IO;
using Manifests.Build.Files;
using Manifests.Build.Reading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Manifests.Build.Output;

/// <summary>
/// Creates the files the generator hands over to their owner (a stage's kustomization that a person or Kargo edits):
/// each only when nothing is at its path. The build never records, overwrites or deletes them: from the moment it
/// exists, such a file is the team's.
/// </summary>
internal sealed class SeedWriter
{
    private readonly AtomicFiles files;
    private readonly TaskLoggingHelper log;

    public SeedWriter(AtomicFiles files, TaskLoggingHelper log)
    {
        this.files = files;
        this.log = log;
    }

    /// <summary>Creates each missing seed under <paramref name="folder"/>; false when one could not be written (reported).</summary>
    public bool Write(string folder, IReadOnlyList<SeedManifest> seeds, string assemblyPath)
    {
        foreach (var seed in seeds)
        {
            var target = PathRules.Resolve(folder, seed.Path);
            if (target is null)
            {
                log.ReportPathLeavesFolder(assemblyPath, seed.Path);
                continue;
            }
            try
            {
                if (files.FileSystem.FileExists(target))
                {
                    continue;
                }
                files.Retrying.Run(target, () => files.FileSystem.CreateDirectory(Path.GetDirectoryName(target)!));
                // Create-only: a file someone puts there meanwhile wins.
                if (files.Write(target, Content.Encode(seed.Content), mayReplace: false))
                {
                    log.LogMessage(MessageImportance.High, "Manifests: created '{0}'; it is yours from now on, and the build never changes it", target);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                log.ReportWriteFailed(target, exception.Message);
            }
        }
        return !log.HasLoggedErrors;
    }
}
