namespace DisputeCenter.Services.Integration.Webhooks;

public enum WebhookDeliveryStatus
{
    Pending,
    Succeeded,
    Failed,
}
