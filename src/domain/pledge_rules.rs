//! Every rule a pledge must meet, step by step, as plain functions returning typed errors.
//! The wizard only renders them. Validators never panic, whatever they are given.

use super::date::Date;
use super::money::{Currency, Money, MoneyError};
use super::pledge::{Kind, PledgeDraft, ENTITY_TYPES};

pub const TITLE_MAX: usize = 150;
pub const DESCRIPTION_MIN: usize = 300;
pub const DESCRIPTION_MAX: usize = 3000;
pub const TEXT_MAX: usize = 500;
pub const LONG_TEXT_MAX: usize = 3000;
pub const MAX_CO_PLEDGERS: usize = 20;
pub const MAX_SCHEDULE_ROWS: usize = 30;

/// The wizard's steps, each at its own URL under `/pledge`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Start,
    About,
    Partners,
    Kind,
    Details,
    Alignment,
    Pledge,
    Review,
    Confirmation,
}

impl Step {
    pub const ALL: [Step; 9] = [
        Step::Start,
        Step::About,
        Step::Partners,
        Step::Kind,
        Step::Details,
        Step::Alignment,
        Step::Pledge,
        Step::Review,
        Step::Confirmation,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Step::Start => "",
            Step::About => "about-you",
            Step::Partners => "partners",
            Step::Kind => "kind",
            Step::Details => "details",
            Step::Alignment => "alignment",
            Step::Pledge => "your-pledge",
            Step::Review => "check",
            Step::Confirmation => "confirmation",
        }
    }

    pub fn parse(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn path(self) -> String {
        match self {
            Step::Start => "/pledge".into(),
            s => format!("/pledge/{}", s.slug()),
        }
    }

    /// 1-based position, for "Step 3 of 9".
    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).map_or(1, |i| i + 1)
    }

    pub fn next(self) -> Step {
        Step::ALL.get(self.number()).copied().unwrap_or(Step::Confirmation)
    }

    pub fn previous(self) -> Option<Step> {
        self.number().checked_sub(2).and_then(|i| Step::ALL.get(i).copied())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    ChooseOne,
    TooLong(usize),
    TooShort(usize),
    EmailInvalid,
    PhoneInvalid,
    Amount(MoneyError),
    AmountZero,
    CurrencyInvalid,
    DateInvalid,
    EndBeforeStart,
    YearInvalid,
    WholeNumberInvalid,
    ScheduleTotal,
    NeedObjective,
    NeedPrinciple,
    NeedCoPledger,
    TooMany(usize),
}

/// A problem with one field, named by the field's HTML id (so the error summary can link to it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub problem: Problem,
}

struct Check {
    errors: Vec<FieldError>,
}

impl Check {
    fn add(&mut self, field: &str, problem: Problem) {
        self.errors.push(FieldError { field: field.to_string(), problem });
    }

    fn required(&mut self, field: &str, value: &str, max: usize) -> bool {
        let n = value.trim().chars().count();
        if n == 0 {
            self.add(field, Problem::Required);
            false
        } else if value.chars().count() > max {
            self.add(field, Problem::TooLong(max));
            false
        } else {
            true
        }
    }

    fn yes_no(&mut self, field: &str, value: &str) -> Option<bool> {
        match value {
            "yes" => Some(true),
            "no" => Some(false),
            _ => {
                self.add(field, Problem::ChooseOne);
                None
            }
        }
    }

