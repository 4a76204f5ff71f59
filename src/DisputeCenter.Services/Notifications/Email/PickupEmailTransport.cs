using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DisputeCenter.Services.Notifications.Email;

/// <summary>Writes each message as an .eml file (any mail client opens it), for development without a mail server.</summary>
public sealed class PickupEmailTransport(IOptions<EmailOptions> options, IHostEnvironment? environment = null) : IEmailTransport
{
    public string Directory => Path.GetFullPath(options.Value.PickupDirectory, environment?.ContentRootPath ?? AppContext.BaseDirectory);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        System.IO.Directory.CreateDirectory(Directory);
        var name = $"{message.Date.UtcDateTime:yyyyMMdd'T'HHmmss}-{FileSafe(message.MessageId)}.eml";
        var path = Path.Combine(Directory, name);
        var partial = path + ".part";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path, overwrite: true);
    }

    private static string FileSafe(string? messageId)
    {
        var local = (messageId ?? Guid.NewGuid().ToString("N")).Split('@')[0];
        return string.Concat(local.Where(char.IsAsciiLetterOrDigit));
    }
}
