//! Every rule a pledge must meet, step by step, as plain functions returning typed errors.
//! The wizard only renders them. Validators never panic, whatever they are given.

use crate::domain::country;
use crate::domain::date::{Date, DatePart, DateParts, DateProblem};
use crate::domain::money::{Currency, Money, MoneyError};
use crate::domain::pledge::field::Field;
use crate::domain::pledge::step::Step;
use crate::domain::pledge::{EntityType, Nature, Payment, PledgeDraft, PledgeType, Recipient, YesNo};
use crate::domain::safe_url::SafeUrl;

pub const TITLE_MAX: usize = 150;
pub const DESCRIPTION_MIN: usize = 300;
pub const DESCRIPTION_MAX: usize = 3000;
pub const TEXT_MAX: usize = 500;
pub const LONG_TEXT_MAX: usize = 3000;
pub const MAX_PARTNERS: usize = 20;
pub const MAX_COUNTRIES: usize = 30;
/// The official form asks for "the main three" GCM objectives.
pub const MAIN_OBJECTIVES: usize = 3;
pub const MAX_SCHEDULE_ROWS: usize = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    ChooseOne,
    TooLong(usize),
    TooShort(usize),
    EmailInvalid,
    PhoneInvalid,
    UrlInvalid,
    Amount(MoneyError),
    AmountZero,
    CurrencyInvalid,
    DateInvalid,
    /// A date with one box left empty.
    DateMissing(DatePart),
    /// A year not written with four digits.
    DateYear,
    EndBeforeStart,
    YearInvalid,
    WholeNumberInvalid,
    ScheduleTotal,
    NeedObjective,
    NeedNature,
    NeedPartner,
    TooMany(usize),
    /// A date after today (an update reports what has happened).
    DateInFuture,
    /// An update dated on or before the update it follows: each update has its own date.
    NotAfterPrevious,
}

/// A problem with one question (of the pledge, or of a progress report on it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError<F = Field> {
    pub field: F,
    pub problem: Problem,
}

/// The errors found so far, with the checks every form shares.
pub(crate) struct Check<F> {
    pub(crate) errors: Vec<FieldError<F>>,
}

impl<F: Copy> Check<F> {
    pub(crate) fn new() -> Check<F> {
        Check { errors: Vec::new() }
    }

    pub(crate) fn add(&mut self, field: F, problem: Problem) {
        self.errors.push(FieldError { field, problem });
    }

    pub(crate) fn required(&mut self, field: F, value: &str, max: usize) -> bool {
        if value.trim().is_empty() {
            self.add(field, Problem::Required);
            false
        } else {
            self.at_most(field, value, max)
        }
    }

    /// An optional text: only its length is checked.
    pub(crate) fn at_most(&mut self, field: F, value: &str, max: usize) -> bool {
        if value.chars().count() > max {
            self.add(field, Problem::TooLong(max));
            false
        } else {
            true
        }
    }

    pub(crate) fn chosen<T>(&mut self, field: F, value: Option<T>) -> Option<T> {
        if value.is_none() {
            self.add(field, Problem::ChooseOne);
        }
        value
    }

    /// An e-mail address, required or checked only when given.
    pub(crate) fn email(&mut self, field: F, value: &str, required: bool) {
        if value.trim().is_empty() {
            if required {
                self.add(field, Problem::Required);
            }
        } else if !email_ok(value) {
            self.add(field, Problem::EmailInvalid);
        }
    }

    /// A place from the country list (the list offers only valid ones; a file may not).
    pub(crate) fn place(&mut self, field: F, value: &str, required: bool) {
        if value.trim().is_empty() {
            if required {
                self.add(field, Problem::ChooseOne);
            }
        } else if !country::is_place(value) {
            self.add(field, Problem::ChooseOne);
        }
    }

    /// A positive amount when one is given.
    pub(crate) fn amount(&mut self, field: F, text: &str, currency: Currency) -> Option<Money> {
        if text.trim().is_empty() {
            return None;
        }
        match Money::parse_decimal(text, currency) {
            Ok(m) if m.minor() == 0 => {
                self.add(field, Problem::AmountZero);
                None
            }
            Ok(m) => Some(m),
            Err(e) => {
                self.add(field, Problem::Amount(e));
                None
            }
        }
    }
}

/// A plausible e-mail address: one `@`, no spaces, a dotted domain with non-empty labels.
pub fn email_ok(text: &str) -> bool {
    let t = text.trim();
    // Invisible formatting (bidi overrides, zero-width characters) has no place in an
    // address and is a classic way to disguise one.
    let invisible =
        |c: char| matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}');
    if t.len() > 254
        || t.chars()
            .any(|c| c.is_whitespace() || c.is_control() || invisible(c) || matches!(c, '<' | '>' | ',' | ';' | '"'))
    {
        return false;
    }
    let Some((local, domain)) = t.split_once('@') else { return false };
    !local.is_empty()
        && local.len() <= 64
        && !domain.contains('@')
        && domain.contains('.')
        && domain.split('.').all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'))
}

