//! The pledge draft: everything a stakeholder types, kept as typed (strings, never
//! parsed away), so that nothing is lost when a step is invalid or the kind changes.
//! Parsing happens in validation and in the export.

use serde_json::{Map, Value};

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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScheduleRow {
    pub year: String,
    pub amount: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
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

type TextField = (&'static str, fn(&mut PledgeDraft) -> &mut String);

/// Every text answer with its key in files. A table rather than serde's derive: the same
/// format, for a fraction of the code in the wasm.
const TEXT_FIELDS: [TextField; 29] = [
    ("entity", |d| &mut d.entity),
    ("entity_type", |d| &mut d.entity_type),
    ("entity_type_other", |d| &mut d.entity_type_other),
    ("country", |d| &mut d.country),
    ("contact_name", |d| &mut d.contact_name),
    ("contact_email", |d| &mut d.contact_email),
    ("contact_phone", |d| &mut d.contact_phone),
    ("joint", |d| &mut d.joint),
    ("matching", |d| &mut d.matching),
    ("matched_title", |d| &mut d.matched_title),
    ("matched_id", |d| &mut d.matched_id),
    ("kind", |d| &mut d.kind),
    ("amount", |d| &mut d.amount),
    ("currency", |d| &mut d.currency),
    ("recipient", |d| &mut d.recipient),
    ("recipient_other", |d| &mut d.recipient_other),
    ("payment", |d| &mut d.payment),
    ("staff", |d| &mut d.staff),
    ("expertise", |d| &mut d.expertise),
    ("staff_location", |d| &mut d.staff_location),
    ("process", |d| &mut d.process),
    ("participants", |d| &mut d.participants),
    ("policy", |d| &mut d.policy),
    ("instrument", |d| &mut d.instrument),
    ("title", |d| &mut d.title),
    ("description", |d| &mut d.description),
    ("start", |d| &mut d.start),
    ("end", |d| &mut d.end),
    ("measurement", |d| &mut d.measurement),
];

fn text_list(value: Option<&Value>) -> Option<Vec<String>> {
    match value {
        None | Some(Value::Null) => Some(Vec::new()),
        Some(Value::Array(items)) => items.iter().map(|i| i.as_str().map(str::to_string)).collect(),
        Some(_) => None,
    }
}

impl PledgeDraft {
    /// The draft as a JSON object, keys as in [`TEXT_FIELDS`] plus the lists.
    pub fn to_json(&self) -> Value {
        let mut copy = self.clone();
        let mut obj = Map::new();
        for (key, field) in TEXT_FIELDS {
            obj.insert(key.into(), Value::String(std::mem::take(field(&mut copy))));
        }
        obj.insert("co_pledgers".into(), Value::from(copy.co_pledgers));
        obj.insert("schedule".into(), Value::Array(copy.schedule.into_iter().map(|r| {
            let mut row = Map::new();
            row.insert("year".into(), Value::String(r.year));
            row.insert("amount".into(), Value::String(r.amount));
            Value::Object(row)
        }).collect()));
        obj.insert("objectives".into(), Value::from(copy.objectives));
        obj.insert("principles".into(), Value::from(copy.principles));
        Value::Object(obj)
    }

    /// Reads a draft object. Missing keys take their defaults and unknown keys are
    /// ignored; a key of the wrong type makes the whole draft unreadable (`None`).
    pub fn from_json(value: &Value) -> Option<PledgeDraft> {
        let obj = value.as_object()?;
        let mut d = PledgeDraft::default();
        for (key, field) in TEXT_FIELDS {
            match obj.get(key) {
                None | Some(Value::Null) => {}
                Some(Value::String(s)) => *field(&mut d) = s.clone(),
                Some(_) => return None,
            }
        }
        d.co_pledgers = text_list(obj.get("co_pledgers"))?;
        d.principles = text_list(obj.get("principles"))?;
        d.objectives = match obj.get("objectives") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => {
                items.iter().map(|i| i.as_u64().and_then(|n| u8::try_from(n).ok())).collect::<Option<Vec<u8>>>()?
            }
            Some(_) => return None,
        };
        d.schedule = match obj.get("schedule") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .map(|row| {
                    let text = |k: &str| match row.get(k) {
                        None | Some(Value::Null) => Some(String::new()),
                        Some(v) => v.as_str().map(str::to_string),
                    };
                    Some(ScheduleRow { year: text("year")?, amount: text("amount")? })
                })
                .collect::<Option<Vec<_>>>()?,
            Some(_) => return None,
        };
        Some(d)
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
