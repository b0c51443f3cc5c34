//! Every question of the wizard as a type: its HTML id, the step that asks it, whether it
//! applies to a given draft, and where the official form asks it. The rules, the review,
//! the export and the "copy into the official form" sheet all read this one place.

use crate::domain::pledge::step::Step;
use crate::domain::pledge::{EntityType, Nature, Payment, PledgeDraft, Recipient, YesNo};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    // Section I
    Entity,
    EntityType,
    EntityTypeOther,
    Champion,
    ContactName,
    ContactPosition,
    ContactEmail,
    ContactPhone,
    SecondaryName,
    SecondaryEmail,
    Country,
    /// The list of other countries as a whole (review and sheet rows).
    OtherCountries,
    OtherCountry(usize),
    Region,
    LegacyCountry,
    // Section II
    Title,
    PledgeType,
    /// The partner list as a whole.
    Partners,
    PartnerName(usize),
    PartnerCountry(usize),
    PartnerEmail(usize),
    Matching,
    MatchedTitle,
    MatchedId,
    Mirror,
    // Section III
    Natures,
    Amount,
    Currency,
    Recipient,
    RecipientOther,
    Payment,
    /// The instalments as a whole.
    Schedule,
    ScheduleYear(usize),
    ScheduleAmount(usize),
    Staff,
    Expertise,
    StaffLocation,
    Process,
    Participants,
    Policy,
    Instrument,
    Start,
    End,
    Measurement,
    // Section IV
    Objectives,
    Principles,
    // Sections VI and VII
    Description,
    DocumentUrl,
}

impl Field {
    /// The id of the control that asks it (for a group, its first control), so an error
    /// summary can link to it.
    pub fn id(self) -> String {
        let fixed = match self {
            Field::Entity => "entity",
            Field::EntityType => "entity-type",
            Field::EntityTypeOther => "entity-type-other",
            Field::Champion => "champion",
            Field::ContactName => "contact-name",
            Field::ContactPosition => "contact-position",
            Field::ContactEmail => "contact-email",
            Field::ContactPhone => "contact-phone",
            Field::SecondaryName => "secondary-name",
            Field::SecondaryEmail => "secondary-email",
            Field::Country => "country",
            Field::OtherCountries => "other-country-0",
            Field::OtherCountry(i) => return format!("other-country-{i}"),
            Field::Region => "region",
            Field::LegacyCountry => "country",
            Field::Title => "title",
            Field::PledgeType => "pledge-type",
            Field::Partners => "partner-name-0",
            Field::PartnerName(i) => return format!("partner-name-{i}"),
            Field::PartnerCountry(i) => return format!("partner-country-{i}"),
            Field::PartnerEmail(i) => return format!("partner-email-{i}"),
            Field::Matching => "matching",
            Field::MatchedTitle => "matched-title",
            Field::MatchedId => "matched-id",
            Field::Mirror => "mirror",
            Field::Natures => "nature-financial",
            Field::Amount => "amount",
            Field::Currency => "currency",
            Field::Recipient => "recipient",
            Field::RecipientOther => "recipient-other",
            Field::Payment => "payment",
            Field::Schedule => "schedule-year-0",
            Field::ScheduleYear(i) => return format!("schedule-year-{i}"),
            Field::ScheduleAmount(i) => return format!("schedule-amount-{i}"),
            Field::Staff => "staff",
            Field::Expertise => "expertise",
            Field::StaffLocation => "staff-location",
            Field::Process => "process",
            Field::Participants => "participants",
            Field::Policy => "policy",
            Field::Instrument => "instrument",
            Field::Start => "start",
            Field::End => "end",
            Field::Measurement => "measurement",
            Field::Objectives => "objective-1",
            Field::Principles => "principle-people-centred",
            Field::Description => "description",
            Field::DocumentUrl => "document-url",
        };
        fixed.to_string()
    }

    pub fn step(self) -> Step {
        use Field::*;
        match self {
            Entity | EntityType | EntityTypeOther | Champion | ContactName | ContactPosition | ContactEmail
            | ContactPhone | SecondaryName | SecondaryEmail | Country | OtherCountries | OtherCountry(_) | Region
            | LegacyCountry => Step::About,
            Title | PledgeType | Partners | PartnerName(_) | PartnerCountry(_) | PartnerEmail(_) | Matching
            | MatchedTitle | MatchedId | Mirror => Step::Partners,
            Natures => Step::Kind,
            Amount | Currency | Recipient | RecipientOther | Payment | Schedule | ScheduleYear(_)
            | ScheduleAmount(_) | Staff | Expertise | StaffLocation | Process | Participants | Policy | Instrument
            | Start | End | Measurement => Step::Details,
            Objectives | Principles => Step::Alignment,
            Description | DocumentUrl => Step::YourPledge,
        }
    }