/// A phone number as people write it: digits with spaces, dashes, dots, brackets and a leading +.
pub fn phone_ok(text: &str) -> bool {
    let t = text.trim();
    let digits = t.chars().filter(char::is_ascii_digit).count();
    (6..=20).contains(&digits)
        && t.chars()
            .enumerate()
            .all(|(i, c)| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')') || (c == '+' && i == 0))
}

pub fn currency_of(draft: &PledgeDraft) -> Option<Currency> {
    Currency::parse(draft.currency.trim())
}

/// The rules of one step. Only what the official form requires (or what a file needs to
/// be read) blocks; the details it has no place for are recommended, and checked only
/// when given.
pub fn validate(step: Step, d: &PledgeDraft) -> Vec<FieldError> {
    let mut c = Check::new();
    match step {
        Step::Start | Step::Confirmation => {}
        Step::About => {
            c.required(Field::Entity, &d.entity, TEXT_MAX);
            if c.chosen(Field::EntityType, d.entity_type) == Some(EntityType::Other) {
                c.required(Field::EntityTypeOther, &d.entity_type_other, TEXT_MAX);
            }
            c.required(Field::ContactName, &d.contact_name, TEXT_MAX);
            c.required(Field::ContactPosition, &d.contact_position, TEXT_MAX);
            if c.at_most(Field::ContactEmail, &d.contact_email, 254) {
                c.email(Field::ContactEmail, &d.contact_email, true);
            }
            if !d.contact_phone.trim().is_empty() && !phone_ok(&d.contact_phone) {
                c.add(Field::ContactPhone, Problem::PhoneInvalid);
            }
            c.at_most(Field::SecondaryName, &d.secondary_name, TEXT_MAX);
            if c.at_most(Field::SecondaryEmail, &d.secondary_email, 254) {
                c.email(Field::SecondaryEmail, &d.secondary_email, false);
            }
            c.place(Field::Country, &d.country, true);
            if d.other_countries.len() > MAX_COUNTRIES {
                c.add(Field::OtherCountry(0), Problem::TooMany(MAX_COUNTRIES));
            }
            for (i, place) in d.other_countries.iter().enumerate() {
                c.place(Field::OtherCountry(i), place, false);
            }
        }
        Step::Partners => {
            c.required(Field::Title, &d.title, TITLE_MAX);
            if c.chosen(Field::PledgeType, d.pledge_type).is_some_and(PledgeType::is_joint) {
                if d.partners.len() > MAX_PARTNERS {
                    c.add(Field::PartnerName(0), Problem::TooMany(MAX_PARTNERS));
                } else if d.partners.iter().all(|p| p.name.trim().is_empty()) {
                    c.add(Field::PartnerName(0), Problem::NeedPartner);
                }
                for (i, p) in d.partners.iter().enumerate() {
                    if p.is_blank() {
                        continue;
                    }
                    c.required(Field::PartnerName(i), &p.name, TEXT_MAX);
                    c.place(Field::PartnerCountry(i), &p.country, false);
                    if c.at_most(Field::PartnerEmail(i), &p.email, 254) {
                        c.email(Field::PartnerEmail(i), &p.email, false);
                    }
                }
            }
            if c.chosen(Field::Matching, d.matching) == Some(YesNo::Yes) {
                c.required(Field::MatchedTitle, &d.matched_title, TITLE_MAX);
                c.required(Field::MatchedId, &d.matched_id, 100);
            }
        }
        Step::Kind => {
            if d.natures.is_empty() {
                c.add(Field::Natures, Problem::NeedNature);
            }
        }
        Step::Details => {
            if d.has_nature(Nature::Financial) {
                let currency = currency_of(d);
                if currency.is_none() && !(d.amount.trim().is_empty() && d.schedule.is_empty()) {
                    c.add(Field::Currency, Problem::CurrencyInvalid);
                }
                let total = c.amount(Field::Amount, &d.amount, currency.unwrap_or(Currency::USD));
                if d.recipient == Some(Recipient::Other) {
                    c.at_most(Field::RecipientOther, &d.recipient_other, TEXT_MAX);
                }
                if d.payment == Some(Payment::Schedule) {
                    validate_schedule(&mut c, d, currency.unwrap_or(Currency::USD), total);
                }
            }
            if d.has_nature(Nature::Material) && !d.staff.trim().is_empty() {
                match d.staff.trim().parse::<u32>() {
                    Ok(n) if n > 0 && n <= 1_000_000 => {}
                    _ => c.add(Field::Staff, Problem::WholeNumberInvalid),
                }
            }
            for (field, value, max) in [
                (Field::Expertise, &d.expertise, LONG_TEXT_MAX),
                (Field::StaffLocation, &d.staff_location, TEXT_MAX),
                (Field::Process, &d.process, LONG_TEXT_MAX),
                (Field::Participants, &d.participants, LONG_TEXT_MAX),
                (Field::Policy, &d.policy, LONG_TEXT_MAX),
                (Field::Instrument, &d.instrument, TEXT_MAX),
            ] {
                if field.applies(d) {
                    c.at_most(field, value, max);
                }
            }
            let start = date_field(&mut c, Field::Start, &d.start);
            let end = date_field(&mut c, Field::End, &d.end);
            if let (Some(s), Some(e)) = (start, end) {
                if e < s {
                    c.add(Field::End, Problem::EndBeforeStart);
                }
            }
            c.at_most(Field::Measurement, &d.measurement, LONG_TEXT_MAX);
        }
        Step::Alignment => {
            if d.objective_list().is_empty() {
                c.add(Field::Objectives, Problem::NeedObjective);
            }
        }
        Step::YourPledge => {
            let n = d.description.chars().count();
            if d.description.trim().is_empty() {
                c.add(Field::Description, Problem::Required);
            } else if n < DESCRIPTION_MIN {
                c.add(Field::Description, Problem::TooShort(DESCRIPTION_MIN));
            } else if n > DESCRIPTION_MAX {
                c.add(Field::Description, Problem::TooLong(DESCRIPTION_MAX));
            }
            if !d.document_url.trim().is_empty() && SafeUrl::parse(&d.document_url).is_none() {
                c.add(Field::DocumentUrl, Problem::UrlInvalid);
            }
        }
        Step::Review => {
            for s in Step::ALL {
                if s != Step::Review {
                    c.errors.extend(validate(s, d));
                }
            }
        }
    }
    c.errors
}

