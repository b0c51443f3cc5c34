//! A progress report on a pledge already made: where it stands, what was done, the evidence
//! and what comes next. Kept as typed, like the pledge draft, so that nothing is lost on an
//! invalid step. No official IMRF update form was found (`../shared/reference/progress-reports.md`):
//! the questions are those the peer systems ask (the Global Refugee Forum's stage and "no
//! significant change", the Nutrition Accountability Framework's baseline and current value
//! of each indicator, barriers and next steps, Our Ocean's pledged against delivered money,
//! the Red Cross / Red Crescent conference's focal person, actions with examples, challenges
//! and evidence).

use serde_json::{Map, Value};

use crate::domain::gcm::Objective;
use crate::domain::pledge::{self, Choice, Nature, PledgeDraft, PledgeType};

pub mod field;
pub mod file;
pub mod rules;
pub mod step;

/// Where a pledge stands: the GRF's three stages, with "not started" (Our Ocean's review),
/// "partially fulfilled" (civic trackers) and the NAF's two ends, "withdrawn" and
/// "superseded", after which nobody reports any more.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stage {
    NotStarted,
    Planning,
    InProgress,
    PartiallyFulfilled,
    Fulfilled,
    Withdrawn,
    Superseded,
}

impl Choice for Stage {
    const ALL: &'static [Self] = &[
        Stage::NotStarted,
        Stage::Planning,
        Stage::InProgress,
        Stage::PartiallyFulfilled,
        Stage::Fulfilled,
        Stage::Withdrawn,
        Stage::Superseded,
    ];
    fn as_str(self) -> &'static str {
        match self {
            Stage::NotStarted => "not-started",
            Stage::Planning => "planning",
            Stage::InProgress => "in-progress",
            Stage::PartiallyFulfilled => "partially-fulfilled",
            Stage::Fulfilled => "fulfilled",
            Stage::Withdrawn => "withdrawn",
            Stage::Superseded => "superseded",
        }
    }
}

/// Where the pledge's details came from: shown on the first step, so that a reporter knows
/// what was filled in for them (and can correct it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    Typed,
    PledgeFile,
    ThisBrowser,
    EarlierReport,
}

impl Choice for Origin {
    const ALL: &'static [Self] = &[Origin::Typed, Origin::PledgeFile, Origin::ThisBrowser, Origin::EarlierReport];
    fn as_str(self) -> &'static str {
        match self {
            Origin::Typed => "typed",
            Origin::PledgeFile => "pledge-file",
            Origin::ThisBrowser => "this-browser",
            Origin::EarlierReport => "earlier-report",
        }
    }
}

/// One measure of a non-financial pledge (the NAF's baseline and current value).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Indicator {
    pub measure: String,
    pub baseline: String,
    pub current: String,
    pub unit: String,
}

