namespace DisputeCenter.Domain.Support;

/// <summary>Who wrote a message on a support ticket.</summary>
public enum SupportAuthor
{
    Customer,
    Staff,
}
