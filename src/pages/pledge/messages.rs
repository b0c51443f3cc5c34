//! Field labels and error messages of the wizard, from the translation layer.

use crate::domain::money::MoneyError;
use crate::domain::pledge_rules::{FieldError, Problem};
use crate::format;
use crate::i18n::{Arg, Locale, Messages};

/// The label a field has on its page, by the field's HTML id.
pub fn field_label(locale: Locale, id: &str) -> String {
    let m: &Messages = locale.messages();
    let numbered = |prefix: &str, template: &str| -> Option<String> {
        let n: u64 = id.strip_prefix(prefix)?.parse().ok()?;
        Some(format::fill(locale, template, &[("number", Arg::Count(n + 1))]))
    };
    if let Some(l) = numbered("co-pledger-", m.partners_co_pledger) {
        return l;
    }
    if let Some(l) = numbered("schedule-year-", m.details_year) {
        return l;
    }
    if let Some(l) = numbered("schedule-amount-", m.details_year_amount) {
        return l;
    }
    if id.starts_with("objective-") {
        return m.align_objectives.to_string();
    }
    if id.starts_with("principle-") {
        return m.align_principles.to_string();
    }
    match id {
        "entity" => m.about_entity,
        "entity-type" => m.about_entity_type,
        "entity-type-other" => m.about_entity_type_other,
        "country" => m.about_country,
        "contact-name" => m.about_contact_name,
        "contact-email" => m.about_contact_email,
        "contact-phone" => m.about_contact_phone,
        "joint" => m.partners_joint,
        "matching" => m.partners_matching,
        "matched-title" => m.partners_matched_title,
        "matched-id" => m.partners_matched_id,
        "kind" => m.kind_legend,
        "amount" => m.details_amount,
        "currency" => m.details_currency,
        "recipient" => m.details_recipient,
        "recipient-other" => m.details_recipient_other_name,
        "payment" => m.details_payment,
        "staff" => m.details_staff,
        "expertise" => m.details_expertise,
        "staff-location" => m.details_location,
        "process" => m.details_process,
        "participants" => m.details_participants,
        "policy" => m.details_policy,
        "instrument" => m.details_instrument,
        "title" => m.pledge_title_label,
        "description" => m.pledge_description,
        "start" => m.pledge_start,
        "end" => m.pledge_end,
        "measurement" => m.pledge_measurement,
        _ => id,
    }
    .to_string()
}

pub fn error_message(locale: Locale, error: &FieldError) -> String {
    let m = locale.messages();
    let label = field_label(locale, &error.field);
    let with_label = |template: &str| format::fill(locale, template, &[("label", Arg::Text(&label))]);
    match error.problem {
        Problem::Required => with_label(m.error_field_required),
        Problem::ChooseOne => with_label(m.error_field_choose),
        Problem::TooLong(max) => {
            format::fill(locale, m.error_field_too_long, &[("label", Arg::Text(&label)), ("max", Arg::Count(max as u64))])
        }
        Problem::TooShort(min) => {
            format::fill(locale, m.error_field_too_short, &[("label", Arg::Text(&label)), ("min", Arg::Count(min as u64))])
        }
        Problem::EmailInvalid => m.error_email.to_string(),
        Problem::PhoneInvalid => m.error_phone.to_string(),
        Problem::Amount(MoneyError::NotANumber) => with_label(m.error_amount_nan),
        Problem::Amount(MoneyError::Negative) => with_label(m.error_amount_negative),
        Problem::Amount(MoneyError::TooPrecise) => with_label(m.error_amount_precise),
        Problem::Amount(MoneyError::TooLarge) => with_label(m.error_amount_large),
        Problem::AmountZero => with_label(m.error_amount_zero),
        Problem::CurrencyInvalid => m.error_currency.to_string(),
        Problem::DateInvalid => with_label(m.error_date),
        Problem::EndBeforeStart => m.error_end_before_start.to_string(),
        Problem::YearInvalid => m.error_year.to_string(),
        Problem::WholeNumberInvalid => m.error_whole_number.to_string(),
        Problem::ScheduleTotal => m.error_schedule_total.to_string(),
        Problem::NeedObjective => m.error_need_objective.to_string(),
        Problem::NeedPrinciple => m.error_need_principle.to_string(),
        Problem::NeedCoPledger => m.error_need_co_pledger.to_string(),
        Problem::TooMany(max) => format::fill(locale, m.error_too_many, &[("max", Arg::Count(max as u64))]),
    }
}
