using DisputeCenter.Domain.Evidence;

namespace DisputeCenter.Web.Forms;

/// <summary>How large a message with attachments may be: a video at its limit and a few photos.</summary>
public static class AttachmentLimit
{
    public const long Bytes = EvidenceLimits.VideoMaxBytes + (56 * EvidenceLimits.Megabyte);
}
