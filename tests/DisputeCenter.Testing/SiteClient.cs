using System.Net;

namespace DisputeCenter.Testing;

/// <summary>What a benchmark does with a running app over HTTP: wait for it, read a form's antiforgery token, sign in.</summary>
public static class SiteClient
{
    /// <summary>Polls <c>/health/ready</c> until the app answers 2xx (at most a minute).</summary>
    public static async Task WaitForReadyAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The app did not become ready.");
    }

    /// <summary>The antiforgery token of the first form on <paramref name="page"/>.</summary>
    public static string FormToken(string page)
    {
        const string marker = "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"";
        var start = page.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return page[start..page.IndexOf('"', start)];
    }

    /// <summary>
    /// Signs in through the login form with <see cref="TestData.Password"/>, and the code of <see cref="TestAuthenticator"/>
    /// when the account asks for a second factor; the client's cookie container keeps the session.
    /// </summary>
    public static async Task SignInAsync(HttpClient client, string email)
    {
        var token = FormToken(await client.GetStringAsync("/Identity/Account/Login"));
        using var response = await client.PostAsync("/Identity/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = TestData.Password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("Sign-in failed.");
        }

        if (response.Headers.Location is { } next && next.OriginalString.Contains("/Identity/Account/LoginWith2fa", StringComparison.Ordinal))
        {
            var step = FormToken(await client.GetStringAsync(next));
            using var second = await client.PostAsync(next, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Code"] = TestAuthenticator.Code(),
                ["__RequestVerificationToken"] = step,
            }));
            if (second.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException("The second factor was refused.");
            }
        }
    }
}