    /// Whether the question is asked of this draft: an answer to a question that does not
    /// apply is kept in the draft (the user may come back to it) but left out of the review,
    /// the sheet and the pledge file.
    pub fn applies(self, d: &PledgeDraft) -> bool {
        let financial = d.has_nature(Nature::Financial);
        match self {
            Field::EntityTypeOther => d.entity_type == Some(EntityType::Other),
            Field::LegacyCountry => !d.legacy_country.trim().is_empty(),
            Field::Partners | Field::PartnerName(_) | Field::PartnerCountry(_) | Field::PartnerEmail(_) => d.is_joint(),
            Field::MatchedTitle | Field::MatchedId => d.matching == Some(YesNo::Yes),
            Field::Amount | Field::Currency | Field::Recipient | Field::Payment => financial,
            Field::RecipientOther => financial && d.recipient == Some(Recipient::Other),
            Field::Schedule | Field::ScheduleYear(_) | Field::ScheduleAmount(_) => {
                financial && d.payment == Some(Payment::Schedule)
            }
            Field::Staff | Field::Expertise | Field::StaffLocation => d.has_nature(Nature::Material),
            Field::Process | Field::Participants => d.has_nature(Nature::Process),
            Field::Policy | Field::Instrument => d.has_nature(Nature::Policy),
            _ => true,
        }
    }

    /// Rows of "Check your answers", in the wizard's order (lists as one row each).
    pub const REVIEW: &'static [Field] = &[
        Field::Entity,
        Field::EntityType,
        Field::EntityTypeOther,
        Field::Champion,
        Field::ContactName,
        Field::ContactPosition,
        Field::ContactEmail,
        Field::ContactPhone,
        Field::SecondaryName,
        Field::SecondaryEmail,
        Field::LegacyCountry,
        Field::Country,
        Field::OtherCountries,
        Field::Region,
        Field::Title,
        Field::PledgeType,
        Field::Partners,
        Field::Matching,
        Field::MatchedTitle,
        Field::MatchedId,
        Field::Mirror,
        Field::Natures,
        Field::Amount,
        Field::Recipient,
        Field::RecipientOther,
        Field::Payment,
        Field::Schedule,
        Field::Staff,
        Field::Expertise,
        Field::StaffLocation,
        Field::Process,
        Field::Participants,
        Field::Policy,
        Field::Instrument,
        Field::Start,
        Field::End,
        Field::Measurement,
        Field::Objectives,
        Field::Principles,
        Field::Description,
        Field::DocumentUrl,
    ];

    /// The review's rows for this draft.
    pub fn review(d: &PledgeDraft) -> Vec<Field> {
        Field::REVIEW.iter().copied().filter(|f| f.applies(d)).collect()
    }
}

/// A section of the official form, in its order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    I,
    II,
    IIa,
    IIb,
    III,
    IV,
    V,
    VI,
    VII,
}

/// What the official form asks, section by section and in its order, for this draft.
/// Section IIa (partners) lists its rows per partner; V has no verified question.
pub fn official_sheet(d: &PledgeDraft) -> Vec<(Section, Vec<Field>)> {
    let keep = |fields: &[Field]| fields.iter().copied().filter(|f| f.applies(d)).collect::<Vec<_>>();
    let mut sections = vec![(
        Section::I,
        keep(&[
            Field::Entity,
            Field::EntityType,
            Field::EntityTypeOther,
            Field::Champion,
            Field::ContactName,
            Field::ContactPosition,
            Field::Country,
            Field::OtherCountries,
            Field::Region,
            Field::ContactEmail,
            Field::SecondaryName,
            Field::SecondaryEmail,
        ]),
    )];
    sections.push((Section::II, keep(&[Field::Title, Field::PledgeType, Field::Mirror])));
    if d.is_joint() {
        let partners = d
            .partners
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.is_blank())
            .flat_map(|(i, _)| [Field::PartnerName(i), Field::PartnerCountry(i), Field::PartnerEmail(i)])
            .collect();
        sections.push((Section::IIa, partners));
    }
    if d.matching == Some(YesNo::Yes) {
        sections.push((Section::IIb, vec![Field::MatchedTitle, Field::MatchedId]));
    }
    sections.push((Section::III, vec![Field::Natures]));
    sections.push((Section::IV, vec![Field::Objectives]));
    sections.push((Section::V, Vec::new()));
    sections.push((Section::VI, vec![Field::Description]));
    sections.push((Section::VII, vec![Field::DocumentUrl]));
    sections
}

/// Answers we ask that the official form has no place for (they belong in the description).
pub fn not_on_official_form(d: &PledgeDraft) -> Vec<Field> {
    [Field::ContactPhone, Field::Principles].into_iter().filter(|f| f.applies(d)).collect()
}