    fn positive_amount(&mut self, field: &str, text: &str, currency: Currency) -> Option<Money> {
        if text.trim().is_empty() {
            self.add(field, Problem::Required);
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
    let invisible = |c: char| matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}');
    if t.len() > 254 || t.chars().any(|c| c.is_whitespace() || c.is_control() || invisible(c) || matches!(c, '<' | '>' | ',' | ';' | '"')) {
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
        && t.chars().enumerate().all(|(i, c)| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')') || (c == '+' && i == 0))
}

pub fn currency_of(draft: &PledgeDraft) -> Option<Currency> {
    Currency::parse(draft.currency.trim())
}

pub fn validate(step: Step, d: &PledgeDraft) -> Vec<FieldError> {
    let mut c = Check { errors: Vec::new() };
    match step {
        Step::Start | Step::Confirmation => {}
        Step::About => {
            c.required("entity", &d.entity, TEXT_MAX);
            if !ENTITY_TYPES.contains(&d.entity_type.as_str()) || d.entity_type.is_empty() {
                c.add("entity-type", Problem::ChooseOne);
            } else if d.entity_type == "other" {
                c.required("entity-type-other", &d.entity_type_other, TEXT_MAX);
            }
            c.required("country", &d.country, TEXT_MAX);
            c.required("contact-name", &d.contact_name, TEXT_MAX);
            if c.required("contact-email", &d.contact_email, 254) && !email_ok(&d.contact_email) {
                c.add("contact-email", Problem::EmailInvalid);
            }
            if !d.contact_phone.trim().is_empty() && !phone_ok(&d.contact_phone) {
                c.add("contact-phone", Problem::PhoneInvalid);
            }
        }
        Step::Partners => {
            if c.yes_no("joint", &d.joint) == Some(true) {
                if d.co_pledgers.len() > MAX_CO_PLEDGERS {
                    c.add("co-pledger-0", Problem::TooMany(MAX_CO_PLEDGERS));
                } else if d.co_pledgers.iter().all(|p| p.trim().is_empty()) {
                    c.add("co-pledger-0", Problem::NeedCoPledger);
                }
                for (i, p) in d.co_pledgers.iter().enumerate() {
                    if p.chars().count() > TEXT_MAX {
                        c.add(&format!("co-pledger-{i}"), Problem::TooLong(TEXT_MAX));
                    }
                }
            }
            if c.yes_no("matching", &d.matching) == Some(true) {
                c.required("matched-title", &d.matched_title, TITLE_MAX);
                c.required("matched-id", &d.matched_id, 100);
            }
        }
        Step::Kind => {
            if d.kind().is_none() {
                c.add("kind", Problem::ChooseOne);
            }
        }
        Step::Details => match d.kind() {
            None => c.add("kind", Problem::ChooseOne),
            Some(Kind::Financial) => {
                let currency = currency_of(d);
                if currency.is_none() {
                    c.add("currency", Problem::CurrencyInvalid);
                }
                let total = c.positive_amount("amount", &d.amount, currency.unwrap_or(Currency::USD));
                match d.recipient.as_str() {
                    "mmptf" => {}
                    "other" => {
                        c.required("recipient-other", &d.recipient_other, TEXT_MAX);
                    }
                    _ => c.add("recipient", Problem::ChooseOne),
                }
                match d.payment.as_str() {
                    "one-off" => {}
                    "schedule" => validate_schedule(&mut c, d, currency.unwrap_or(Currency::USD), total),
                    _ => c.add("payment", Problem::ChooseOne),
                }
            }
            Some(Kind::HumanResources) => {
                match d.staff.trim().parse::<u32>() {
                    _ if d.staff.trim().is_empty() => c.add("staff", Problem::Required),
                    Ok(n) if n > 0 && n <= 1_000_000 => {}
                    _ => c.add("staff", Problem::WholeNumberInvalid),
                }
                c.required("expertise", &d.expertise, LONG_TEXT_MAX);
                c.required("staff-location", &d.staff_location, TEXT_MAX);
            }
            Some(Kind::Process) => {
                c.required("process", &d.process, LONG_TEXT_MAX);
                c.required("participants", &d.participants, LONG_TEXT_MAX);
            }
            Some(Kind::Policy) => {
                c.required("policy", &d.policy, LONG_TEXT_MAX);
                c.required("instrument", &d.instrument, TEXT_MAX);
            }
        },
        Step::Alignment => {
            if d.objective_list().is_empty() {
                c.add("objective-1", Problem::NeedObjective);
            }
            if d.principle_list().is_empty() {
                c.add("principle-people-centred", Problem::NeedPrinciple);
            }
        }
        Step::Pledge => {
            c.required("title", &d.title, TITLE_MAX);
            let n = d.description.chars().count();
            if d.description.trim().is_empty() {
                c.add("description", Problem::Required);
            } else if n < DESCRIPTION_MIN {
                c.add("description", Problem::TooShort(DESCRIPTION_MIN));
            } else if n > DESCRIPTION_MAX {
                c.add("description", Problem::TooLong(DESCRIPTION_MAX));
            }
            let start = date_field(&mut c, "start", &d.start);
            let end = date_field(&mut c, "end", &d.end);
            if let (Some(s), Some(e)) = (start, end) {
                if e < s {
                    c.add("end", Problem::EndBeforeStart);
                }
            }
            c.required("measurement", &d.measurement, LONG_TEXT_MAX);
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

fn date_field(c: &mut Check, field: &str, text: &str) -> Option<Date> {
    if text.trim().is_empty() {
        c.add(field, Problem::Required);
        return None;
    }
    let date = Date::parse_iso(text.trim());
    if date.is_none() {
        c.add(field, Problem::DateInvalid);
    }
    date
}

fn validate_schedule(c: &mut Check, d: &PledgeDraft, currency: Currency, total: Option<Money>) {
    if d.schedule.is_empty() {
        c.add("schedule-year-0", Problem::Required);
        return;
    }
    if d.schedule.len() > MAX_SCHEDULE_ROWS {
        c.add("schedule-year-0", Problem::TooMany(MAX_SCHEDULE_ROWS));
        return;
    }
    let mut sum = Some(Money::zero(currency));
    for (i, row) in d.schedule.iter().enumerate() {
        match row.year.trim().parse::<u16>() {
            Ok(y) if (2000..=2100).contains(&y) => {}
            _ if row.year.trim().is_empty() => c.add(&format!("schedule-year-{i}"), Problem::Required),
            _ => c.add(&format!("schedule-year-{i}"), Problem::YearInvalid),
        }
        let amount = c.positive_amount(&format!("schedule-amount-{i}"), &row.amount, currency);
        sum = match (sum, amount) {
            (Some(s), Some(a)) => s.checked_add(a),
            _ => None,
        };
    }
    if let (Some(sum), Some(total)) = (sum, total) {
        if sum != total {
            c.add("schedule-amount-0", Problem::ScheduleTotal);
        }
    }
}
