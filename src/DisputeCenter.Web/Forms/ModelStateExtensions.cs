using DisputeCenter.Domain.Common;
using DisputeCenter.Web.Localization;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DisputeCenter.Web.Forms;

public static class ModelStateExtensions
{
    /// <summary>Copies FluentValidation failures onto the form, each under its field (prefixed like the bound model).</summary>
    public static void AddValidationErrors(this ModelStateDictionary modelState, ValidationResult result, string prefix = "")
    {
        foreach (var failure in result.Errors)
        {
            var key = string.IsNullOrEmpty(prefix) ? failure.PropertyName : $"{prefix}.{failure.PropertyName}";
            modelState.AddModelError(key, Text.T(failure.ErrorMessage));
        }
    }

    /// <summary>A service's refusal on the form, in the reader's language.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, IEnumerable<DomainText> errors) => modelState.AddErrors(string.Empty, errors);

    /// <summary>A service's refusal under <paramref name="key"/> (empty: the form as a whole), in the reader's language.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, string key, IEnumerable<DomainText> errors)
    {
        foreach (var error in errors)
        {
            modelState.AddModelError(key, Text.T(error));
        }
    }

    public static void AddErrors(this ModelStateDictionary modelState, IEnumerable<string> errors) => modelState.AddErrors(string.Empty, errors);

    /// <summary>Adds <paramref name="errors"/> under <paramref name="key"/> (empty: the form as a whole).</summary>
    public static void AddErrors(this ModelStateDictionary modelState, string key, IEnumerable<string> errors)
    {
        foreach (var error in errors)
        {
            modelState.AddModelError(key, error);
        }
    }
}
