using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Evidence.Sniffing;
using DisputeCenter.Web.Tests.Infrastructure;
using FluentValidation;

namespace DisputeCenter.Web.Tests;

/// <summary>
/// Every text the domain and the services write for a person has an Afrikaans entry: each business rule's messages
/// (every rule type, built with arguments that reach each of its branches), each validator's messages, what a dispute
/// says must happen next and what a missed deadline did.
/// </summary>
public sealed partial class DomainTextLocalizationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static readonly Guid SampleId = new("0193a000-0000-7000-8000-000000000001");

    /// <summary>Sample strings stand for what people and callers write; they are not texts to translate.</summary>
    private static readonly string?[] SampleStrings = [null, "", "x", new('x', 20_000)];

    [Fact]
    public void Every_business_rule_message_has_an_Afrikaans_entry()
    {
        var ruleTypes = typeof(IBusinessRule).Assembly.GetTypes()
            .Where(t => typeof(IBusinessRule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .ToList();
        var templates = new HashSet<string>(StringComparer.Ordinal);
        var english = new List<DomainText>();
        foreach (var type in ruleTypes)
        {
            var before = templates.Count;
            foreach (var arguments in Combinations(type.GetConstructors().Single().GetParameters()))
            {
                var rule = (IBusinessRule)Activator.CreateInstance(type, arguments)!;
                DomainText text;
                try
                {
                    text = rule.Text;
                }
                catch (Exception e) when (e is NullReferenceException or InvalidOperationException or ArgumentException)
                {
                    continue; // an argument combination the rule is never built with
                }

                Collect(text, templates);
                english.Add(text);
            }

            Assert.True(templates.Count > before || ruleTypes.Any(t => t != type && t.BaseType == type.BaseType && t.BaseType != typeof(BusinessRule)), $"{type.Name} produced no message.");
        }

        Assert.True(ruleTypes.Count > 60, $"Only {ruleTypes.Count} rule types found.");
        // The phrases callers pass in ("withdraw the dispute") are listed with the rules that use them.
        foreach (var phrase in CallerPhrases())
        {
            templates.Add(phrase);
        }

        AssertTranslated(templates);
        AssertReadsAsWords(english);
    }

    [Fact]
    public void Every_validator_message_has_an_Afrikaans_entry()
    {
        var validators = typeof(Result).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .ToList();
        var messages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in validators)
        {
            var rules = (IEnumerable<IValidationRule>)Activator.CreateInstance(type)!;
            foreach (var component in rules.SelectMany(r => r.Components))
            {
                var message = component.GetUnformattedErrorMessage();
                Assert.DoesNotContain("{PropertyName}", message, StringComparison.Ordinal);
                messages.Add(message);
            }
        }

        Assert.True(validators.Count >= 5, $"Only {validators.Count} validators found.");
        AssertTranslated(messages);
    }

    [Fact]
    public void Every_pending_action_deadline_consequence_and_service_text_has_an_Afrikaans_entry()
    {
        var templates = new HashSet<string>(StringComparer.Ordinal);
        var offers = new List<DomainText>();
        foreach (var field in typeof(DisputeTexts).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            Collect((DomainText)field.GetValue(null)!, templates);
        }

        foreach (var party in Enum.GetValues<Party>())
        {
            foreach (var remedy in Enum.GetValues<Remedy>())
            {
                Collect(DisputeTexts.AnswerTheOffer(party, DisputeTexts.Describe(remedy, null)), templates);
                Collect(DisputeTexts.Describe(remedy, new Money(10m, "USD")), templates);
                offers.Add(DisputeTexts.AnswerTheOffer(party, DisputeTexts.Describe(remedy, new Money(10m, "USD"))));
            }
        }

        Collect(DisputeTexts.AnswerTheModerator("Send the serial number."), templates);
        foreach (var family in Enum.GetValues<EvidenceFamily>())
        {
            Collect(EvidenceLimits.Describe(family), templates);
        }

        foreach (var reason in DisputeReasons.All)
        {
            foreach (var (delivered, expected) in new[] { ((DateTimeOffset?)null, Now), (Now, Now.AddDays(1)), (Now.AddDays(2), Now) })
            {
                var order = (Order)RuntimeHelpers.GetUninitializedObject(typeof(Order));
                Set(order, nameof(Order.DeliveredAt), delivered);
                Set(order, nameof(Order.ExpectedDeliveryAt), expected);
                if (DisputeReasons.WhyNoFilingWindow(order, reason) is { } why)
                {
                    Collect(why, templates);
                }
            }
        }

        foreach (var reason in typeof(RefusalReasons).GetFields().Select(f => (string)f.GetValue(null)!))
        {
            templates.Add(reason);
        }

        foreach (var fixedText in new[] { Result.NotFound(), Result.Conflict() })
        {
            Collect(fixedText.Messages.Single(), templates);
        }

        Assert.True(templates.Count > 30, $"Only {templates.Count} texts found.");
        AssertTranslated(templates);
        AssertReadsAsWords(offers);
    }

    [Fact]
    public void Every_notification_and_email_text_has_an_Afrikaans_entry()
    {
        var folder = Path.Combine(Translations.RepositoryRoot, "src", "DisputeCenter.Services", "Notifications");
        var templates = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => InterpolatedTemplates(File.ReadAllText(f), "Say($\""))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("The {0} made an offer on order {1}", templates);
        Assert.Contains("The decision: {0}. The reasons given: {1}", templates);
        Assert.True(templates.Count > 40, $"Only {templates.Count} notification texts found: is the scan still right?");
        AssertTranslated(templates);
    }

    /// <summary>The templates of the interpolated strings after <paramref name="marker"/>: each hole, however it is written, becomes {0}, {1}, ….</summary>
    private static IEnumerable<string> InterpolatedTemplates(string source, string marker)
    {
        for (var start = source.IndexOf(marker, StringComparison.Ordinal); start >= 0; start = source.IndexOf(marker, start + 1, StringComparison.Ordinal))
        {
            var template = new System.Text.StringBuilder();
            var holes = 0;
            for (var i = start + marker.Length; source[i] != '"'; i++)
            {
                if (source[i] is '{' or '}' && source[i + 1] == source[i])
                {
                    template.Append(source[i]).Append(source[++i]);
                }
                else if (source[i] == '{')
                {
                    var (depth, quoted) = (0, false);
                    for (; ; i++)
                    {
                        quoted ^= source[i] == '"';
                        depth += quoted ? 0 : source[i] switch { '{' => 1, '}' => -1, _ => 0 };
                        if (depth == 0)
                        {
                            break;
                        }
                    }

                    template.Append('{').Append(holes++).Append('}');
                }
                else if (source[i] == '\\')
                {
                    template.Append(source[++i] == '"' ? "\"" : "\\" + source[i]);
                }
                else
                {
                    template.Append(source[i]);
                }
            }

            yield return template.ToString();
        }
    }

    [Fact]
    public void A_phrase_inside_a_sentence_and_the_heading_of_the_same_words_each_read_in_Afrikaans()
    {
        var previous = Thread.CurrentThread.CurrentUICulture;
        try
        {
            Thread.CurrentThread.CurrentUICulture = new System.Globalization.CultureInfo("af-ZA");
            Assert.Equal("verkoper", Web.Localization.Display.T("seller"));
            Assert.Equal("Verkoper", Web.Localization.Display.T("Seller"));
            Assert.Equal("die eis aanvaar", Web.Localization.Display.T("accept the claim"));
            Assert.Equal("Aanvaar die eis", Web.Localization.Display.T("Accept the claim"));
            Assert.Equal("Die verkoper het 'n aanbod gemaak oor bestelling 42", Web.Localization.Display.T(DomainText.Of($"The {DomainText.Plain("seller")} made an offer on order {"42"}")));
        }
        finally
        {
            Thread.CurrentThread.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void A_translated_rule_formats_its_arguments_for_the_reader()
    {
        var rule = new Domain.Disputes.Rules.AmountClaimedMustNotExceedRefundableRule(new Money(1300m, "USD"), new Money(1234.5m, "USD"));
        var previous = (Thread.CurrentThread.CurrentCulture, Thread.CurrentThread.CurrentUICulture);
        try
        {
            Thread.CurrentThread.CurrentCulture = Thread.CurrentThread.CurrentUICulture = new System.Globalization.CultureInfo("af-ZA");
            var text = Web.Localization.Display.T(rule.Text);
            Assert.StartsWith("Jy kan hoogstens", text, StringComparison.Ordinal);
            Assert.Contains("USD 1\u00a0234,50", text, StringComparison.Ordinal);
            Assert.Contains("USD 1\u00a0300,00", text, StringComparison.Ordinal);
        }
        finally
        {
            (Thread.CurrentThread.CurrentCulture, Thread.CurrentThread.CurrentUICulture) = previous;
        }

        Assert.Equal("You can claim at most 1234.50 USD (what you paid, less any refunds so far), not 1300.00 USD.", rule.Message);
    }

    /// <summary>As an English reader sees them on a page: no code names ("PartialRefund", "NotAsDescribed") in the sentence.</summary>
    private static void AssertReadsAsWords(IEnumerable<DomainText> texts)
    {
        var previous = Thread.CurrentThread.CurrentUICulture;
        try
        {
            Thread.CurrentThread.CurrentUICulture = new System.Globalization.CultureInfo("en");
            var codeNames = texts.Select(Web.Localization.Display.T)
                .Where(text => CodeName().IsMatch(text))
                .Distinct()
                .Order()
                .ToList();
            Assert.True(codeNames.Count == 0, "Code names in these texts:\n" + string.Join("\n", codeNames.Take(20)));
        }
        finally
        {
            Thread.CurrentThread.CurrentUICulture = previous;
        }
    }

    /// <summary>A code name ("PartialRefund"), or a capitalised label ("Partial refund", "Claim rejected") in the middle of a sentence.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b[A-Z][a-z]+[A-Z][a-z]+\w*\b|(?<!^|[.!?:] )\b(Full refund|Partial refund|Return the goods|Return and refund|Replacement|Compensation|Claim rejected)\b")]
    private static partial System.Text.RegularExpressions.Regex CodeName();

    private static void AssertTranslated(IEnumerable<string> templates)
    {
        var missing = templates.Where(t => !Translations.Afrikaans.TryGetValue(t, out var text) || string.IsNullOrWhiteSpace(text)).Order().ToList();
        Assert.True(missing.Count == 0, "No Afrikaans for:\n" + string.Join("\n", missing));
    }

    private static void Collect(DomainText text, HashSet<string> templates)
    {
        if (!SampleStrings.Contains(text.Template))
        {
            templates.Add(text.Template);
        }

        foreach (var nested in text.Arguments.OfType<DomainText>())
        {
            Collect(nested, templates);
        }
    }

    /// <summary>The literal phrases the domain passes to the rules that name an action or a clock.</summary>
    private static IEnumerable<string> CallerPhrases()
    {
        var domain = Path.Combine(Translations.RepositoryRoot, "src", "DisputeCenter.Domain");
        var call = new System.Text.RegularExpressions.Regex(
            @"(?:Check\w+|DisputeMustBeInStatusRule|DeadlineMustNotHavePassedRule|EvidenceMustBeInStatusRule|DeadlineDurationMustBeInRangeRule|TextRule|CannotPrecedeRule|OfferAction)\(([^\n]*)");
        var literal = new System.Text.RegularExpressions.Regex("\"([^\"]+)\"");
        var phrases = Directory.EnumerateFiles(domain, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => call.Matches(File.ReadAllText(f)))
            .SelectMany(m => literal.Matches(m.Groups[1].Value).Select(l => l.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("add evidence", phrases);
        Assert.Contains("The description of the problem", phrases);
        return phrases;
    }


    private static IEnumerable<object?[]> Combinations(ParameterInfo[] parameters)
    {
        IEnumerable<object?[]> result = [[]];
        foreach (var parameter in parameters)
        {
            var samples = Samples(parameter).ToList();
            result = result.SelectMany(prefix => samples.Select(s => prefix.Append(s).ToArray())).ToList();
        }

        return result;
    }

    private static IEnumerable<object?> Samples(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var underlying = Nullable.GetUnderlyingType(type);
        var nullable = underlying is not null || new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable;
        type = underlying ?? type;
        if (nullable)
        {
            yield return null;
        }

        IEnumerable<object?> values = type switch
        {
            _ when type == typeof(string) => SampleStrings.Where(s => s is not null),
            _ when type == typeof(int) => [0, 1, 5, 25],
            _ when type == typeof(long) => [0L, 1L, 50L * EvidenceLimits.Megabyte, 2000L * EvidenceLimits.Megabyte],
            _ when type == typeof(bool) => [true, false],
            _ when type == typeof(DateTimeOffset) => [Now, Now.AddDays(10)],
            _ when type == typeof(TimeSpan) => [TimeSpan.FromHours(5), TimeSpan.FromDays(3), TimeSpan.FromDays(400)],
            _ when type == typeof(Money) => [new Money(10m, "USD"), new Money(100m, "USD"), new Money(50m, "EUR")],
            _ when type == typeof(DomainText) => [DomainText.Plain("x")],
            _ when type == typeof(IReadOnlyCollection<Citation>) => [Array.Empty<Citation>(), new[] { Citation.Evidence(SampleId), Citation.Statement(3) }],
            _ when type == typeof(IReadOnlySet<Guid>) => [new HashSet<Guid>(), new HashSet<Guid> { SampleId }],
            _ when type == typeof(IReadOnlySet<int>) => [new HashSet<int>(), new HashSet<int> { 3 }],
            _ when type == typeof(IReadOnlySet<string>) => [new HashSet<string>(), new HashSet<string> { "x" }],
            _ when type == typeof(IReadOnlyDictionary<Guid, string>) => [new Dictionary<Guid, string>(), new Dictionary<Guid, string> { [SampleId] = "x" }],
            _ when type == typeof(TimeWindow) => [TimeWindow.Starting(Now.AddDays(-40), TimeSpan.FromDays(30)), TimeWindow.Starting(Now.AddDays(5), TimeSpan.FromDays(30))],
            _ when type.IsEnum => Enum.GetValues(type).Cast<object?>(),
            _ when type.IsArray && type.GetElementType()!.IsEnum => [Array.CreateInstance(type.GetElementType()!, 0)],
            _ when type == typeof(Offer) => Enum.GetValues<OfferStatus>().Select(status => Uninitialized<Offer>((nameof(Offer.Status), status))),
            _ when type == typeof(SellerConversation) =>
            [
                Uninitialized<SellerConversation>((nameof(SellerConversation.StartedAt), Now)),
                Uninitialized<SellerConversation>((nameof(SellerConversation.StartedAt), Now), (nameof(SellerConversation.MarkedResolvedAt), (DateTimeOffset?)Now)),
            ],
            _ when type.IsClass => [RuntimeHelpers.GetUninitializedObject(type)],
            _ => throw new InvalidOperationException($"No samples for {type.Name} ({parameter.Member.DeclaringType!.Name})."),
        };
        foreach (var value in values)
        {
            yield return value;
        }
    }

    private static T Uninitialized<T>(params (string Property, object? Value)[] values)
    {
        var instance = (T)RuntimeHelpers.GetUninitializedObject(typeof(T));
        foreach (var (property, value) in values)
        {
            Set(instance!, property, value);
        }

        return instance;
    }

    private static void Set(object instance, string property, object? value) =>
        instance.GetType().GetProperty(property)!.SetValue(instance, value);
}
