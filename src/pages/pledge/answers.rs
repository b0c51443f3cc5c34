//! Each answer as text in the page's language: one function for the review, the sheet for
//! the official form, the copied and e-mailed text.

use crate::domain::date::stored_text as date_text;
use crate::domain::locale::Locale;
use crate::domain::pledge::field::Field;
use crate::domain::pledge::PledgeDraft;

use super::messages::{place_name, Labelled};

pub fn answer_text(locale: Locale, d: &PledgeDraft, field: Field) -> String {
    let m = locale.messages();
    let text = |s: &str| s.trim().to_string();
    let opt = |s: Option<&'static str>| s.unwrap_or_default().to_string();
    match field {
        Field::Entity => text(&d.entity),
        Field::EntityType => opt(d.entity_type.map(|t| t.words(m))),
        Field::EntityTypeOther => text(&d.entity_type_other),
        Field::Champion => opt(d.champion.map(|v| v.words(m))),
        Field::ContactName => text(&d.contact_name),
        Field::ContactPosition => text(&d.contact_position),
        Field::ContactEmail => text(&d.contact_email),
        Field::ContactPhone => text(&d.contact_phone),
        Field::SecondaryName => text(&d.secondary_name),
        Field::SecondaryEmail => text(&d.secondary_email),
        Field::Country => place_name(locale, &d.country),
        Field::OtherCountries => d
            .other_countries
            .iter()
            .map(|c| place_name(locale, c))
            .filter(|c| !c.is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
        Field::OtherCountry(i) => d.other_countries.get(i).map(|c| place_name(locale, c)).unwrap_or_default(),
        Field::Region => opt(d.region.map(|r| r.words(m))),
        Field::LegacyCountry => text(&d.legacy_country),
        Field::Title => text(&d.title),
        Field::PledgeType => opt(d.pledge_type.map(|t| t.words(m))),
        Field::Partners => d
            .partners
            .iter()
            .filter(|p| !p.is_blank())
            .map(|p| {
                [p.name.trim().to_string(), place_name(locale, &p.country), p.email.trim().to_string()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Field::PartnerName(i) => d.partners.get(i).map(|p| text(&p.name)).unwrap_or_default(),
        Field::PartnerCountry(i) => d.partners.get(i).map(|p| place_name(locale, &p.country)).unwrap_or_default(),
        Field::PartnerEmail(i) => d.partners.get(i).map(|p| text(&p.email)).unwrap_or_default(),
        Field::Matching => opt(d.matching.map(|v| v.words(m))),
        Field::MatchedTitle => text(&d.matched_title),
        Field::MatchedId => text(&d.matched_id),
        Field::Mirror => opt(d.mirror.map(|v| v.words(m))),
        Field::Natures => d.natures.iter().map(|n| n.words(m)).collect::<Vec<_>>().join("\n"),
        Field::Amount => {
            if d.amount.trim().is_empty() {
                String::new()
            } else {
                format!("{} {}", d.currency.trim(), d.amount.trim())
            }
        }
        Field::Currency => text(&d.currency),
        Field::Recipient => opt(d.recipient.map(|r| r.words(m))),
        Field::RecipientOther => text(&d.recipient_other),
        Field::Payment => opt(d.payment.map(|p| p.words(m))),
        Field::Schedule => d
            .schedule
            .iter()
            .filter(|r| !(r.year.trim().is_empty() && r.amount.trim().is_empty()))
            .map(|r| format!("{}: {} {}", r.year.trim(), d.currency.trim(), r.amount.trim()))
            .collect::<Vec<_>>()
            .join("\n"),
        Field::ScheduleYear(i) => d.schedule.get(i).map(|r| text(&r.year)).unwrap_or_default(),
        Field::ScheduleAmount(i) => d.schedule.get(i).map(|r| text(&r.amount)).unwrap_or_default(),
        Field::Staff => text(&d.staff),
        Field::Expertise => text(&d.expertise),
        Field::StaffLocation => text(&d.staff_location),
        Field::Process => text(&d.process),
        Field::Participants => text(&d.participants),
        Field::Policy => text(&d.policy),
        Field::Instrument => text(&d.instrument),
        Field::Start => date_text(&d.start),
        Field::End => date_text(&d.end),
        Field::Measurement => text(&d.measurement),
        Field::Objectives => d
            .objective_list()
            .into_iter()
            .map(|o| format!("{}. {}", o.number(), m.objective(o)))
            .collect::<Vec<_>>()
            .join("\n"),
        Field::Principles => d.principle_list().into_iter().map(|p| m.principle(p)).collect::<Vec<_>>().join("\n"),
        Field::Description => d.description.trim().to_string(),
        Field::DocumentUrl => text(&d.document_url),
    }
}
