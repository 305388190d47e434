using System;
using System.Collections.Immutable;
using System.Linq;
using Manifests.Generators.Parsing;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Images;
using Manifests.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Manifests.Generators.Analyzers;

/// <summary>
/// Reports image mistakes (KM2xx) on the image string of each <c>[Container]</c>, sidecars included: a malformed
/// reference (KM201), a registry the team does not allow (KM202), an image its registry catalog does not list (KM203),
/// another component's image (KM204), and a mutable tag (KM205). Fixes, where the right image is known, travel in the
/// diagnostic's properties (<see cref="DiagnosticProperties.Replacement"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ImageAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.ImageRules;

    /// <summary>Told the path of each catalog file the analyzer actually parses, not served from the cache (for tests).</summary>
    internal Action<string>? CatalogParsed { get; init; }

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        var parsed = CatalogParsed;
        context.RegisterCompilationStartAction(start =>
        {
            // 1. What the project declares, read once per compilation: its catalog files (each text parsed once for as
            //    long as it is unchanged) and its allowed registries.
            var model = CompilationModel.For(start.Compilation);
            var catalog = WorldFiles.LoadCatalog(start.Options, parsed, start.CancellationToken);
            var policy = RegistryPolicy.Create(model.Defaults(start.CancellationToken).AllowedRegistries, BuildProperties.AllowedRegistries(start.Options));

            // 2. Every container image of every workload class.
            var settings = new Settings(catalog, policy, model);
            start.RegisterSymbolAction(symbol => AnalyzeWorkload(symbol, settings), SymbolKind.NamedType);

            // 3. Catalog lines that are no image reference, reported in the catalog file itself.
            if (catalog.Files.Any(f => !f.Text.Problems.IsEmpty))
            {
                start.RegisterAdditionalFileAction(file => ReportCatalogLines(file, catalog));
            }
        });
    }

    private static void AnalyzeWorkload(SymbolAnalysisContext context, Settings settings)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (settings.Model.Class(type, context.CancellationToken) is not { Workload: { } workload, Attributes: var attributes })
        {
            return; // Container classes nested in a workload are analysed with it.
        }
        var fallback = type.Locations.FirstOrDefault() ?? Location.None;

        foreach (var container in workload.Containers)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var source = container.Image.Source;
            var location = new DeferredLocation(attributes[source.AttributeIndex].Data, source.Argument, fallback, context.CancellationToken);
            var text = container.Image.Value;

            if (ImageReferenceParser.Parse(text, out var problem) is not { } image)
            {
                context.ReportDiagnostic(Create(DiagnosticDescriptors.MalformedImage, location.Get(), problem!.Suggestion, text, problem.Reason));
                continue;
            }

            var isMainContainer = !attributes[container.Source.AttributeIndex].IsNested || workload.Containers.Count == 1;
            CheckRegistry(context, settings, image, location);
            CheckCatalog(context, settings, image, location);
            CheckComponent(context, settings, workload, container, isMainContainer, image, location);
            CheckTag(context, settings, image, location);
        }
    }

    /// <summary>KM202: the image's registry is not one the team declared.</summary>
    private static void CheckRegistry(SymbolAnalysisContext context, Settings settings, ImageReference image, DeferredLocation location)
    {
        if (settings.Policy.Allows(image))
        {
            return;
        }
        // The same image in an allowed registry, when the catalog has it, is the fix.
        var replacement = settings.Catalog.Named(image.Name)
            .Where(r => settings.Policy.Allows(r.Sample))
            .OrderBy(r => r.Sample.RepositoryPath == image.RepositoryPath ? 0 : 1)
            .ThenBy(r => r.Repository, System.StringComparer.Ordinal)
            .Select(r => r.Suggest(image))
            .FirstOrDefault(s => s is not null);
        var descriptor = (image.HasImplicitRegistry, replacement is null) switch
        {
            (false, true) => DiagnosticDescriptors.RegistryNotAllowed,
            (true, true) => DiagnosticDescriptors.ImplicitRegistryNotAllowed,
            (false, false) => DiagnosticDescriptors.RegistryNotAllowedWithCopy,
            (true, false) => DiagnosticDescriptors.ImplicitRegistryNotAllowedWithCopy,
        };
        context.ReportDiagnostic(Create(descriptor, location.Get(), replacement, image.Text, image.Registry, replacement ?? settings.Policy.Describe()));
    }

    /// <summary>KM203: the registry catalog does not list the image.</summary>
    private static void CheckCatalog(SymbolAnalysisContext context, Settings settings, ImageReference image, DeferredLocation location)
    {
        var catalog = settings.Catalog;
        if (!catalog.IsPresent || catalog.Contains(image))
        {
            return;
        }
        var repository = catalog.Find(image);
        if (repository is not null && image.IsMutable)
        {
            return; // The repository is there; which tag 'latest' is, is KM205's business.
        }

        var suggestion = catalog.Closest(image);
        var files = catalog.FileNames;
        Diagnostic diagnostic;
        if (repository is not null)
        {
            var tags = repository.TagsNewestFirst.Take(5).ToList();
            var written = repository.Sample.WrittenRepository;
            diagnostic = tags.Count switch
            {
                0 => Create(DiagnosticDescriptors.ImageListedByDigestOnly, location.Get(), suggestion, image.Text, files, written),
                1 => Create(DiagnosticDescriptors.ImageTagNotInCatalog, location.Get(), suggestion, image.Text, files, written, tags[0], suggestion ?? string.Empty),
                _ => Create(DiagnosticDescriptors.ImageTagNotInCatalogOfSeveral, location.Get(), suggestion, image.Text, files, written, string.Join(", ", tags), suggestion ?? string.Empty),
            };
        }
        else
        {
            diagnostic = suggestion is not null
                ? Create(DiagnosticDescriptors.ImageNotInCatalogDidYouMean, location.Get(), suggestion, image.Text, files, suggestion)
                : Create(DiagnosticDescriptors.ImageNotInCatalog, location.Get(), suggestion, image.Text, files);
        }
        context.ReportDiagnostic(diagnostic);
    }

    /// <summary>KM204: the image's path names another component of the project.</summary>
    private static void CheckComponent(
        SymbolAnalysisContext context, Settings settings, WorkloadSpec workload, ContainerSpec container, bool isMainContainer, ImageReference image, DeferredLocation location)
    {
        var components = settings.Model.Components(context.CancellationToken);
        if (components.Check(workload, container, isMainContainer, image, settings.Catalog) is not { } mixUp)
        {
            return;
        }
        var owner = isMainContainer ? $"'{workload.Name.Value}'" : $"container '{container.Name.Value}' of '{workload.Name.Value}'";
        var ownName = container.Name.Value;
        var other = mixUp.Owner.Describe();
        var diagnostic = mixUp.OwnImage switch
        {
            { NewestTag: { } newest } own => Create(DiagnosticDescriptors.ImageOfAnotherComponent, location.Get(), own.Sample.WithTag(newest),
                image.Text, owner, other, mixUp.Evidence, ownName, own.Sample.WithTag(newest)),
            { } anyTag => Create(DiagnosticDescriptors.ImageOfAnotherComponentAnyTag, location.Get(), null,
                image.Text, owner, other, mixUp.Evidence, ownName, anyTag.Sample.WrittenRepository),
            null => Create(DiagnosticDescriptors.ImageOfAnotherComponentUncatalogued, location.Get(), null,
                image.Text, owner, other, mixUp.Evidence, ownName),
        };
        context.ReportDiagnostic(diagnostic);
    }

    /// <summary>KM205: no tag, or <c>latest</c>, and no digest.</summary>
    private static void CheckTag(SymbolAnalysisContext context, Settings settings, ImageReference image, DeferredLocation location)
    {
        if (!image.IsMutable)
        {
            return;
        }
        var newest = settings.Catalog.Find(image)?.NewestTag;
        if (newest is null)
        {
            var descriptor = image.Tag is null ? DiagnosticDescriptors.ImageWithoutTag : DiagnosticDescriptors.ImageOnLatest;
            context.ReportDiagnostic(Create(descriptor, location.Get(), null, image.Text));
            return;
        }
        var replacement = image.WithTag(newest);
        var pinned = image.Tag is null ? DiagnosticDescriptors.ImageWithoutTagInCatalog : DiagnosticDescriptors.ImageOnLatestInCatalog;
        context.ReportDiagnostic(Create(pinned, location.Get(), replacement, image.Text, newest, replacement));
    }

    /// <summary>KM201 in a catalog file: the line is skipped until it is an image reference.</summary>
    private static void ReportCatalogLines(AdditionalFileAnalysisContext context, ImageCatalog catalog)
    {
        foreach (var file in catalog.Files)
        {
            if (file.Path != context.AdditionalFile.Path)
            {
                continue;
            }
            foreach (var line in file.Text.Problems)
            {
                var span = new TextSpan(line.Start, line.Length);
                var lineSpan = new LinePositionSpan(new LinePosition(line.Line, line.Column), new LinePosition(line.Line, line.Column + line.Length));
                var location = Location.Create(file.Path, span, lineSpan);
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MalformedCatalogLine, location, line.Text, line.Problem.Reason));
            }
        }
    }

    private static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, string? replacement, params object[] arguments)
        => Diagnostic.Create(descriptor, location, DiagnosticProperties.Replacement(replacement), arguments);

    /// <summary>What one compilation's analysis shares.</summary>
    private sealed record Settings(ImageCatalog Catalog, RegistryPolicy Policy, CompilationModel Model);
}
