namespace DisputeCenter.Services.Notifications.Email;

/// <summary>How queued emails leave the app.</summary>
public enum EmailMode
{
    /// <summary>Through an SMTP server (Email:Smtp:*).</summary>
    Smtp,

    /// <summary>As .eml files in a folder (Email:PickupDirectory), for development: no mail server needed.</summary>
    Pickup,
}
