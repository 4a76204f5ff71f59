using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DisputeCenter.Web.Forms;

/// <summary>
/// Model binding that a hostile request cannot turn into a 500: text loses the control characters PostgreSQL cannot
/// store or no reader wants (NUL, escape sequences; tab and line breaks stay), and a checkbox is on only when it says
/// so, anything else being off, as a browser never sends more than "true" or "false" for it. An amount is read as a number
/// field sends it ("30.50", whatever the page's language), and only then in the reader's culture ("30,50" typed in
/// Afrikaans): the framework would read the field in the reader's culture alone, refusing cents in Afrikaans.
/// </summary>
public sealed class InputBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string) ? new TextBinder()
        : context.Metadata.UnderlyingOrModelType == typeof(bool) ? new CheckboxBinder()
        : context.Metadata.UnderlyingOrModelType == typeof(decimal) ? new AmountBinder()
        : null;

    private sealed class TextBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (value == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
            var text = value.FirstValue;
            // As the framework's own binder: an empty field is no value (null), unless the model says otherwise.
            bindingContext.Result = ModelBindingResult.Success(
                string.IsNullOrWhiteSpace(text) && bindingContext.ModelMetadata.ConvertEmptyStringToNull ? null : WithoutControls(text));
            return Task.CompletedTask;
        }
    }

    private sealed class CheckboxBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (value == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            // Not recorded in ModelState: the checkbox re-renders from the model, never from a hostile attempted value.
            bindingContext.Result = ModelBindingResult.Success(
                value.Values.Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(v, "on", StringComparison.OrdinalIgnoreCase)));
            return Task.CompletedTask;
        }
    }

    private sealed class AmountBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (value == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
            var text = value.FirstValue?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (!bindingContext.ModelMetadata.IsReferenceOrNullableType)
                {
                    bindingContext.ModelState.TryAddModelError(
                        bindingContext.ModelName, bindingContext.ModelMetadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(value.FirstValue ?? string.Empty));
                }

                bindingContext.Result = ModelBindingResult.Success(null);
                return Task.CompletedTask;
            }

            // As a number field sends it: digits and a decimal point, never a thousands separator (so "30,50" is not 3050).
            if (decimal.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var amount)
                || decimal.TryParse(text, System.Globalization.NumberStyles.Number, value.Culture, out amount))
            {
                bindingContext.Result = ModelBindingResult.Success(amount);
            }
            else
            {
                bindingContext.ModelState.TryAddModelError(
                    bindingContext.ModelName, bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, bindingContext.ModelMetadata.DisplayName ?? bindingContext.ModelName));
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>The text without C0/C1 control characters other than tab, line feed and carriage return.</summary>
    public static string? WithoutControls(string? text)
    {
        if (text is null || !text.Any(IsUnwanted))
        {
            return text;
        }

        return string.Create(text.Count(c => !IsUnwanted(c)), text, (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (!IsUnwanted(c))
                {
                    span[i++] = c;
                }
            }
        });
    }

    private static bool IsUnwanted(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');
}
