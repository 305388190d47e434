using System;
using System.Collections.Immutable;
using System.Linq;
using Manifests.Generators.Parsing;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Images;
using Manifests.Generators.Domain.Resolution;
using Manifests.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Manifests.Generators.Analyzers;

/// <summary>
/// Reports image mistakes (KM2xx) on the image string of each <c>[Container]</c>, sidecars included: a malformed
/// reference (KM201), a registry the team does not allow (KM202), an image its registry catalog does not list (KM203),
/// another component's image (KM204), and a mutable tag (KM205). The tag is judged as it ships: with the tag CI sets
/// (<c>ManifestsImageTag</c>) and each environment's <c>[Override]</c>, the message saying so. Fixes, where the right image is known, travel in the
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
            var defaults = model.Defaults(start.CancellationToken);
            var policy = RegistryPolicy.Create(defaults.AllowedRegistries, BuildProperties.AllowedRegistries(start.Options));
            var tags = BuildProperties.ImageTags(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            var environments = defaults.Environments.Select(environment => environment.Name.Value).Distinct().ToImmutableArray();

            // 2. Every container image of every workload class, as the code says it and as the build writes it.
            var settings = new Settings(catalog, policy, model, tags, environments);
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

            // Where the image comes from (registry and path) is the code's in every environment; which tag ships is
            // judged as the build writes it: with the tag CI sets, and each environment's own.
            var isMainContainer = !attributes[container.Source.AttributeIndex].IsNested || workload.Containers.Count == 1;
            CheckRegistry(context, settings, image, location);
            CheckComponent(context, settings, workload, container, isMainContainer, image, location);

            var shipped = EnvironmentView.Tag(text, settings.Tags) is { } tag ? image.WithTag(tag) : text;
            var said = shipped == text ? ImageContext.Code : ImageContext.BuildTags;
            if (Reparse(context, shipped, said, location) is { } baseline)
            {
                CheckCatalog(context, settings, baseline, said, location);
                CheckTag(context, settings, baseline, said, location);
            }

            // A digest pins the image in every environment: no tag changes it.
            foreach (var environment in image.Digest is null ? settings.Environments : ImmutableArray<string>.Empty)
            {
                if (LastTag(container, environment) is not { } pinned)
                {
                    continue;
                }
                var environmentImage = image.WithTag(pinned.Value);
                if (environmentImage == shipped)
                {
                    continue;
                }
                var at = new DeferredLocation(attributes[pinned.Source.AttributeIndex].Data, pinned.Source.Argument, fallback, context.CancellationToken);
                var inEnvironment = ImageContext.In(environment);
                if (Reparse(context, environmentImage, inEnvironment, at) is { } overridden)
                {
                    CheckCatalog(context, settings, overridden, inEnvironment, at);
                    CheckTag(context, settings, overridden, inEnvironment, at);
                }
            }
        }
    }

    /// <summary>An image as the build writes it (its tag set by CI or an environment), or null after KM201 when that tag makes it malformed.</summary>
    private static ImageReference? Reparse(SymbolAnalysisContext context, string text, ImageContext said, DeferredLocation location)
    {
        if (ImageReferenceParser.Parse(text, out var problem) is { } image)
        {
            return image;
        }
        context.ReportDiagnostic(said.Create(DiagnosticDescriptors.MalformedImage, location.Get(), problem!.Suggestion, text, problem.Reason));
        return null;
    }

    /// <summary>The tag an environment's <c>[Override]</c> pins the container to, if any: the last one written wins, as in the YAML.</summary>
    private static Sourced<string>? LastTag(ContainerSpec container, string environment)
    {
        Sourced<string>? tag = null;
        foreach (var @override in container.Overrides)
        {
            if (@override.Environment.Value == environment && @override.Tag is { } pinned)
            {
                tag = pinned;
            }
        }
        return tag;
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
    private static void CheckCatalog(SymbolAnalysisContext context, Settings settings, ImageReference image, ImageContext said, DeferredLocation location)
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
                0 => said.Create(DiagnosticDescriptors.ImageListedByDigestOnly, location.Get(), suggestion, image.Text, files, written),
                1 => said.Create(DiagnosticDescriptors.ImageTagNotInCatalog, location.Get(), suggestion, image.Text, files, written, tags[0], suggestion ?? string.Empty),
                _ => said.Create(DiagnosticDescriptors.ImageTagNotInCatalogOfSeveral, location.Get(), suggestion, image.Text, files, written, string.Join(", ", tags), suggestion ?? string.Empty),
            };
        }
        else
        {
            diagnostic = suggestion is not null
                ? said.Create(DiagnosticDescriptors.ImageNotInCatalogDidYouMean, location.Get(), suggestion, image.Text, files, suggestion)
                : said.Create(DiagnosticDescriptors.ImageNotInCatalog, location.Get(), suggestion, image.Text, files);
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
    private static void CheckTag(SymbolAnalysisContext context, Settings settings, ImageReference image, ImageContext said, DeferredLocation location)
    {
        if (!image.IsMutable)
        {
            return;
        }
        var newest = settings.Catalog.Find(image)?.NewestTag;
        if (newest is null)
        {
            var descriptor = image.Tag is null ? DiagnosticDescriptors.ImageWithoutTag : DiagnosticDescriptors.ImageOnLatest;
            context.ReportDiagnostic(said.Create(descriptor, location.Get(), null, image.Text));
            return;
        }
        var replacement = image.WithTag(newest);
        var pinned = image.Tag is null ? DiagnosticDescriptors.ImageWithoutTagInCatalog : DiagnosticDescriptors.ImageOnLatestInCatalog;
        context.ReportDiagnostic(said.Create(pinned, location.Get(), replacement, image.Text, newest, replacement));
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

    /// <summary>What one compilation's analysis shares: the world, the model, the tags CI sets and the declared environments.</summary>
    private sealed record Settings(ImageCatalog Catalog, RegistryPolicy Policy, CompilationModel Model, ImageTags Tags, ImmutableArray<string> Environments);

    /// <summary>
    /// Whose image a diagnostic judges: the code's as written (with its fix), or the one the build writes (the tag CI
    /// sets, an environment's own), said so before the sentence; its fix would pin that tag in the code, so it has none.
    /// </summary>
    private readonly struct ImageContext
    {
        private readonly string? environment;
        private readonly bool buildTags;

        private ImageContext(string? environment, bool buildTags) => (this.environment, this.buildTags) = (environment, buildTags);

        public static ImageContext Code => default;

        public static ImageContext BuildTags => new(null, buildTags: true);

        public static ImageContext In(string environment) => new(environment, buildTags: false);

        public Diagnostic Create(DiagnosticDescriptor descriptor, Location location, string? replacement, params object[] arguments)
            => environment is not null
                ? Diagnostic.Create(ContextualDescriptors.InEnvironment(descriptor), location, [environment, .. arguments])
                : buildTags
                    ? Diagnostic.Create(ContextualDescriptors.WithImageTags(descriptor), location, arguments)
                    : ImageAnalyzer.Create(descriptor, location, replacement, arguments);
    }
}
