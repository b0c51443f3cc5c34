//! The wizard's words: each question's label (ours and the official form's), each choice's
//! label, and each problem's message, from the translation layer. Exhaustive matches on
//! the domain's types, so a new question cannot go unlabelled.

use crate::domain::date::DatePart;
use crate::domain::locale::Locale;
use crate::domain::money::MoneyError;
use crate::domain::pledge::field::{Field, Section};
use crate::domain::pledge::rules::{FieldError, Problem};
use crate::domain::pledge::step::Step;
use crate::domain::pledge::{Choice, EntityType, Nature, Payment, PledgeType, Recipient, Region, YesNo};
use crate::i18n::format;
use crate::i18n::{Arg, Messages};

pub type Text = fn(&Messages) -> &'static str;

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

/// A choice's words: what its radio, its option and its answer say, written once per choice.
pub trait Labelled: Choice {
    fn label(self) -> Text;

    /// Said under the choice's radio, where one helps.
    fn hint(self) -> Option<Text> {
        None
    }

    /// The label in a language.
    fn words(self, m: &Messages) -> &'static str {
        self.label()(m)
    }
}

/// Every value of a choice with its words, in the choice's order: the options of a group of
/// radios.
pub fn options<T: Labelled>() -> Vec<(&'static str, Text, Option<Text>)> {
    T::ALL.iter().map(|&c| (c.as_str(), c.label(), c.hint())).collect()
}

impl Labelled for EntityType {
    fn label(self) -> Text {
        match self {
            EntityType::MemberState => |m| m.entity_member_state(),
            EntityType::UnEntity => |m| m.entity_un_entity(),
            EntityType::CivilSociety => |m| m.entity_civil_society(),
            EntityType::MigrantDiaspora => |m| m.entity_migrant_diaspora(),
            EntityType::PrivateSector => |m| m.entity_private_sector(),
            EntityType::TradeUnion => |m| m.entity_trade_union(),
            EntityType::LocalAuthority => |m| m.entity_local_authority(),
            EntityType::Academia => |m| m.entity_academia(),
            EntityType::Nhri => |m| m.entity_nhri(),
            EntityType::Other => |m| m.entity_other(),
        }
    }
}

impl Labelled for YesNo {
    fn label(self) -> Text {
        match self {
            YesNo::Yes => |m| m.yes(),
            YesNo::No => |m| m.no(),
        }
    }
}

impl Labelled for PledgeType {
    fn label(self) -> Text {
        match self {
            PledgeType::Individual => |m| m.pledge_type_individual(),
            PledgeType::Common => |m| m.pledge_type_common(),
            PledgeType::Partnership => |m| m.pledge_type_partnership(),
        }
    }

    fn hint(self) -> Option<Text> {
        Some(match self {
            PledgeType::Individual => |m| m.pledge_type_individual_hint(),
            PledgeType::Common => |m| m.pledge_type_common_hint(),
            PledgeType::Partnership => |m| m.pledge_type_partnership_hint(),
        })
    }
}

impl Labelled for Nature {
    fn label(self) -> Text {
        match self {
            Nature::Financial => |m| m.kind_financial(),
            Nature::Material => |m| m.kind_human_resources(),
            Nature::Process => |m| m.kind_process(),
            Nature::Policy => |m| m.kind_policy(),
        }
    }

    fn hint(self) -> Option<Text> {
        Some(match self {
            Nature::Financial => |m| m.kind_financial_hint(),
            Nature::Material => |m| m.kind_human_resources_hint(),
            Nature::Process => |m| m.kind_process_hint(),
            Nature::Policy => |m| m.kind_policy_hint(),
        })
    }
}

impl Labelled for Recipient {
    fn label(self) -> Text {
        match self {
            Recipient::Mmptf => |m| m.details_recipient_mmptf(),
            Recipient::Other => |m| m.details_recipient_other(),
        }
    }
}

impl Labelled for Payment {
    fn label(self) -> Text {
        match self {
            Payment::OneOff => |m| m.details_payment_one_off(),
            Payment::Schedule => |m| m.details_payment_schedule(),
        }
    }
}

impl Labelled for Region {
    fn label(self) -> Text {
        match self {
            Region::Africa => |m| m.region_africa(),
            Region::Americas => |m| m.region_americas(),
            Region::Asia => |m| m.region_asia(),
            Region::Europe => |m| m.region_europe(),
            Region::Oceania => |m| m.region_oceania(),
        }
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

pub fn error_message(locale: Locale, error: &FieldError) -> String {
    let m = locale.messages();
    let label = field_label(locale, error.field);
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
