//! The pledge draft: everything a stakeholder types, kept as typed (free text is never
//! parsed away), so that nothing is lost when a step is invalid or a nature is unticked.
//! Choices are enums; parsing of free text happens in validation and in the export.
//! Its questions follow the official IMRF pledge form of the Migration Network Hub,
//! section by section (`../shared/reference/pledge-form.md`).

use serde_json::{Map, Value};

use crate::domain::gcm::{Objective, Principle};

pub mod field;
pub mod file;
pub mod form;
pub mod mail_link;
pub mod progress;
pub mod rules;
pub mod step;
pub mod store;

/// A closed set of answers, stored in files by a stable string.
pub trait Choice: Copy + Eq + 'static {
    const ALL: &'static [Self];
    fn as_str(self) -> &'static str;
    fn parse(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.as_str() == text)
    }
}

macro_rules! choice {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),* }
        impl Choice for $name {
            const ALL: &'static [Self] = &[$($name::$variant),*];
            fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),* }
            }
        }
    };
}

choice!(
    /// Who pledges (the IMRF form's stakeholder groups; the official list was not found).
    EntityType {
        MemberState = "member-state",
        UnEntity = "un-entity",
        CivilSociety = "civil-society",
        MigrantDiaspora = "migrant-diaspora",
        PrivateSector = "private-sector",
        TradeUnion = "trade-union",
        LocalAuthority = "local-authority",
        Academia = "academia",
        Nhri = "nhri",
        Other = "other",
    }
);

choice!(YesNo { Yes = "yes", No = "no" });

choice!(
    /// The official form's "Type of pledge".
    PledgeType { Individual = "individual", Common = "common", Partnership = "partnership" }
);

choice!(
    /// The official form's "Nature of the pledge": several may apply.
    Nature { Financial = "financial", Material = "material", Process = "process", Policy = "policy" }
);

choice!(Recipient { Mmptf = "mmptf", Other = "other" });

choice!(Payment { OneOff = "one-off", Schedule = "schedule" });

choice!(
    /// Region of implementation: the UN M49 continents (the official options were not
    /// found; these are ours, and the data file's regions).
    Region { Africa = "africa", Americas = "americas", Asia = "asia", Europe = "europe", Oceania = "oceania" }
);