/// The official form's "main three" objectives is advice: more is a note, never an error.
pub fn objectives_over_advice(d: &PledgeDraft) -> bool {
    d.objective_list().len() > MAIN_OBJECTIVES
}

/// The description's length as a server receiving a form may count it: each line break is
/// sent as CR LF, two characters.
pub fn description_sent_length(text: &str) -> usize {
    text.chars().count() + text.matches('\n').count() - text.matches("\r\n").count()
}

/// True when the description fits our count but may not fit a server's.
pub fn description_line_breaks_risk(text: &str) -> bool {
    text.chars().count() <= DESCRIPTION_MAX && description_sent_length(text) > DESCRIPTION_MAX
}

/// A date typed in boxes, checked when given.
pub(crate) fn date_field<F: Copy>(c: &mut Check<F>, field: F, text: &str) -> Option<Date> {
    match DateParts::from_stored(text).date() {
        Ok(date) => date,
        Err(problem) => {
            c.add(
                field,
                match problem {
                    DateProblem::Missing(part) => Problem::DateMissing(part),
                    DateProblem::YearDigits => Problem::DateYear,
                    DateProblem::NotReal => Problem::DateInvalid,
                },
            );
            None
        }
    }
}

fn validate_schedule(c: &mut Check<Field>, d: &PledgeDraft, currency: Currency, total: Option<Money>) {
    if d.schedule.len() > MAX_SCHEDULE_ROWS {
        c.add(Field::ScheduleYear(0), Problem::TooMany(MAX_SCHEDULE_ROWS));
        return;
    }
    let mut sum = Some(Money::zero(currency));
    let mut any = false;
    for (i, row) in d.schedule.iter().enumerate() {
        if row.year.trim().is_empty() && row.amount.trim().is_empty() {
            continue;
        }
        any = true;
        match row.year.trim().parse::<u16>() {
            Ok(y) if (2000..=2100).contains(&y) => {}
            _ if row.year.trim().is_empty() => c.add(Field::ScheduleYear(i), Problem::Required),
            _ => c.add(Field::ScheduleYear(i), Problem::YearInvalid),
        }
        let amount = if row.amount.trim().is_empty() {
            c.add(Field::ScheduleAmount(i), Problem::Required);
            None
        } else {
            c.amount(Field::ScheduleAmount(i), &row.amount, currency)
        };
        sum = match (sum, amount) {
            (Some(s), Some(a)) => s.checked_add(a),
            _ => None,
        };
    }
    if let (true, Some(sum), Some(total)) = (any, sum, total) {
        if sum != total {
            c.add(Field::ScheduleAmount(0), Problem::ScheduleTotal);
        }
    }
}
