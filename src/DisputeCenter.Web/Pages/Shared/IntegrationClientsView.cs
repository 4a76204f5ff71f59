using DisputeCenter.Services.Integration.Clients;

namespace DisputeCenter.Web.Pages.Shared;

/// <summary>What the integration clients partial shows: the clients, a key just made (shown this once), and whether scopes are chosen.</summary>
public sealed record IntegrationClientsView(IReadOnlyList<ClientSummary> Clients, IssuedKey? Issued, bool ChoosesScopes);