impl PledgeType {
    /// Common pledges and pledges in partnership list their partners.
    pub fn is_joint(self) -> bool {
        self != PledgeType::Individual
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScheduleRow {
    pub year: String,
    pub amount: String,
}

/// A participating state or actor of a joint pledge (official Section IIa).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Partner {
    pub name: String,
    /// ISO 3166-1 code of its headquarters, or empty.
    pub country: String,
    pub email: String,
}

impl Partner {
    pub fn is_blank(&self) -> bool {
        self.name.trim().is_empty() && self.country.trim().is_empty() && self.email.trim().is_empty()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PledgeDraft {
    // Section I: about you
    pub entity: String,
    pub entity_type: Option<EntityType>,
    pub entity_type_other: String,
    pub champion: Option<YesNo>,
    pub contact_name: String,
    pub contact_position: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub secondary_name: String,
    pub secondary_email: String,
    /// "global" or an ISO 3166-1 code; empty until chosen.
    pub country: String,
    pub other_countries: Vec<String>,
    pub region: Option<Region>,
    /// The free-text "Country or region" of a version 1 draft, kept as typed.
    pub legacy_country: String,
    // Section II: the pledge
    pub title: String,
    pub pledge_type: Option<PledgeType>,
    pub partners: Vec<Partner>,
    pub matching: Option<YesNo>,
    pub matched_title: String,
    pub matched_id: String,
    pub mirror: Option<YesNo>,
    // Section III: nature, and the recommended details of each (kept until export)
    pub natures: Vec<Nature>,
    pub amount: String,
    pub currency: String,
    pub recipient: Option<Recipient>,
    pub recipient_other: String,
    pub payment: Option<Payment>,
    pub schedule: Vec<ScheduleRow>,
    pub staff: String,
    pub expertise: String,
    pub staff_location: String,
    pub process: String,
    pub participants: String,
    pub policy: String,
    pub instrument: String,
    pub start: String,
    pub end: String,
    pub measurement: String,
    // Section IV
    pub objectives: Vec<u8>,
    pub principles: Vec<Principle>,
    // Sections VI and VII
    pub description: String,
    pub document_url: String,
    /// The ID the Migration Network Hub gives the pledge, recorded once known.
    pub official_id: String,
}

impl Default for PledgeDraft {
    fn default() -> Self {
        PledgeDraft {
            entity: String::new(),
            entity_type: None,
            entity_type_other: String::new(),
            champion: None,
            contact_name: String::new(),
            contact_position: String::new(),
            contact_email: String::new(),
            contact_phone: String::new(),
            secondary_name: String::new(),
            secondary_email: String::new(),
            country: String::new(),
            other_countries: Vec::new(),
            region: None,
            legacy_country: String::new(),
            title: String::new(),
            pledge_type: None,
            partners: Vec::new(),
            matching: None,
            matched_title: String::new(),
            matched_id: String::new(),
            mirror: None,
            natures: Vec::new(),
            amount: String::new(),
            currency: "USD".into(),
            recipient: None,
            recipient_other: String::new(),
            payment: None,
            schedule: Vec::new(),
            staff: String::new(),
            expertise: String::new(),
            staff_location: String::new(),
            process: String::new(),
            participants: String::new(),
            policy: String::new(),
            instrument: String::new(),
            start: String::new(),
            end: String::new(),
            measurement: String::new(),
            objectives: Vec::new(),
            principles: Vec::new(),
            description: String::new(),
            document_url: String::new(),
            official_id: String::new(),
        }
    }
}

impl PledgeDraft {
    pub fn has_nature(&self, nature: Nature) -> bool {
        self.natures.contains(&nature)
    }

    /// Ticks or unticks a nature, keeping the official order.
    pub fn set_nature(&mut self, nature: Nature, on: bool) {
        set_nature(&mut self.natures, nature, on);
    }

    pub fn is_joint(&self) -> bool {
        self.pledge_type.is_some_and(PledgeType::is_joint)
    }

    pub fn is_empty(&self) -> bool {
        *self == PledgeDraft::default()
    }

    pub fn objective_list(&self) -> Vec<Objective> {
        Objective::list(&self.objectives)
    }

    pub fn principle_list(&self) -> Vec<Principle> {
        Principle::ALL.into_iter().filter(|p| self.principles.contains(p)).collect()
    }

    pub fn set_principle(&mut self, principle: Principle, on: bool) {
        self.principles.retain(|p| *p != principle);
        if on {
            self.principles.push(principle);
        }
    }
}

/// Ticks or unticks a nature in a list, keeping the official order (a pledge's, or the
/// natures a progress report repeats).
pub(crate) fn set_nature(natures: &mut Vec<Nature>, nature: Nature, on: bool) {
    natures.retain(|n| *n != nature);
    if on {
        natures.push(nature);
        natures.sort_by_key(|n| Nature::ALL.iter().position(|x| x == n));
    }
}

type TextField = (&'static str, fn(&mut PledgeDraft) -> &mut String);

/// Every free-text answer with its key in files. A table rather than serde's derive: the
/// same format, for a fraction of the code in the wasm.
pub(crate) const TEXT_FIELDS: [TextField; 29] = [
    ("entity", |d| &mut d.entity),
    ("entity_type_other", |d| &mut d.entity_type_other),
    ("contact_name", |d| &mut d.contact_name),
    ("contact_position", |d| &mut d.contact_position),
    ("contact_email", |d| &mut d.contact_email),
    ("contact_phone", |d| &mut d.contact_phone),
    ("secondary_name", |d| &mut d.secondary_name),
    ("secondary_email", |d| &mut d.secondary_email),
    ("country", |d| &mut d.country),
    ("legacy_country", |d| &mut d.legacy_country),
    ("title", |d| &mut d.title),
    ("matched_title", |d| &mut d.matched_title),
    ("matched_id", |d| &mut d.matched_id),
    ("amount", |d| &mut d.amount),
    ("currency", |d| &mut d.currency),
    ("recipient_other", |d| &mut d.recipient_other),
    ("staff", |d| &mut d.staff),
    ("expertise", |d| &mut d.expertise),
    ("staff_location", |d| &mut d.staff_location),
    ("process", |d| &mut d.process),
    ("participants", |d| &mut d.participants),
    ("policy", |d| &mut d.policy),
    ("instrument", |d| &mut d.instrument),
    ("start", |d| &mut d.start),
    ("end", |d| &mut d.end),
    ("measurement", |d| &mut d.measurement),
    ("description", |d| &mut d.description),
    ("document_url", |d| &mut d.document_url),
    ("official_id", |d| &mut d.official_id),
];

pub(crate) fn choice_value<T: Choice>(c: Option<T>) -> Value {
    Value::String(c.map(Choice::as_str).unwrap_or_default().to_string())
}

/// A choice from a file: an unknown value reads as "not chosen" (the user is asked again),
/// a value of the wrong type makes the draft unreadable.
pub(crate) fn read_choice<T: Choice>(obj: &Map<String, Value>, key: &str) -> Option<Option<T>> {
    match obj.get(key) {
        None | Some(Value::Null) => Some(None),
        Some(Value::String(s)) => Some(T::parse(s)),
        Some(_) => None,
    }
}

pub(crate) fn text_list(value: Option<&Value>) -> Option<Vec<String>> {
    match value {
        None | Some(Value::Null) => Some(Vec::new()),
        Some(Value::Array(items)) => items.iter().map(|i| i.as_str().map(str::to_string)).collect(),
        Some(_) => None,
    }
}

pub(crate) fn object_rows<T>(value: Option<&Value>, keys: &[&str], build: impl Fn(Vec<String>) -> T) -> Option<Vec<T>> {
    match value {
        None | Some(Value::Null) => Some(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|row| {
                let texts = keys
                    .iter()
                    .map(|k| match row.get(*k) {
                        None | Some(Value::Null) => Some(String::new()),
                        Some(v) => v.as_str().map(str::to_string),
                    })
                    .collect::<Option<Vec<String>>>()?;
                Some(build(texts))
            })
            .collect(),
        Some(_) => None,
    }
}

pub(crate) fn rows_json(rows: Vec<Vec<(&str, String)>>) -> Value {
    Value::Array(
        rows.into_iter()
            .map(|row| Value::Object(row.into_iter().map(|(k, v)| (k.to_string(), Value::String(v))).collect()))
            .collect(),
    )
}

pub(crate) fn read_schedule(value: Option<&Value>) -> Option<Vec<ScheduleRow>> {
    object_rows(value, &["year", "amount"], |mut t| ScheduleRow {
        amount: t.pop().unwrap_or_default(),
        year: t.pop().unwrap_or_default(),
    })
}

pub(crate) fn read_objectives(value: Option<&Value>) -> Option<Vec<u8>> {
    match value {
        None | Some(Value::Null) => Some(Vec::new()),
        Some(Value::Array(items)) => items.iter().map(|i| i.as_u64().and_then(|n| u8::try_from(n).ok())).collect(),
        Some(_) => None,
    }
}

pub(crate) fn read_principles(value: Option<&Value>) -> Option<Vec<Principle>> {
    Some(text_list(value)?.iter().filter_map(|k| principle_from_key(k)).collect())
}

impl PledgeDraft {
    /// The draft as a JSON object, keys as in [`TEXT_FIELDS`] plus the choices and lists.
    pub fn to_json(&self) -> Value {
        let mut copy = self.clone();
        let mut obj = Map::new();
        for (key, field) in &TEXT_FIELDS {
            obj.insert((*key).into(), Value::String(std::mem::take(field(&mut copy))));
        }
        obj.insert("entity_type".into(), choice_value(copy.entity_type));
        obj.insert("champion".into(), choice_value(copy.champion));
        obj.insert("region".into(), choice_value(copy.region));
        obj.insert("pledge_type".into(), choice_value(copy.pledge_type));
        obj.insert("matching".into(), choice_value(copy.matching));
        obj.insert("mirror".into(), choice_value(copy.mirror));
        obj.insert("recipient".into(), choice_value(copy.recipient));
        obj.insert("payment".into(), choice_value(copy.payment));
        obj.insert("other_countries".into(), Value::from(copy.other_countries));
        obj.insert(
            "partners".into(),
            rows_json(
                copy.partners
                    .into_iter()
                    .map(|p| vec![("name", p.name), ("country", p.country), ("email", p.email)])
                    .collect(),
            ),
        );
        obj.insert("natures".into(), Value::from(copy.natures.iter().map(|n| n.as_str()).collect::<Vec<_>>()));
        obj.insert(
            "schedule".into(),
            rows_json(copy.schedule.into_iter().map(|r| vec![("year", r.year), ("amount", r.amount)]).collect()),
        );
        obj.insert("objectives".into(), Value::from(copy.objectives));
        obj.insert(
            "principles".into(),
            Value::from(copy.principles.iter().map(|p| principle_key(*p)).collect::<Vec<_>>()),
        );
        Value::Object(obj)
    }

    /// Reads a version 2 draft object. Missing keys take their defaults and unknown keys
    /// are ignored; a key of the wrong type makes the whole draft unreadable (`None`).
    pub fn from_json(value: &Value) -> Option<PledgeDraft> {
        let obj = value.as_object()?;
        let mut d = PledgeDraft::default();
        for (key, field) in &TEXT_FIELDS {
            match obj.get(*key) {
                None | Some(Value::Null) => {}
                Some(Value::String(s)) => *field(&mut d) = s.clone(),
                Some(_) => return None,
            }
        }
        d.entity_type = read_choice(obj, "entity_type")?;
        d.champion = read_choice(obj, "champion")?;
        d.region = read_choice(obj, "region")?;
        d.pledge_type = read_choice(obj, "pledge_type")?;
        d.matching = read_choice(obj, "matching")?;
        d.mirror = read_choice(obj, "mirror")?;
        d.recipient = read_choice(obj, "recipient")?;
        d.payment = read_choice(obj, "payment")?;
        d.other_countries = text_list(obj.get("other_countries"))?;
        d.partners = object_rows(obj.get("partners"), &["name", "country", "email"], |mut t| Partner {
            email: t.pop().unwrap_or_default(),
            country: t.pop().unwrap_or_default(),
            name: t.pop().unwrap_or_default(),
        })?;
        d.natures = text_list(obj.get("natures"))?.iter().filter_map(|n| Nature::parse(n)).collect();
        d.natures.dedup();
        d.schedule = read_schedule(obj.get("schedule"))?;
        d.objectives = read_objectives(obj.get("objectives"))?;
        d.principles = read_principles(obj.get("principles"))?;
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

pub fn principle_from_key(key: &str) -> Option<Principle> {
    Principle::ALL.into_iter().find(|p| principle_key(*p) == key)
}
