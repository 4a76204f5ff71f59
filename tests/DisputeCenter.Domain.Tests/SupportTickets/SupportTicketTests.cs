using DisputeCenter.Domain.Evidence;
using DisputeCenter.Domain.Evidence.Rules;
using DisputeCenter.Domain.Support;
using DisputeCenter.Domain.Support.Rules;
using DisputeCenter.Domain.Tests.Support;

namespace DisputeCenter.Domain.Tests.SupportTickets;

public sealed class SupportTicketTests
{
    private const string Customer = "customer-1";
    private const string Moderator = "moderator-1";
    private const string OtherModerator = "moderator-2";
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static SupportTicket Open(SupportTopic topic = SupportTopic.PaymentsAndRefunds, Guid? orderId = null, Guid? disputeId = null) =>
        SupportTicket.Open(Guid.CreateVersion7(), Customer, topic, orderId, disputeId, "  Where is my refund?  ", "  I was told a refund was sent last week.  ", Now);

    private static SupportAttachment Photo() => new(Guid.CreateVersion7(), "photo.png", EvidenceFormat.Png, 100, new string('a', 64));

    [Fact]
    public void A_new_ticket_is_open_waiting_for_support_with_the_first_message_from_the_customer()
    {
        var ticket = SupportTicket.Open(Guid.CreateVersion7(), Customer, SupportTopic.Order, Guid.NewGuid(), null, " Late parcel ", " It has not arrived. ", Now, [Photo()]);

        Assert.Equal(SupportTicketStatus.Open, ticket.Status);
        Assert.Equal("Late parcel", ticket.Subject);
        Assert.Equal(Now, ticket.WaitingSince);
        var message = Assert.Single(ticket.Messages);
        Assert.Equal((SupportAuthor.Customer, Customer, "It has not arrived."), (message.Author, message.AuthorUserId, message.Body));
        Assert.Equal("photo.png", Assert.Single(message.Attachments).OriginalName);
        Assert.Null(ticket.AssignedModeratorId);
    }

    [Theory]
    [InlineData(SupportTopic.Dispute, false, true)]
    [InlineData(SupportTopic.Order, true, false)]
    public void A_question_about_a_dispute_or_an_order_must_name_it(SupportTopic topic, bool withDispute, bool withOrder)
    {
        var message = Refused.MessageOf<TopicMustNameWhatItIsAboutRule>(() =>
            Open(topic, withOrder ? Guid.NewGuid() : null, withDispute ? Guid.NewGuid() : null));

        Assert.Equal(topic == SupportTopic.Dispute ? "Choose the dispute your question is about." : "Choose the order your question is about.", message);
    }

    [Fact]
    public void Other_topics_need_no_order_or_dispute_and_may_name_one()
    {
        Assert.Null(Open(SupportTopic.AccountAndSignIn).OrderId);
        var order = Guid.NewGuid();
        Assert.Equal(order, Open(SupportTopic.PaymentsAndRefunds, orderId: order).OrderId);
    }

    [Fact]
    public void The_subject_and_message_are_required_and_limited_in_length()
    {
        Assert.Equal("A subject is required.", Refused.MessageOf<SupportSubjectMustBeGivenRule>(() =>
            SupportTicket.Open(Guid.NewGuid(), Customer, SupportTopic.SomethingElse, null, null, "   ", "Hello", Now)));
        Assert.Equal("A message is required.", Refused.MessageOf<SupportMessageMustBeGivenRule>(() =>
            SupportTicket.Open(Guid.NewGuid(), Customer, SupportTopic.SomethingElse, null, null, "Hello", " \n ", Now)));
        Assert.Equal($"A subject can be at most {SupportTicket.SubjectMaxLength} characters (it has 151).", Refused.MessageOf<SupportSubjectMustBeGivenRule>(() =>
            SupportTicket.Open(Guid.NewGuid(), Customer, SupportTopic.SomethingElse, null, null, new string('s', 151), "Hello", Now)));
        var ticket = Open();
        Refused.By<SupportMessageMustBeGivenRule>(() => ticket.PostByCustomer(Customer, new string('m', SupportMessage.BodyMaxLength + 1), Now));
        Assert.Single(ticket.Messages);
    }

    [Fact]
    public void More_than_twenty_attachments_at_once_are_refused()
    {
        var ticket = Open();
        Refused.By<SubmissionMustNotExceedFileCountRule>(() => ticket.PostByCustomer(Customer, "Files", Now, Enumerable.Range(0, 21).Select(_ => Photo()).ToList()));
    }

    [Fact]
    public void Only_the_customer_writes_as_the_customer()
    {
        var ticket = Open();

        Refused.By<OnlyTheTicketsCustomerCanWriteRule>(() => ticket.PostByCustomer("someone-else", "Me too", Now));
        Refused.By<OnlyTheTicketsCustomerCanWriteRule>(() => ticket.CloseByCustomer("someone-else", Now));
        Assert.Single(ticket.Messages);
    }

