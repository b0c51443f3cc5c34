//! What both wizards (the pledge, and a progress report on one) are made of: one field shell
//! under every question, the text, date, radio and country controls, and the error summary.
//! Written once, over any `Form` whose questions say how they are worded (`Asked`).

pub mod choices;
pub mod drafts;
pub mod error_summary;
pub mod fields;
pub mod step_indicator;
pub mod step_page;
pub mod submit;
pub mod summary;
pub mod take_away;

use crate::domain::date::DatePart;
use crate::domain::locale::Locale;
use crate::domain::money::MoneyError;
use crate::domain::pledge::form::{Form, Question};
use crate::domain::pledge::rules::{FieldError, Problem};
use crate::i18n::format;
use crate::i18n::{Arg, Messages};

/// A fixed text of the translation layer, chosen by a question (its label, hint, legend).
pub type Text = fn(&Messages) -> &'static str;

/// A question as a visitor reads it: its words, and the page that asks it.
pub trait Asked: Question {
    type Doc: Form<Field = Self>;
    /// The label the question has in the wizard (numbered for rows: "Name of partner 2").
    fn label(self, locale: Locale) -> String;
    /// The address of the step that asks it, for an error listed on the review.
    fn step_path(self) -> String;
}

/// A problem in words, with the question's label where the sentence needs it.
pub fn error_message<F: Asked>(locale: Locale, error: &FieldError<F>) -> String {
    let m = locale.messages();
    let label = error.field.label(locale);
    let with_label = |template: &str| format::fill(locale, template, &[("label", Arg::Text(&label))]);
    match error.problem {
        Problem::Required => with_label(m.error_field_required()),
        Problem::ChooseOne => with_label(m.error_field_choose()),
        Problem::TooLong(max) => format::fill(
            locale,
            m.error_field_too_long(),
            &[("label", Arg::Text(&label)), ("max", Arg::Count(max as u64))],
        ),
        Problem::TooShort(min) => format::fill(
            locale,
            m.error_field_too_short(),
            &[("label", Arg::Text(&label)), ("min", Arg::Count(min as u64))],
        ),
        Problem::EmailInvalid => format!("{label}: {}", m.error_email()),
        Problem::PhoneInvalid => m.error_phone().to_string(),
        Problem::UrlInvalid => m.error_url().to_string(),
        Problem::Amount(MoneyError::NotANumber) => with_label(m.error_amount_nan()),
        Problem::Amount(MoneyError::Negative) => with_label(m.error_amount_negative()),
        Problem::Amount(MoneyError::TooPrecise) => with_label(m.error_amount_precise()),
        Problem::Amount(MoneyError::TooLarge) => with_label(m.error_amount_large()),
        Problem::AmountZero => with_label(m.error_amount_zero()),
        Problem::CurrencyInvalid => m.error_currency().to_string(),
        Problem::DateInvalid => with_label(m.error_date()),
        Problem::DateMissing(DatePart::Day) => with_label(m.error_date_day()),
        Problem::DateMissing(DatePart::Month) => with_label(m.error_date_month()),
        Problem::DateMissing(DatePart::Year) => with_label(m.error_date_year()),
        Problem::DateYear => with_label(m.error_date_year_digits()),
        Problem::EndBeforeStart => m.error_end_before_start().to_string(),
        Problem::YearInvalid => m.error_year().to_string(),
        Problem::WholeNumberInvalid => m.error_whole_number().to_string(),
        Problem::ScheduleTotal => m.error_schedule_total().to_string(),
        Problem::NeedObjective => m.error_need_objective().to_string(),
        Problem::NeedNature => m.error_need_nature().to_string(),
        Problem::NeedPartner => m.error_need_partner().to_string(),
        Problem::TooMany(max) => format::fill(locale, m.error_too_many(), &[("max", Arg::Count(max as u64))]),
        Problem::DateInFuture => with_label(m.error_date_future()),
        Problem::NotAfterPrevious => with_label(m.error_date_not_after_previous()),
    }
}
