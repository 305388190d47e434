using Manifests;

// Every object of the shop goes to the "shop" namespace and carries these labels.
[assembly: ManifestDefaults(Namespace = "shop", PartOf = "shop")]
[assembly: Label("team", "commerce")]