    [Fact]
    public void A_staff_answer_waits_for_the_customer_and_takes_an_untaken_ticket_and_the_customers_reply_puts_it_back_in_the_queue()
    {
        var ticket = Open();

        ticket.ReplyByStaff(Moderator, "The refund left on Monday.", Now.AddHours(2));
        Assert.Equal((SupportTicketStatus.WaitingForCustomer, Moderator, (DateTimeOffset?)null), (ticket.Status, ticket.AssignedModeratorId, ticket.WaitingSince));
        Assert.Equal(SupportAuthor.Staff, ticket.Messages.Last().Author);

        ticket.PostByCustomer(Customer, "It has not arrived.", Now.AddDays(1));
        Assert.Equal((SupportTicketStatus.Open, (DateTimeOffset?)Now.AddDays(1)), (ticket.Status, ticket.WaitingSince));
        Assert.Equal(3, ticket.Messages.Count);
    }

    [Fact]
    public void A_ticket_held_by_one_moderator_is_not_answered_taken_or_closed_by_another_until_released()
    {
        var ticket = Open();
        ticket.Assign(Moderator, Now);

        Refused.By<TicketMustNotBeHeldByAnotherModeratorRule>(() => ticket.ReplyByStaff(OtherModerator, "Hi", Now));
        Refused.By<TicketMustNotBeHeldByAnotherModeratorRule>(() => ticket.Assign(OtherModerator, Now));
        Refused.By<TicketMustNotBeHeldByAnotherModeratorRule>(() => ticket.CloseByStaff(OtherModerator, Now));
        Refused.By<OnlyTheHolderCanReleaseTicketRule>(() => ticket.Release(OtherModerator, Now));

        ticket.Release(Moderator, Now);
        ticket.Assign(OtherModerator, Now);
        Assert.Equal(OtherModerator, ticket.AssignedModeratorId);
    }

    [Fact]
    public void Staff_do_not_handle_their_own_ticket()
    {
        var ticket = SupportTicket.Open(Guid.NewGuid(), Moderator, SupportTopic.AccountAndSignIn, null, null, "Locked out", "My second factor is lost.", Now);

        Refused.By<StaffCannotAnswerTheirOwnTicketRule>(() => ticket.ReplyByStaff(Moderator, "Fixed", Now));
        Refused.By<StaffCannotAnswerTheirOwnTicketRule>(() => ticket.Assign(Moderator, Now));
    }

    [Fact]
    public void A_closed_ticket_takes_no_staff_action_and_cannot_be_closed_again()
    {
        var ticket = Open();
        ticket.CloseByStaff(Moderator, Now);

        Assert.Equal((SupportTicketStatus.Closed, (DateTimeOffset?)Now), (ticket.Status, ticket.ClosedAt));
        Refused.By<TicketMustNotBeClosedRule>(() => ticket.ReplyByStaff(Moderator, "One more thing", Now));
        Refused.By<TicketMustNotBeClosedRule>(() => ticket.Assign(Moderator, Now));
        Refused.By<TicketMustNotBeClosedRule>(() => ticket.CloseByCustomer(Customer, Now));
    }

    [Fact]
    public void The_customers_reply_reopens_a_ticket_closed_up_to_fourteen_days_ago_and_not_later()
    {
        var reopened = Open();
        reopened.CloseByStaff(Moderator, Now);
        Assert.True(reopened.CustomerCanWrite(Now.AddDays(14)));
        reopened.PostByCustomer(Customer, "It happened again.", Now.AddDays(14));
        Assert.Equal((SupportTicketStatus.Open, (DateTimeOffset?)null), (reopened.Status, reopened.ClosedAt));

        var old = Open();
        old.CloseByCustomer(Customer, Now);
        Assert.False(old.CustomerCanWrite(Now.AddDays(14).AddMinutes(1)));
        var message = Refused.MessageOf<ClosedTicketCanBeReopenedOnlyForAWhileRule>(() => old.PostByCustomer(Customer, "Again", Now.AddDays(14).AddMinutes(1)));
        Assert.Equal("This ticket was closed on 2026-12-01 09:00 UTC, more than 14 days ago, so it can no longer be reopened. Please open a new ticket.", message);
        Assert.Equal(SupportTicketStatus.Closed, old.Status);
        Assert.Single(old.Messages);
    }

    [Fact]
    public void The_reference_is_the_prefix_and_the_number()
    {
        Assert.Equal("SUP-0", Open().Reference);
        Assert.All(SupportTopics.All, topic => Assert.False(string.IsNullOrWhiteSpace(topic.Title())));
    }
}
