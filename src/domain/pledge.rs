//! The pledge draft: everything a stakeholder types, kept as typed (strings, never
//! parsed away), so that nothing is lost when a step is invalid or the kind changes.
//! Parsing happens in validation and in the export.

use serde::{Deserialize, Serialize};

use super::gcm::{Objective, Principle};

/// Who pledges (the IMRF form's stakeholder groups).
pub const ENTITY_TYPES: [&str; 10] = [
    "member-state",
    "un-entity",
    "civil-society",
    "migrant-diaspora",
    "private-sector",
    "trade-union",
    "local-authority",
    "academia",
    "nhri",
    "other",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Financial,
    HumanResources,
    Process,
    Policy,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Financial, Kind::HumanResources, Kind::Process, Kind::Policy];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Financial => "financial",
            Kind::HumanResources => "human-resources",
            Kind::Process => "process",
            Kind::Policy => "policy",
        }
    }

    pub fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScheduleRow {
    pub year: String,
    pub amount: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PledgeDraft {
    // About you
    pub entity: String,
    pub entity_type: String,
    pub entity_type_other: String,
    pub country: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    // Partners
    pub joint: String,
    pub co_pledgers: Vec<String>,
    pub matching: String,
    pub matched_title: String,
    pub matched_id: String,
    // Kind and its details (all kinds' details are kept until export)
    pub kind: String,
    pub amount: String,
    pub currency: String,
    pub recipient: String,
    pub recipient_other: String,
    pub payment: String,
    pub schedule: Vec<ScheduleRow>,
    pub staff: String,
    pub expertise: String,
    pub staff_location: String,
    pub process: String,
    pub participants: String,
    pub policy: String,
    pub instrument: String,
    // Alignment
    pub objectives: Vec<u8>,
    pub principles: Vec<String>,
    // The pledge
    pub title: String,
    pub description: String,
    pub start: String,
    pub end: String,
    pub measurement: String,
}

impl Default for PledgeDraft {
    fn default() -> Self {
        PledgeDraft {
            entity: String::new(),
            entity_type: String::new(),
            entity_type_other: String::new(),
            country: String::new(),
            contact_name: String::new(),
            contact_email: String::new(),
            contact_phone: String::new(),
            joint: String::new(),
            co_pledgers: Vec::new(),
            matching: String::new(),
            matched_title: String::new(),
            matched_id: String::new(),
            kind: String::new(),
            amount: String::new(),
            currency: "USD".into(),
            recipient: String::new(),
            recipient_other: String::new(),
            payment: String::new(),
            schedule: Vec::new(),
            staff: String::new(),
            expertise: String::new(),
            staff_location: String::new(),
            process: String::new(),
            participants: String::new(),
            policy: String::new(),
            instrument: String::new(),
            objectives: Vec::new(),
            principles: Vec::new(),
            title: String::new(),
            description: String::new(),
            start: String::new(),
            end: String::new(),
            measurement: String::new(),
        }
    }
}

impl PledgeDraft {
    pub fn kind(&self) -> Option<Kind> {
        Kind::parse(&self.kind)
    }

    pub fn is_empty(&self) -> bool {
        *self == PledgeDraft::default()
    }

    pub fn objective_list(&self) -> Vec<Objective> {
        let mut list: Vec<Objective> = self.objectives.iter().filter_map(|&n| Objective::new(u64::from(n))).collect();
        list.sort();
        list.dedup();
        list
    }

    pub fn principle_list(&self) -> Vec<Principle> {
        Principle::ALL.into_iter().filter(|p| self.principles.iter().any(|s| s == principle_key(*p))).collect()
    }
}

/// The stable key of a principle in drafts and exports.
pub fn principle_key(p: Principle) -> &'static str {
    match p {
        Principle::PeopleCentred => "people-centred",
        Principle::InternationalCooperation => "international-cooperation",
        Principle::NationalSovereignty => "national-sovereignty",
        Principle::RuleOfLaw => "rule-of-law",
        Principle::SustainableDevelopment => "sustainable-development",
        Principle::HumanRights => "human-rights",
        Principle::GenderResponsive => "gender-responsive",
        Principle::ChildSensitive => "child-sensitive",
        Principle::WholeOfGovernment => "whole-of-government",
        Principle::WholeOfSociety => "whole-of-society",
    }
}
