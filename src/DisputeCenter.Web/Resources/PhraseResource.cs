namespace DisputeCenter.Web.Resources;

/// <summary>
/// Marker for the phrases that run inside a sentence ("seller", "accept the claim"), whose Afrikaans differs from the
/// capitalised heading or button of the same words ("Seller", "Accept the claim": word order, "aanvaar die eis" /
/// "die eis aanvaar"). They live in <c>Resources/PhraseResource.af-ZA.resx</c> because a resource file's names must
/// differ in more than case (the build drops such duplicates; it is an error in this project).
/// </summary>
public sealed class PhraseResource;
