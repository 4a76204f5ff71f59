using DisputeCenter.BrowserTests.Infrastructure;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.BrowserTests;

/// <summary>The seller's and the moderators' side of a dispute, and the administration pages, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SellerAndModerationBrowserTests(KestrelApp app, ChromiumFixture chromium) : BrowserTest(app, chromium), IClassFixture<KestrelApp>
{
    private const string Rationale = "The buyer's photo shows the crack; the seller never answered. Half the price covers the broken ear cup.";

    /// <summary>A seller name no other test of this class uses, so a queue filtered by it shows only this test's case.</summary>
    private static string UniqueSeller(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    private static ILocator Region(IPage page, string name) =>
        page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = name, Exact = true });

    private static ILocator Link(IPage page, string name) =>
        page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = name, Exact = true });

    private static ILocator MainNavLink(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Main" })
            .GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = name, Exact = true });

    /// <summary>
    /// Runs the deadline sweep, then waits for the app's own sweeper (which the clock's advance may have woken) to
    /// commit whatever it holds of this dispute, and returns the dispute as the database has it.
    /// </summary>
    private async Task<Dispute> SweepAsync(Guid disputeId)
    {
        await App.Database.InScopeAsync(s => s.GetRequiredService<DeadlineSweep>().SweepAsync());
        await App.Database.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var locked = await db.Database.SqlQuery<Guid>($"""SELECT id AS "Value" FROM disputes WHERE id = {disputeId} FOR SHARE""").ToListAsync();
            await transaction.CommitAsync();
            return locked;
        });
        return await App.Database.WithDbAsync(db => db.Disputes.AsNoTracking().SingleAsync(d => d.Id == disputeId));
    }

    [Fact]
    public Task A_seller_sees_the_claim_waiting_counters_with_a_partial_refund_and_the_buyer_sees_the_offer() => InBrowserAsync(async () =>
    {
        var filed = await App.Database.FileAsync(unitPrice: 50m, quantity: 2, sellerName: UniqueSeller("Lantern Audio"));
        var seller = await NewPageAsync();
        await seller.SignInAsync(filed.SellerUser.Email!);

        await seller.GotoAsync("/Seller");
        await Expect(seller.Locator("#claims-awaiting")).ToHaveTextAsync("1 claim waiting for your answer");
        await SnapAsync(seller, "seller-home");
        await MainNavLink(seller, "Claims").ClickAsync();
        var rows = seller.Locator("table.data tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync("Your move");
        await Expect(rows).ToContainTextAsync("USD 100.00");
        await SnapAsync(seller, "seller-claims");
        await Link(seller, filed.Order.Number).ClickAsync();

        await Expect(seller.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToContainTextAsync($"Claim on order {filed.Order.Number}");
        await Expect(Region(seller, "The buyer's claim")).ToContainTextAsync(DisputeFlow.Description);
        await SnapAsync(seller, "seller-claim");
        var offer = seller.Locator("form[action*='handler=Counter']");
        await offer.GetByLabel("Partial refund, keep the goods").CheckAsync();
        await offer.GetByLabel("Refund amount (USD), for a partial refund").FillAsync("30");
        await offer.GetByLabel("Note to the buyer").FillAsync("Keep the headphones; we refund 30 for the broken ear cup.");
        await ClickAsync(seller, "Send the offer");

        await Expect(seller.GetByRole(AriaRole.Status)).ToContainTextAsync("Your offer was sent to the buyer.");
        await Expect(seller.Locator("h1 .status")).ToHaveTextAsync("Negotiating");
        await Expect(Region(seller, "Offers")).ToContainTextAsync("USD 30.00");
        await seller.GotoAsync("/Seller");
        await Expect(seller.Locator("#claims-awaiting")).ToHaveTextAsync("0 claims waiting for your answer");

        var buyer = await NewPageAsync();
        await buyer.SignInAsync(filed.Buyer.Email!);
        await buyer.GotoAsync($"/Disputes/{filed.DisputeId}");
        await Expect(buyer.Locator("form[action*='handler=Accept']")).ToContainTextAsync("Partial refund, keep the goods, USD 30.00");
        await Expect(Region(buyer, "Offers")).ToContainTextAsync("Keep the headphones; we refund 30 for the broken ear cup.");
    });

    [Fact]
    public Task A_silent_sellers_case_escalates_is_decided_with_the_buyers_photo_cited_and_a_second_moderator_takes_the_appeal() => InBrowserAsync(async () =>
    {
        var sellerName = UniqueSeller("Quiet Harbour Trading");
        var filed = await App.Database.FileAsync(unitPrice: 50m, quantity: 2, sellerName: sellerName);
        var photo = await App.Database.SubmitEvidenceAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id), "cracked-cup.png", EvidenceFiles.Png());
        var decider = await App.Data.ModeratorAsync("Dora Decider");
        var reviewer = await App.Data.ModeratorAsync("Rui Reviewer");

        App.Clock.Advance(OverdueDisputes.SellerResponse + TimeSpan.FromMinutes(1));
        var escalated = await SweepAsync(filed.DisputeId);
        Assert.Equal((DisputeStatus.InMediation, true, (string?)null), (escalated.Status, escalated.SellerUnresponsive, escalated.AssignedModeratorId));

        var moderator = await NewPageAsync();
        await moderator.SignInAsync(decider.Email!);
        await MainNavLink(moderator, "Queue").ClickAsync();
        await moderator.GetByLabel("Seller", new PageGetByLabelOptions { Exact = true }).FillAsync(sellerName);
        await ClickAsync(moderator, "Filter");
        var queue = moderator.Locator("table.queue tbody tr");
        await Expect(queue).ToHaveCountAsync(1);
        await Expect(queue).ToContainTextAsync(filed.Order.Number);
        await Expect(queue).ToContainTextAsync("Seller unresponsive");
        await Expect(queue).ToContainTextAsync("Unassigned");
        await SnapAsync(moderator, "moderation-queue");
        await ClickAsync(moderator, $"Take {filed.Order.Number}");

        await Expect(moderator).ToHaveURLAsync(new Uri(App.Address, $"/Moderation/Cases/{filed.DisputeId}").ToString());
        var assignment = Region(moderator, "Assignment and deadlines");
        await Expect(assignment).ToContainTextAsync("You");
        await Expect(Region(moderator, "The seller's side")).ToContainTextAsync("The seller did not answer within the response time.");
        var buyerSide = Region(moderator, "The buyer's side");
        await Expect(buyerSide).ToContainTextAsync("Not opened by you yet.");
        await Expect(moderator.Locator("#unopened")).ToContainTextAsync("cracked-cup.png");
        await SnapAsync(moderator, "moderation-case");

        var download = await moderator.RunAndWaitForDownloadAsync(() => buyerSide.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "cracked-cup.png" }).ClickAsync());
        Assert.Equal("cracked-cup.png", download.SuggestedFilename);
        await moderator.ReloadAsync();
        await Expect(buyerSide).ToContainTextAsync("You opened it");
        await Expect(moderator.Locator("#unopened")).ToHaveCountAsync(0);

        var ask = moderator.Locator("form[action*='handler=Request']");
        await ask.GetByLabel("Buyer", new LocatorGetByLabelOptions { Exact = true }).CheckAsync();
        await ask.GetByLabel("What is needed").FillAsync("A photo of the serial number label, please.");
        await ClickAsync(moderator, "Send the request");
        await Expect(moderator.GetByRole(AriaRole.Status)).ToContainTextAsync("Your request went to the party");
        await Expect(moderator.Locator("h1 .status")).ToHaveTextAsync("Information requested");

        var buyer = await NewPageAsync();
        await buyer.SignInAsync(filed.Buyer.Email!);
        await buyer.GotoAsync($"/Disputes/{filed.DisputeId}");
        var request = buyer.GetByRole(AriaRole.Form, new PageGetByRoleOptions { Name = "The moderator asks you" });
        await Expect(request).ToContainTextAsync("A photo of the serial number label, please.");
        await SnapAsync(buyer, "dispute-information-requested");
        await request.GetByLabel("Your answer").FillAsync("The label is torn off; the box says serial HX-2231.");
        await ClickAsync(buyer, "Send the answer");
        await Expect(buyer.GetByRole(AriaRole.Status)).ToContainTextAsync("Your answer went to the moderator");
        await Expect(buyer.Locator("h1 .status")).ToHaveTextAsync("With a moderator");

        await moderator.ReloadAsync();
        await Expect(Region(moderator, "Messages")).ToContainTextAsync("The label is torn off; the box says serial HX-2231.");
        var decide = moderator.Locator("form[action*='handler=Decide']");
        await decide.Locator($"input[name='Decide.Outcome'][value='{Outcome.PartialRefund}']").CheckAsync();
        await decide.GetByLabel("Amount (USD), for a partial refund or compensation").FillAsync("40");
        await decide.GetByLabel("Reason code").SelectOptionAsync("defect-proven");
        await decide.GetByLabel("Rationale").FillAsync(Rationale);
        await decide.GetByLabel("cracked-cup.png").CheckAsync();
        await ClickAsync(moderator, "Record the decision");

        await Expect(moderator.GetByRole(AriaRole.Status)).ToContainTextAsync("The decision is recorded");
        await Expect(moderator.Locator("h1 .status")).ToHaveTextAsync("Decided");
        await Expect(Region(moderator, "The moderator's decision")).ToContainTextAsync("USD 40.00");

        await buyer.ReloadAsync();
        var decision = Region(buyer, "The moderator's decision");
        await Expect(decision).ToContainTextAsync("USD 40.00");
        await Expect(decision).ToContainTextAsync("defect-proven");
        await Expect(decision).ToContainTextAsync(Rationale);
        var cited = decision.Locator(".citations li");
        await Expect(cited).ToHaveCountAsync(1);
        await Expect(cited.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "An item of evidence" })).ToHaveAttributeAsync("href", $"/Evidence/{photo}");
        await SnapAsync(buyer, "dispute-decided");
        await buyer.GetByLabel("What is new?").FillAsync("A video of the ear cup: it makes no sound at all, so 40 does not cover a useless pair.");
        await ClickAsync(buyer, "Appeal");
        await Expect(buyer.GetByRole(AriaRole.Status)).ToContainTextAsync("Your appeal is filed");
        await Expect(buyer.Locator("h1 .status")).ToHaveTextAsync("Under appeal");

        var appeals = $"/Moderation/Appeals?seller={Uri.EscapeDataString(sellerName)}";
        await moderator.GotoAsync(appeals);
        var forDecider = moderator.Locator("table.queue tbody tr");
        await Expect(forDecider).ToHaveCountAsync(1);
        await Expect(forDecider).ToContainTextAsync("You decided this case; another moderator must handle the appeal");
        await Expect(forDecider.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await SnapAsync(moderator, "moderation-appeals");

        var second = await NewPageAsync();
        await second.SignInAsync(reviewer.Email!);
        await MainNavLink(second, "Appeals").ClickAsync();
        await second.GetByLabel("Seller", new PageGetByLabelOptions { Exact = true }).FillAsync(sellerName);
        await ClickAsync(second, "Filter");
        await Expect(second.Locator("table.queue tbody tr")).ToHaveCountAsync(1);
        await ClickAsync(second, $"Take {filed.Order.Number}");

        await Expect(second).ToHaveURLAsync(new Uri(App.Address, $"/Moderation/Cases/{filed.DisputeId}").ToString());
        await Expect(second.Locator("h1 .status")).ToHaveTextAsync("Under appeal");
        await Expect(Region(second, "Assignment and deadlines")).ToContainTextAsync("You");
        await Expect(Region(second, "The buyer's side")).ToContainTextAsync("it makes no sound at all");
        await Expect(second.Locator("form[action*='handler=Decide']")).ToHaveCountAsync(1);
        var appealed = await App.Database.WithDbAsync(db => db.Disputes.AsNoTracking().SingleAsync(d => d.Id == filed.DisputeId));
        Assert.Equal((DisputeStatus.UnderAppeal, reviewer.Id), (appealed.Status, appealed.AssignedModeratorId));
    });

    [Fact]
    public Task The_remaining_seller_moderation_and_administration_pages_pass_axe_and_a_case_fits_a_phone() => InBrowserAsync(async () =>
    {
        var filed = await App.Database.FileAsync(sellerName: UniqueSeller("Cedar Lane Supplies"));
        var seller = await NewPageAsync();
        await seller.SignInAsync(filed.SellerUser.Email!);
        await seller.GotoAsync("/Seller/Record");
        await Expect(seller.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Your dispute record", Level = 1 })).ToBeVisibleAsync();
        await SnapAsync(seller, "seller-record");
        await MainNavLink(seller, "Messages from buyers").ClickAsync();
        await Expect(seller.Locator("table.data tbody tr")).ToHaveCountAsync(1);
        await SnapAsync(seller, "seller-conversations");
        await Link(seller, filed.Order.Number).ClickAsync();
        await Expect(seller.Locator("main")).ToContainTextAsync("Hello, the headphones arrived broken. Can you help?");
        await SnapAsync(seller, "seller-conversation");
        await MainNavLink(seller, "Orders received").ClickAsync();
        await Expect(seller.Locator("table.data tbody tr")).ToHaveCountAsync(1);
        await SnapAsync(seller, "seller-orders");
        await Link(seller, filed.Order.Number).ClickAsync();
        await Expect(seller.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = $"Order {filed.Order.Number}" })).ToBeVisibleAsync();
        await SnapAsync(seller, "seller-order");

        var moderatorUser = await App.Data.ModeratorAsync("Paula Phone");
        await App.Database.EscalateAndTakeAsync(filed, moderatorUser.Id);
        var moderator = await NewPageAsync();
        await moderator.SignInAsync(moderatorUser.Email!);
        await MainNavLink(moderator, "Overview").ClickAsync();
        await Expect(moderator.Locator("#by-state tr[data-status=InMediation] td").First).Not.ToHaveTextAsync("0");
        await SnapAsync(moderator, "moderation-overview");

        await moderator.SetViewportSizeAsync(375, 812);
        await moderator.GotoAsync($"/Moderation/Cases/{filed.DisputeId}");
        await Expect(moderator.Locator("form[action*='handler=Decide']")).ToHaveCountAsync(1);
        Assert.Equal(0, await moderator.HorizontalOverflowAsync());
        await SnapAsync(moderator, "moderation-case-phone");

        var administrator = await App.Data.UserAsync(Roles.Administrator, "Ada Administrator");
        var admin = await NewPageAsync();
        await admin.SignInAsync(administrator.Email!);
        await MainNavLink(admin, "Deadline policy").ClickAsync();
        await Expect(admin.Locator("section.policy-row").First).ToBeVisibleAsync();
        await SnapAsync(admin, "admin-deadline-policy");
        await admin.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Edit this row" }).First.ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToContainTextAsync("Edit the deadline policy");
        await SnapAsync(admin, "admin-deadline-policy-edit");
        await MainNavLink(admin, "Reason codes").ClickAsync();
        await Expect(admin.Locator("main")).ToContainTextAsync("defect-proven");
        await SnapAsync(admin, "admin-reason-codes");
        await MainNavLink(admin, "Moderators").ClickAsync();
        await Expect(admin.Locator("main")).ToContainTextAsync(moderatorUser.Email!);
        await SnapAsync(admin, "admin-moderators");
    });
}
