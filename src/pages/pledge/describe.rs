//! "Draft the description from my answers": a first draft of the official Section VI text,
//! in the page's language, from the details the official form has no place for (amounts,
//! staff, dates, measurement…). The user edits it; it never replaces typed text unasked.

use crate::domain::date::parse_stored;
use crate::domain::locale::Locale;
use crate::domain::money::Money;
use crate::domain::pledge::field::Field;
use crate::domain::pledge::rules::currency_of;
use crate::domain::pledge::{Nature, Payment, PledgeDraft, Recipient};
use crate::i18n::format;
use crate::i18n::{Arg, Messages};

use super::answers::answer_text;
use super::messages::place_name;

/// A user's text as the end of a sentence.
fn sentence(text: &str) -> String {
    let t = text.trim();
    if t.ends_with(['.', '!', '?', '。', '؟', '…']) {
        t.to_string()
    } else {
        format!("{t}.")
    }
}

fn date_text(locale: Locale, text: &str) -> String {
    parse_stored(text).map_or_else(|| text.trim().to_string(), |d| format::date(locale, d))
}

/// The drafted text, or `None` when no detail has been given to draft from.
pub fn draft_description(locale: Locale, d: &PledgeDraft) -> Option<String> {
    let m: &Messages = locale.messages();
    let fill = |template: &str, args: &[(&str, Arg)]| format::fill(locale, template, args);
    let given = |field: Field, value: &str| field.applies(d) && !value.trim().is_empty();
    let mut details: Vec<String> = Vec::new();

    if d.has_nature(Nature::Financial) {
        let currency = currency_of(d);
        let money = |text: &str| match currency.map(|c| Money::parse_decimal(text, c)) {
            Some(Ok(amount)) => format::money(locale, amount),
            _ => format!("{} {}", d.currency.trim(), text.trim()),
        };
        if given(Field::Amount, &d.amount) {
            details.push(fill(m.describe_amount(), &[("amount", Arg::Text(&money(&d.amount)))]));
        }
        let recipient = match d.recipient {
            Some(Recipient::Mmptf) => Some(m.details_recipient_mmptf().to_string()),
            Some(Recipient::Other) if !d.recipient_other.trim().is_empty() => {
                Some(d.recipient_other.trim().to_string())
            }
            _ => None,
        };
        if let Some(r) = recipient {
            details.push(fill(m.describe_recipient(), &[("recipient", Arg::Text(&r))]));
        }
        match d.payment {
            Some(Payment::OneOff) => details.push(m.describe_one_off().to_string()),
            Some(Payment::Schedule) => {
                let years: Vec<String> = d
                    .schedule
                    .iter()
                    .filter(|r| !r.year.trim().is_empty() && !r.amount.trim().is_empty())
                    .map(|r| format!("{}: {}", r.year.trim(), money(&r.amount)))
                    .collect();
                if !years.is_empty() {
                    details
                        .push(fill(m.describe_schedule(), &[("schedule", Arg::Text(&format::list(locale, &years)))]));
                }
            }
            None => {}
        }
    }
    if given(Field::Staff, &d.staff) {
        if let Ok(n) = d.staff.trim().parse::<u64>() {
            details.push(fill(m.describe_staff(), &[("count", Arg::Count(n))]));
        }
    }
    for (field, value, template) in [
        (Field::Expertise, &d.expertise, m.describe_expertise()),
        (Field::StaffLocation, &d.staff_location, m.describe_location()),
        (Field::Process, &d.process, m.describe_process()),
        (Field::Participants, &d.participants, m.describe_participants()),
        (Field::Policy, &d.policy, m.describe_policy()),
        (Field::Instrument, &d.instrument, m.describe_instrument()),
    ] {
        if given(field, value) {
            details.push(fill(template, &[("text", Arg::Text(&sentence(value)))]));
        }
    }
    let (start, end) = (d.start.trim(), d.end.trim());
    match (start.is_empty(), end.is_empty()) {
        (false, false) => details.push(fill(
            m.describe_dates(),
            &[("start", Arg::Text(&date_text(locale, start))), ("end", Arg::Text(&date_text(locale, end)))],
        )),
        (false, true) => details.push(fill(m.describe_start(), &[("start", Arg::Text(&date_text(locale, start)))])),
        (true, false) => details.push(fill(m.describe_end(), &[("end", Arg::Text(&date_text(locale, end)))])),
        (true, true) => {}
    }
    if !d.measurement.trim().is_empty() {
        details.push(fill(m.describe_measurement(), &[("text", Arg::Text(&sentence(&d.measurement)))]));
    }
    if details.is_empty() {
        return None;
    }

    let mut parts: Vec<String> = Vec::new();
    if !d.title.trim().is_empty() && !d.entity.trim().is_empty() {
        parts.push(fill(
            m.describe_lead(),
            &[("title", Arg::Text(d.title.trim())), ("entity", Arg::Text(d.entity.trim()))],
        ));
    }
    if d.is_joint() {
        let names: Vec<String> =
            d.partners.iter().map(|p| p.name.trim().to_string()).filter(|n| !n.is_empty()).collect();
        if !names.is_empty() {
            parts.push(fill(m.describe_partners(), &[("names", Arg::Text(&format::list(locale, &names)))]));
        }
    }
    let places: Vec<String> = std::iter::once(&d.country)
        .chain(d.other_countries.iter())
        .map(|c| place_name(locale, c))
        .filter(|c| !c.is_empty())
        .collect();
    if !places.is_empty() {
        parts.push(fill(m.describe_places(), &[("places", Arg::Text(&format::list(locale, &places)))]));
    }
    let mut text = parts.join(" ");
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    text.push_str(&details.join(" "));
    let objectives = answer_text(locale, d, Field::Objectives);
    if !objectives.is_empty() {
        let list: Vec<String> = d.objective_list().iter().map(|o| o.number().to_string()).collect();
        text.push_str("\n\n");
        text.push_str(&fill(m.describe_objectives(), &[("list", Arg::Text(&format::list(locale, &list)))]));
    }
    Some(text)
}
