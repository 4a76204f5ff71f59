using System.Reflection;
using System.Runtime.CompilerServices;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Evidence.Sniffing;
using DisputeCenter.Web.Localization;
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
        var texts = new Lookups();
        var english = new List<DomainText>();
        var silent = new List<string>();
        var untranslated = new List<string>();
        foreach (var type in ruleTypes)
        {
            // The texts of this rule alone: a rule whose every argument combination throws, or whose words are missing
            // in Afrikaans, is named here even when another rule writes the same template.
            var own = new Lookups();
            var produced = false;
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

                produced = true;
                own.Add(text);
                untranslated.AddRange(FixedEnglishArguments(text).Select(word => $"{type.Name} passes \"{word}\" as a string, shown untranslated: pass DomainText.Plain(...)"));
                english.Add(text);
            }

            if (!produced)
            {
                silent.Add(type.Name);
            }

            untranslated.AddRange(own.Untranslated().Select(template => $"{type.Name}: {template}"));
            texts.UnionWith(own);
        }

        Assert.True(silent.Count == 0, "No argument combination builds a message for:\n" + string.Join("\n", silent));
        Assert.True(untranslated.Count == 0, "Rule messages without Afrikaans:\n" + string.Join("\n", untranslated.Distinct().Order(StringComparer.Ordinal)));
        Assert.True(ruleTypes.Count > 60, $"Only {ruleTypes.Count} rule types found.");
        // The phrases callers pass in ("withdraw the dispute") are listed with the rules that use them: the words inside their messages.
        foreach (var phrase in CallerPhrases())
        {
            texts.Phrases.Add(phrase);
        }

        texts.AssertTranslated();
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
        AssertTranslated(messages, Translations.Shared, "SharedResource");
    }

    [Fact]
    public void Every_pending_action_deadline_consequence_and_service_text_has_an_Afrikaans_entry()
    {
        var texts = new Lookups();
        var offers = new List<DomainText>();
        foreach (var field in typeof(DisputeTexts).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            texts.Add((DomainText)field.GetValue(null)!);
        }

        foreach (var party in Enum.GetValues<Party>())
        {
            foreach (var remedy in Enum.GetValues<Remedy>())
            {
                texts.Add(DisputeTexts.AnswerTheOffer(party, DisputeTexts.Describe(remedy, null)));
                texts.Add(DisputeTexts.AnswerTheOffer(party, DisputeTexts.Describe(remedy, new Money(10m, "USD"))));
                offers.Add(DisputeTexts.AnswerTheOffer(party, DisputeTexts.Describe(remedy, new Money(10m, "USD"))));
            }
        }

        texts.Add(DisputeTexts.AnswerTheModerator("Send the serial number."));
        foreach (var family in Enum.GetValues<EvidenceFamily>())
        {
            texts.AddPhrase(EvidenceLimits.Describe(family)); // "the 200 MB limit for {videos}"
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
                    texts.Add(why);
                }
            }
        }

        foreach (var reason in typeof(RefusalReasons).GetFields().Select(f => (string)f.GetValue(null)!))
        {
            texts.Phrases.Add(reason); // "name.jpg: {why}"
        }

        foreach (var fixedText in new[] { Result.NotFound(), Result.Conflict() })
        {
            texts.Add(fixedText.Messages.Single());
        }

        Assert.True(texts.Count > 30, $"Only {texts.Count} texts found.");
        texts.AssertTranslated();
        AssertReadsAsWords(offers);
    }

    [Fact]
    public void Every_notification_and_email_text_has_an_Afrikaans_entry()
    {
        // What the planner says for every kind of timeline event, each told by every actor, built from sample events.
        var planner = typeof(Result).Assembly.GetType("DisputeCenter.Services.Notifications.NotificationPlanner", throwOnError: true)!
            .GetMethod("For", BindingFlags.Public | BindingFlags.Static)!;
        var texts = new Lookups();
        var silentKinds = new List<string>();
        foreach (var eventType in TimelineEventTypes())
        {
            var said = 0;
            foreach (var arguments in Combinations(eventType.GetConstructors().Single().GetParameters(), EventSamples))
            {
                var happened = (TimelineEvent)Activator.CreateInstance(eventType, arguments)!;
                foreach (var actor in Enum.GetValues<ActorKind>())
                {
                    var entry = TimelineEntry.Create(SampleId, 1, happened.Kind, actor, "x", Now, happened.ToPayload(DisputeStatus.Negotiating), null);
                    foreach (var planned in (System.Collections.IEnumerable)planner.Invoke(null, [SampleDispute(), entry])!)
                    {
                        foreach (var text in planned.GetType().GetProperties().Where(p => p.PropertyType == typeof(DomainText)).Select(p => (DomainText)p.GetValue(planned)!))
                        {
                            texts.Add(text);
                            said++;
                        }
                    }
                }
            }

            if (said == 0)
            {
                silentKinds.Add(eventType.Name);
            }
        }

        // What the planner says is known from its types alone; the fixed sentences of reminders, next steps and emails
        // are read from their source.
        Assert.Contains("The {0} made an offer on order {1}", texts.Sentences);
        Assert.Contains("The decision: {0}. The reasons given: {1}", texts.Sentences);
        Assert.Contains("a full refund of {0}", texts.Phrases);
        Assert.Contains("seller", texts.Phrases);
        Assert.True(texts.Sentences.Count > 25, $"Only {texts.Sentences.Count} notification sentences found.");
        // The events nobody is told of: the record of the case, not news for a party (a missed request is told by what follows it).
        Assert.Equal(
            ["EvidenceAdded", "EvidenceHidden", "InformationAnswered", "InformationRequestMissed", "MessagePosted", "ModeratorAssigned", "ModeratorReleased", "ModeratorStalled", "ModeratorUnassigned"],
            silentKinds.Order(StringComparer.Ordinal));
        var folder = Path.Combine(Translations.RepositoryRoot, "src", "DisputeCenter.Services", "Notifications");
        var fixedSentences = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "NotificationPlanner.cs")
            .SelectMany(f => InterpolatedTemplates(File.ReadAllText(f), "Say($\""))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Less than 24 hours left on order {0}", fixedSentences);
        texts.Sentences.UnionWith(fixedSentences.Except(texts.Phrases));
        texts.AssertTranslated();
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

    /// <summary>Every kind of timeline event: the sealed records nested in <see cref="TimelineEvent"/>, however deep.</summary>
    private static IEnumerable<Type> TimelineEventTypes() =>
        typeof(TimelineEvent).Assembly.GetTypes().Where(t => t.IsSealed && t.IsSubclassOf(typeof(TimelineEvent)));

    private static Dispute SampleDispute() => Uninitialized<Dispute>(
        (nameof(Dispute.OrderNumber), "42"),
        (nameof(Dispute.Reason), DisputeReason.DamagedInTransit),
        (nameof(Dispute.RequestedRemedy), Remedy.FullRefund),
        (nameof(Dispute.AmountClaimed), new Money(10m, "USD")));

    [Fact]
    public void A_phrase_inside_a_sentence_and_the_heading_of_the_same_words_each_read_in_Afrikaans_from_their_own_file()
    {
        var previous = Thread.CurrentThread.CurrentUICulture;
        try
        {
            Thread.CurrentThread.CurrentUICulture = new System.Globalization.CultureInfo("af-ZA");
            Assert.Equal("verkoper", Text.Phrase("seller"));
            Assert.Equal("Verkoper", Text.T("Seller"));
            Assert.Equal("die eis aanvaar", Text.Phrase("accept the claim"));
            Assert.Equal("Aanvaar die eis", Text.T("Accept the claim"));
            Assert.Equal("Die verkoper het 'n aanbod gemaak oor bestelling 42", Text.T(DomainText.Of($"The {DomainText.Plain("seller")} made an offer on order {"42"}")));

            // Each lookup reads its own file, whatever the case of the first letter: asked in the wrong one, a text stays English.
            Assert.Equal("seller", Text.T("seller"));
            Assert.Equal("Accept the claim", Text.Phrase("Accept the claim"));
            Assert.Equal("Die Seller het 'n aanbod gemaak oor bestelling 42", Text.T(DomainText.Of($"The {DomainText.Plain("Seller")} made an offer on order {"42"}")));
        }
        finally
        {
            Thread.CurrentThread.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void An_order_date_rule_names_its_events_in_Afrikaans()
    {
        var rule = new Domain.Orders.Rules.ShipmentCannotPrecedePaymentRule(Now, Now.AddDays(1));
        var previous = (Thread.CurrentThread.CurrentCulture, Thread.CurrentThread.CurrentUICulture);
        try
        {
            Thread.CurrentThread.CurrentCulture = Thread.CurrentThread.CurrentUICulture = new System.Globalization.CultureInfo("af-ZA");
            var text = Text.T(rule.Text);
            Assert.StartsWith("Die datum van versending (", text, StringComparison.Ordinal);
            Assert.Contains("voor die datum van betaling (", text, StringComparison.Ordinal);
        }
        finally
        {
            (Thread.CurrentThread.CurrentCulture, Thread.CurrentThread.CurrentUICulture) = previous;
        }

        Assert.StartsWith("The shipping date (", rule.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translated_rule_formats_its_arguments_for_the_reader()
    {
        var rule = new Domain.Disputes.Rules.AmountClaimedMustNotExceedRefundableRule(new Money(1300m, "USD"), new Money(1234.5m, "USD"));
        var previous = (Thread.CurrentThread.CurrentCulture, Thread.CurrentThread.CurrentUICulture);
        try
        {
            Thread.CurrentThread.CurrentCulture = Thread.CurrentThread.CurrentUICulture = new System.Globalization.CultureInfo("af-ZA");
            var text = Text.T(rule.Text);
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
            var codeNames = texts.Select(Text.T)
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

    /// <summary>Templates looked up in <paramref name="file"/> and missing there: the page would show them in English.</summary>
    private static void AssertTranslated(IEnumerable<string> templates, IReadOnlyDictionary<string, string> afrikaans, string file)
    {
        var missing = Untranslated(templates, afrikaans);
        Assert.True(missing.Count == 0, $"No Afrikaans in {file} for:\n" + string.Join("\n", missing));
    }

    private static List<string> Untranslated(IEnumerable<string> templates, IReadOnlyDictionary<string, string> afrikaans) =>
        templates.Where(t => !afrikaans.TryGetValue(t, out var text) || string.IsNullOrWhiteSpace(text)).Order().ToList();

    /// <summary>
    /// The words a text carries as strings that no caller wrote ("payment"): a page shows a string as written, so they
    /// would stand in English in the middle of an Afrikaans sentence. What callers and people write stands in
    /// <see cref="SampleStrings"/>; codes and data (USD, evidence:…) are not words.
    /// </summary>
    private static IEnumerable<string> FixedEnglishArguments(DomainText text) =>
        text.Arguments.SelectMany(argument => argument switch
        {
            DomainText nested => FixedEnglishArguments(nested),
            string word when !SampleStrings.Contains(word) && EnglishWords().IsMatch(word) => [word],
            _ => [],
        });

    [System.Text.RegularExpressions.GeneratedRegex("^(?=.*[a-z])[A-Za-z ]+$")]
    private static partial System.Text.RegularExpressions.Regex EnglishWords();

    /// <summary>
    /// The templates a page looks up to show texts, each in the file its lookup reads: a text's own template among the
    /// sentences (<c>Text.T</c>, SharedResource), the templates of the texts among its arguments, however deep, among
    /// the phrases (<c>Text.Phrase</c>, PhraseResource).
    /// </summary>
    private sealed class Lookups
    {
        public HashSet<string> Sentences { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Phrases { get; } = new(StringComparer.Ordinal);

        public int Count => Sentences.Count + Phrases.Count;

        public void Add(DomainText text) => Add(text, Sentences);

        public void AddPhrase(DomainText text) => Add(text, Phrases);

        public void UnionWith(Lookups other)
        {
            Sentences.UnionWith(other.Sentences);
            Phrases.UnionWith(other.Phrases);
        }

        /// <summary>Each template missing in the file its lookup reads, with the file's name.</summary>
        public IEnumerable<string> Untranslated() =>
            DomainTextLocalizationTests.Untranslated(Sentences, Translations.Shared).Select(t => $"{t} (SharedResource)")
                .Concat(DomainTextLocalizationTests.Untranslated(Phrases, Translations.Phrases).Select(t => $"{t} (PhraseResource)"));

        public void AssertTranslated()
        {
            DomainTextLocalizationTests.AssertTranslated(Sentences, Translations.Shared, "SharedResource");
            DomainTextLocalizationTests.AssertTranslated(Phrases, Translations.Phrases, "PhraseResource");
        }

        private void Add(DomainText text, HashSet<string> into)
        {
            if (!SampleStrings.Contains(text.Template))
            {
                into.Add(text.Template);
            }

            foreach (var nested in text.Arguments.OfType<DomainText>())
            {
                Add(nested, Phrases);
            }
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


    private static IEnumerable<object?[]> Combinations(ParameterInfo[] parameters, Func<ParameterInfo, IEnumerable<object?>>? samplesOf = null)
    {
        IEnumerable<object?[]> result = [[]];
        foreach (var parameter in parameters)
        {
            var samples = (samplesOf ?? Samples)(parameter).ToList();
            result = result.SelectMany(prefix => samples.Select(s => prefix.Append(s).ToArray())).ToList();
        }

        return result;
    }

    /// <summary>
    /// The samples of a timeline event's field: words and instants only once each (what is said of an event depends on
    /// its kind, its codes and whether a value is there, not on the length of what someone wrote).
    /// </summary>
    private static IEnumerable<object?> EventSamples(ParameterInfo parameter) =>
        (Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType) switch
        {
            var type when type == typeof(string) || type == typeof(DateTimeOffset) || type == typeof(long) =>
                Samples(parameter).Where(s => s is null || s is "x" || s is DateTimeOffset d && d == Now || s is 1L),
            _ => Samples(parameter),
        };

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

        var values = type switch
        {
            _ when type == typeof(string) => SampleStrings.Where(s => s is not null),
            _ when type == typeof(int) => [0, 1, 5, 25],
            _ when type == typeof(long) => [0L, 1L, 50L * EvidenceLimits.Megabyte, 2000L * EvidenceLimits.Megabyte],
            _ when type == typeof(bool) => [true, false],
            _ when type == typeof(DateTimeOffset) => [Now, Now.AddDays(10)],
            _ when type == typeof(TimeSpan) => [TimeSpan.FromHours(5), TimeSpan.FromDays(3), TimeSpan.FromDays(400)],
            _ when type == typeof(Money) => [new Money(10m, "USD"), new Money(100m, "USD"), new Money(50m, "EUR")],
            _ when type == typeof(DomainText) => [DomainText.Plain("x")],
            _ when type == typeof(Guid) => [SampleId],
            _ when type == typeof(IReadOnlyList<Citation>) => [Array.Empty<Citation>(), new[] { Citation.Evidence(SampleId), Citation.Statement(3) }],
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
