namespace DisputeCenter.Web;

/// <summary>Marker for the one shared resource file: English texts are the keys, <c>Resources/SharedResource.af-ZA.resx</c> holds Afrikaans
/// (embedded as <c>DisputeCenter.Web.SharedResource.af-ZA</c> beside this class, so no ResourcesPath is set).</summary>
public sealed class SharedResource;
