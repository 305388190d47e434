namespace Manifests.Build.Output;

/// <summary>What a successful write did to the output folder, for the build's one summary line.</summary>
internal readonly record struct WriteSummary(int Written, int Unchanged, int Removed);
