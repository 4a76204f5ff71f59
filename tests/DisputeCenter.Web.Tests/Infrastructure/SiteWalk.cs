using System.Net;
using System.Text.RegularExpressions;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Domain.Support;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Conversations;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Services.Support;
using DisputeCenter.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests.Infrastructure;

/// <summary>
/// Every route the app maps (from its endpoint data source, not a hand-kept list), with a sample of each kind of id the
/// site has and a signed-in client per role: what the tests that walk the whole site share.
/// </summary>
public sealed partial class SiteWalk(DisputeCenterApp app)
{
    /// <summary>The route patterns of every endpoint the app maps (pages and health checks), as the router knows them.</summary>
    public List<string> MappedRoutes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>A route's address once per id the site has (a route with an id is tried with each kind), or as it is.</summary>
    public static IEnumerable<string> UrlsFor(string route, IReadOnlyList<Guid> ids)
    {
        if (!Parameter().IsMatch(route))
        {
            return [$"/{route}", $"/{route}?orderId={ids[0]}"];
        }

        // The help centre's articles are named, not numbered: each route with a slug is tried with a real article.
        if (route.Contains("{slug}", StringComparison.Ordinal))
        {
            return [$"/{route.Replace("{slug}", DisputeCenter.Web.Help.HelpLinks.HowDisputesWork, StringComparison.Ordinal)}"];
        }

        if (route.Contains(":int}", StringComparison.Ordinal))
        {
            return [$"/{Parameter().Replace(route, "404")}"];
        }

        return ids.Select(id => $"/{Parameter().Replace(route, id.ToString())}");
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    /// <summary>A filed dispute with evidence, a conversation with an attachment, a deadline policy, and a support ticket with an attachment: one id of each kind.</summary>
    public async Task<IReadOnlyList<Guid>> SampleIdsAsync()
    {
        var filed = await app.Database.FileAsync();
        var evidence = await app.Database.SubmitEvidenceAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id), "crack.png", EvidenceFiles.Png());
        var secondOrder = await app.Data.OrderAsync(filed.Buyer.Id, filed.Seller.Id, product: "Cable");
        var photo = new IncomingFile("cable.png", EvidenceKind.Photo, null, () => new MemoryStream(EvidenceFiles.Png()));
        var conversation = await app.Database.InScopeAsync(s => s.GetRequiredService<SellerConversationService>().StartAsync(
            filed.Buyer.Id,
            new StartConversationCommand { OrderId = secondOrder.Id, Reason = DisputeReason.NotReceived, Message = "Where is my cable?" },
            [photo]));
        var attachment = await app.Database.WithDbAsync(db => db.Set<ConversationAttachment>().Select(a => a.Id).FirstAsync());
        var policy = await app.Database.WithDbAsync(db => db.DeadlinePolicies.Select(p => p.Id).FirstAsync());
        var ticket = await app.Database.InScopeAsync(s => s.GetRequiredService<SupportTicketService>().OpenAsync(
            filed.Buyer.Id,
            new OpenTicketCommand { Topic = SupportTopic.Order, OrderId = filed.Order.Id, Subject = "Refund question", Message = "When does my refund arrive?" },
            [new IncomingFile("receipt.png", EvidenceKind.Photo, null, () => new MemoryStream(EvidenceFiles.Png()))]));
        var ticketFile = await app.Database.WithDbAsync(db => db.Set<SupportAttachment>().Select(a => a.Id).FirstAsync());
        return [filed.Order.Id, filed.DisputeId, evidence, conversation.Value, attachment, policy, ticket.Value, ticketFile];
    }

    /// <summary>A stranger and a signed-in client for the buyer and seller of the sample dispute, a moderator and an administrator.</summary>
    public async Task<Dictionary<string, HttpClient>> ClientsAsync()
    {
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = app.Browser() };
        foreach (var (role, email) in await AccountsAsync())
        {
            var client = app.Browser();
            Xunit.Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, TestData.Password)).StatusCode);
            clients[role] = client;
        }

        // Between the password and the second factor: the only client that reaches the code page.
        var pending = app.Browser();
        using var passwordStep = await pending.SubmitAsync("/Identity/Account/Login", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = (await app.Data.ModeratorAsync()).Email!,
            ["Input.Password"] = TestData.Password,
        });
        Xunit.Assert.Contains("LoginWith2fa", passwordStep.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
        clients["second factor pending"] = pending;
        return clients;
    }

    private async Task<List<(string Role, string Email)>> AccountsAsync()
    {
        var filed = await app.Database.WithDbAsync(db => db.Disputes.OrderBy(d => d.Id).Select(d => new { d.BuyerId, d.SellerUserId }).FirstAsync());
        var buyer = await app.Database.WithDbAsync(db => db.Users.Where(u => u.Id == filed.BuyerId).Select(u => u.Email!).SingleAsync());
        var seller = await app.Database.WithDbAsync(db => db.Users.Where(u => u.Id == filed.SellerUserId).Select(u => u.Email!).SingleAsync());
        return
        [
            (Roles.Buyer, buyer),
            (Roles.Seller, seller),
            (Roles.Moderator, (await app.Data.ModeratorAsync()).Email!),
            (Roles.Administrator, (await app.Data.UserAsync(Roles.Administrator, "Ada Admin")).Email!),
        ];
    }
}