impl Indicator {
    pub fn is_blank(&self) -> bool {
        [&self.measure, &self.baseline, &self.current, &self.unit].iter().all(|t| t.trim().is_empty())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgressReport {
    // Which pledge (from the pledge, or typed; correctable)
    pub origin: Option<Origin>,
    /// The ID the Migration Network Hub gave the pledge.
    pub official_id: String,
    /// Our reference of the pledge file it came from (`IMRF-…`), kept apart from the ID.
    pub pledge_reference: String,
    pub title: String,
    pub entity: String,
    pub pledge_type: Option<PledgeType>,
    pub natures: Vec<Nature>,
    /// What the pledge promised, in its currency (financial pledges).
    pub amount_pledged: String,
    pub currency: String,
    /// The pledge's GCM objectives, offered as those this update may have moved.
    pub pledge_objectives: Vec<u8>,
    // Who reports
    pub focal_name: String,
    pub focal_email: String,
    /// For a joint pledge: the partners on whose behalf this update is made.
    pub on_behalf_of: String,
    // Where it stands
    pub stage: Option<Stage>,
    /// "No significant change since my last update" (the GRF's short path).
    pub no_change: bool,
    /// Dates as typed in boxes (`year-month-day`, see `DateParts`).
    pub update_date: String,
    pub period_start: String,
    pub period_end: String,
    /// The date of the update this one follows, when it was started from that update's file.
    pub previous_update: String,
    // What was done
    pub actions: String,
    pub amount_delivered: String,
    pub indicators: Vec<Indicator>,
    pub objectives: Vec<u8>,
    // Evidence and what comes next
    pub evidence: Vec<String>,
    pub challenges: String,
    pub support: String,
    pub next_steps: String,
}

impl Default for ProgressReport {
    fn default() -> Self {
        ProgressReport {
            origin: None,
            official_id: String::new(),
            pledge_reference: String::new(),
            title: String::new(),
            entity: String::new(),
            pledge_type: None,
            natures: Vec::new(),
            amount_pledged: String::new(),
            currency: "USD".into(),
            pledge_objectives: Vec::new(),
            focal_name: String::new(),
            focal_email: String::new(),
            on_behalf_of: String::new(),
            stage: None,
            no_change: false,
            update_date: String::new(),
            period_start: String::new(),
            period_end: String::new(),
            previous_update: String::new(),
            actions: String::new(),
            amount_delivered: String::new(),
            indicators: Vec::new(),
            objectives: Vec::new(),
            evidence: Vec::new(),
            challenges: String::new(),
            support: String::new(),
            next_steps: String::new(),
        }
    }
}

impl ProgressReport {
    /// A report on this pledge: what the pledge says is filled in (and can be corrected); the
    /// objectives it moved start as the pledge's own.
    pub fn from_pledge(p: &PledgeDraft, origin: Origin) -> ProgressReport {
        let reference = if p.is_empty() { String::new() } else { pledge::file::reference(p) };
        let objectives: Vec<u8> = p.objective_list().iter().map(|o| o.number()).collect();
        ProgressReport {
            origin: Some(origin),
            official_id: p.official_id.trim().to_string(),
            pledge_reference: reference,
            title: p.title.trim().to_string(),
            entity: p.entity.trim().to_string(),
            pledge_type: p.pledge_type,
            natures: p.natures.clone(),
            amount_pledged: if p.has_nature(Nature::Financial) { p.amount.trim().to_string() } else { String::new() },
            currency: if p.currency.trim().is_empty() { "USD".into() } else { p.currency.trim().to_string() },
            pledge_objectives: objectives.clone(),
            focal_name: p.contact_name.trim().to_string(),
            focal_email: p.contact_email.trim().to_string(),
            objectives,
            ..ProgressReport::default()
        }
    }

    /// The next update, started from this one: the pledge, the reporter, the stage, the money
    /// delivered and the indicators carry over (each indicator's current value becomes the
    /// figure to beat); what this update said about its own period does not.
    pub fn next_update(&self) -> ProgressReport {
        ProgressReport {
            origin: Some(Origin::EarlierReport),
            official_id: self.official_id.clone(),
            pledge_reference: self.pledge_reference.clone(),
            title: self.title.clone(),
            entity: self.entity.clone(),
            pledge_type: self.pledge_type,
            natures: self.natures.clone(),
            amount_pledged: self.amount_pledged.clone(),
            currency: self.currency.clone(),
            pledge_objectives: self.pledge_objectives.clone(),
            focal_name: self.focal_name.clone(),
            focal_email: self.focal_email.clone(),
            on_behalf_of: self.on_behalf_of.clone(),
            stage: self.stage,
            previous_update: self.update_date.clone(),
            amount_delivered: self.amount_delivered.clone(),
            indicators: self.indicators.iter().filter(|i| !i.is_blank()).cloned().collect(),
            objectives: self.objectives.clone(),
            ..ProgressReport::default()
        }
    }

    pub fn has_nature(&self, nature: Nature) -> bool {
        self.natures.contains(&nature)
    }

    pub fn is_financial(&self) -> bool {
        self.has_nature(Nature::Financial)
    }

    /// Indicators are asked of every pledge that is not only money.
    pub fn asks_indicators(&self) -> bool {
        self.natures.is_empty() || self.natures.iter().any(|n| *n != Nature::Financial)
    }

    pub fn is_joint(&self) -> bool {
        self.pledge_type.is_some_and(PledgeType::is_joint)
    }

    pub fn set_nature(&mut self, nature: Nature, on: bool) {
        pledge::set_nature(&mut self.natures, nature, on);
    }

    pub fn is_empty(&self) -> bool {
        *self == ProgressReport::default()
    }

    pub fn objective_list(&self) -> Vec<Objective> {
        Objective::list(&self.objectives)
    }

    /// The objectives offered: the pledge's own, or all 23 when the pledge named none.
    pub fn offered_objectives(&self) -> Vec<Objective> {
        let own = Objective::list(&self.pledge_objectives);
        if own.is_empty() {
            Objective::all().collect()
        } else {
            own
        }
    }

    pub fn set_objective(&mut self, number: u8, on: bool) {
        self.objectives.retain(|n| *n != number);
        if on {
            self.objectives.push(number);
            self.objectives.sort_unstable();
        }
    }
}

type TextField = (&'static str, fn(&mut ProgressReport) -> &mut String);

/// Every free-text answer with its key in files (as the pledge draft does, for the same reason).
pub(crate) const TEXT_FIELDS: [TextField; 18] = [
    ("official_id", |r| &mut r.official_id),
    ("pledge_reference", |r| &mut r.pledge_reference),
    ("title", |r| &mut r.title),
    ("entity", |r| &mut r.entity),
    ("amount_pledged", |r| &mut r.amount_pledged),
    ("currency", |r| &mut r.currency),
    ("focal_name", |r| &mut r.focal_name),
    ("focal_email", |r| &mut r.focal_email),
    ("on_behalf_of", |r| &mut r.on_behalf_of),
    ("update_date", |r| &mut r.update_date),
    ("period_start", |r| &mut r.period_start),
    ("period_end", |r| &mut r.period_end),
    ("previous_update", |r| &mut r.previous_update),
    ("actions", |r| &mut r.actions),
    ("amount_delivered", |r| &mut r.amount_delivered),
    ("challenges", |r| &mut r.challenges),
    ("support", |r| &mut r.support),
    ("next_steps", |r| &mut r.next_steps),
];

impl ProgressReport {
    /// The report as a JSON object, keys as in [`TEXT_FIELDS`] plus the choices and lists.
    pub fn to_json(&self) -> Value {
        let mut copy = self.clone();
        let mut obj = Map::new();
        for (key, field) in &TEXT_FIELDS {
            obj.insert((*key).into(), Value::String(std::mem::take(field(&mut copy))));
        }
        obj.insert("stage".into(), pledge::choice_value(copy.stage));
        obj.insert("origin".into(), pledge::choice_value(copy.origin));
        obj.insert("pledge_type".into(), pledge::choice_value(copy.pledge_type));
        obj.insert("no_change".into(), Value::Bool(copy.no_change));
        obj.insert("natures".into(), Value::from(copy.natures.iter().map(|n| n.as_str()).collect::<Vec<_>>()));
        obj.insert("pledge_objectives".into(), Value::from(copy.pledge_objectives));
        obj.insert("objectives".into(), Value::from(copy.objectives));
        obj.insert("evidence".into(), Value::from(copy.evidence));
        obj.insert(
            "indicators".into(),
            pledge::rows_json(
                copy.indicators
                    .into_iter()
                    .map(|i| {
                        vec![("measure", i.measure), ("baseline", i.baseline), ("current", i.current), ("unit", i.unit)]
                    })
                    .collect(),
            ),
        );
        Value::Object(obj)
    }

    /// Reads a report object. Missing keys take their defaults, unknown keys are ignored, an
    /// unknown choice reads as "not chosen" (asked again); a key of the wrong type makes the
    /// whole report unreadable (`None`).
    pub fn from_json(value: &Value) -> Option<ProgressReport> {
        let obj = value.as_object()?;
        let mut r = ProgressReport::default();
        for (key, field) in &TEXT_FIELDS {
            match obj.get(*key) {
                None | Some(Value::Null) => {}
                Some(Value::String(s)) => *field(&mut r) = s.clone(),
                Some(_) => return None,
            }
        }
        r.stage = pledge::read_choice(obj, "stage")?;
        r.origin = pledge::read_choice(obj, "origin")?;
        r.pledge_type = pledge::read_choice(obj, "pledge_type")?;
        r.no_change = match obj.get("no_change") {
            None | Some(Value::Null) => false,
            Some(Value::Bool(b)) => *b,
            Some(_) => return None,
        };
        r.natures = pledge::text_list(obj.get("natures"))?.iter().filter_map(|n| Nature::parse(n)).collect();
        r.natures.sort_by_key(|n| Nature::ALL.iter().position(|x| x == n));
        r.natures.dedup();
        r.pledge_objectives = pledge::read_objectives(obj.get("pledge_objectives"))?;
        r.objectives = pledge::read_objectives(obj.get("objectives"))?;
        r.evidence = pledge::text_list(obj.get("evidence"))?;
        r.indicators =
            pledge::object_rows(obj.get("indicators"), &["measure", "baseline", "current", "unit"], |mut t| {
                Indicator {
                    unit: t.pop().unwrap_or_default(),
                    current: t.pop().unwrap_or_default(),
                    baseline: t.pop().unwrap_or_default(),
                    measure: t.pop().unwrap_or_default(),
                }
            })?;
        Some(r)
    }
}
