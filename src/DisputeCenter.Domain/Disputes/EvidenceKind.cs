namespace DisputeCenter.Domain.Disputes;

public enum EvidenceKind
{
    Photo,
    Video,
    Screenshot,
    Document,
    ChatRecord,
    PaymentProof,
    ShippingRecord,
    SupplierInformation,
}
