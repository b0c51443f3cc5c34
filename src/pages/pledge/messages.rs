//! The wizard's words: each question's label (ours and the official form's), each choice's
//! label, and each problem's message, from the translation layer. Exhaustive matches on
//! the domain's types, so a new question cannot go unlabelled.

use crate::components::form::Asked;
use crate::domain::locale::Locale;
use crate::domain::pledge::field::{Field, Section};
use crate::domain::pledge::step::Step;
use crate::domain::pledge::PledgeDraft;
use crate::i18n::format;
use crate::i18n::{Arg, Messages};

pub use crate::components::form::choices::{options, Labelled};
pub use crate::components::form::Text;

impl Asked for Field {
    type Doc = PledgeDraft;
    fn label(self, locale: Locale) -> String {
        field_label(locale, self)
    }
    fn step_path(self) -> String {
        self.step().path()
    }
}

/// The label a question has in the wizard.
pub fn field_label(locale: Locale, field: Field) -> String {
    let m: &Messages = locale.messages();
    let numbered = |template: &str, i: usize| format::fill(locale, template, &[("number", Arg::Count(i as u64 + 1))]);
    let text = match field {
        Field::Entity => m.about_entity(),
        Field::EntityType => m.about_entity_type(),
        Field::EntityTypeOther => m.about_entity_type_other(),
        Field::Champion => m.about_champion(),
        Field::ContactName => m.about_contact_name(),
        Field::ContactPosition => m.about_position(),
        Field::ContactEmail => m.about_contact_email(),
        Field::ContactPhone => m.about_contact_phone(),
        Field::SecondaryName => m.about_secondary_name(),
        Field::SecondaryEmail => m.about_secondary_email(),
        Field::Country => m.about_country(),
        Field::OtherCountries => m.about_other_countries(),
        Field::OtherCountry(i) => return numbered(m.about_other_country(), i),
        Field::Region => m.about_region(),
        Field::LegacyCountry => m.about_legacy_country(),
        Field::Title => m.pledge_title_label(),
        Field::PledgeType => m.pledge_type(),
        Field::Partners => m.partners_legend(),
        Field::PartnerName(i) => return numbered(m.partner_name(), i),
        Field::PartnerCountry(i) => return numbered(m.partner_country(), i),
        Field::PartnerEmail(i) => return numbered(m.partner_email(), i),
        Field::Matching => m.partners_matching(),
        Field::MatchedTitle => m.partners_matched_title(),
        Field::MatchedId => m.partners_matched_id(),
        Field::Mirror => m.mirror_legend(),
        Field::Natures => m.nature_legend(),
        Field::Amount => m.details_amount(),
        Field::Currency => m.details_currency(),
        Field::Recipient => m.details_recipient(),
        Field::RecipientOther => m.details_recipient_other_name(),
        Field::Payment => m.details_payment(),
        Field::Schedule => m.details_payment_schedule(),
        Field::ScheduleYear(i) => return numbered(m.details_year(), i),
        Field::ScheduleAmount(i) => return numbered(m.details_year_amount(), i),
        Field::Staff => m.details_staff(),
        Field::Expertise => m.details_expertise(),
        Field::StaffLocation => m.details_location(),
        Field::Process => m.details_process(),
        Field::Participants => m.details_participants(),
        Field::Policy => m.details_policy(),
        Field::Instrument => m.details_instrument(),
        Field::Start => m.pledge_start(),
        Field::End => m.pledge_end(),
        Field::Measurement => m.pledge_measurement(),
        Field::Objectives => m.align_objectives(),
        Field::Principles => m.align_principles(),
        Field::Description => m.pledge_description(),
        Field::DocumentUrl => m.document_url(),
    };
    text.to_string()
}

/// The label the official form gives a question (ours where it has none).
pub fn official_label(locale: Locale, field: Field) -> String {
    let m = locale.messages();
    let text = match field {
        Field::Entity => m.official_entity(),
        Field::EntityType => m.official_entity_type(),
        Field::EntityTypeOther => m.official_entity_other(),
        Field::Champion => m.official_champion(),
        Field::ContactName => m.official_full_name(),
        Field::ContactPosition => m.official_position(),
        Field::Country => m.official_country(),
        Field::OtherCountries | Field::OtherCountry(_) => m.official_other_country(),
        Field::Region => m.official_region(),
        Field::ContactEmail => m.official_email(),
        Field::SecondaryName => m.official_secondary(),
        Field::SecondaryEmail => m.official_secondary_email(),
        Field::Title => m.official_title(),
        Field::PledgeType => m.official_type(),
        Field::Mirror => m.official_mirror(),
        Field::PartnerName(_) => m.official_partner_name(),
        Field::PartnerCountry(_) => m.official_partner_country(),
        Field::PartnerEmail(_) => m.official_partner_email(),
        Field::MatchedTitle => m.official_matched_title(),
        Field::MatchedId => m.official_matched_id(),
        Field::Natures => m.official_nature(),
        Field::Objectives => m.official_objectives(),
        Field::Description => m.official_description(),
        Field::DocumentUrl => m.official_document(),
        other => return field_label(locale, other),
    };
    text.to_string()
}

pub fn section_title(m: &Messages, section: Section) -> &'static str {
    match section {
        Section::I => m.sheet_section_1(),
        Section::II => m.sheet_section_2(),
        Section::IIa => m.sheet_section_2a(),
        Section::IIb => m.sheet_section_2b(),
        Section::III => m.sheet_section_3(),
        Section::IV => m.sheet_section_4(),
        Section::V => m.sheet_section_5(),
        Section::VI => m.sheet_section_6(),
        Section::VII => m.sheet_section_7(),
    }
}

/// "Global" or a country's name in the page's language; empty stays empty.
pub fn place_name(locale: Locale, value: &str) -> String {
    match value.trim() {
        "" => String::new(),
        crate::domain::country::GLOBAL => locale.messages().about_country_global().to_string(),
        code => format::country_name(locale, code),
    }
}

/// A step's title, as the step indicator, the heading and the page title give it.
pub fn step_title(m: &Messages, step: Step) -> &'static str {
    match step {
        Step::Start => m.step_start(),
        Step::About => m.step_about(),
        Step::Partners => m.step_partners(),
        Step::Kind => m.step_kind(),
        Step::Details => m.step_details(),
        Step::Alignment => m.step_alignment(),
        Step::YourPledge => m.step_pledge(),
        Step::Review => m.step_review(),
        Step::Confirmation => m.step_confirmation(),
    }
}
