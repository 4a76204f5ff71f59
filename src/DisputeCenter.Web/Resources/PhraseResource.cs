namespace DisputeCenter.Web.Resources;

/// <summary>
/// Marker for the phrases: words that run inside a sentence ("seller", "accept the claim", "a full refund of {0}"), read
/// only by <c>Text.Phrase</c>, which is also how the texts among a <c>DomainText</c>'s arguments are read. Their Afrikaans
/// can differ from the capitalised heading or button of the same words ("Seller", "Accept the claim": word order,
/// "aanvaar die eis" / "die eis aanvaar"), and a resource file's names must differ in more than case (the build drops
/// such duplicates; it is an error in this project), so they live apart in <c>Resources/PhraseResource.af-ZA.resx</c>.
/// </summary>
public sealed class PhraseResource;
