//! A programme record and its parts (objectives, sources).

use serde_json::{Map, Value};

use super::problem::{Expected, Problem};
use super::reader::{index, join, Decoder};
use crate::domain::fund::{Programme, Source, Status};
use crate::domain::gcm::Objective;
use crate::domain::money::Currency;

impl Decoder {
    pub(super) fn programme(&mut self, value: &Value, path: String, currency: Currency) -> Option<Programme> {
        let obj = self.object(value, path.clone())?;
        let id = self.required_text(obj, &path, "id");
        let status = match self.required(obj, &path, "status") {
            Some(Value::String(s)) => match Status::parse(s.trim()) {
                Some(status) => Some(status),
                None => {
                    self.problems.push(Problem::UnknownStatus { path: join(&path, "status"), found: s.clone() });
                    None
                }
            },
            Some(_) => {
                self.wrong(join(&path, "status"), Expected::Text);
                None
            }
            None => None,
        };
        let title = self.optional_text(obj, &path, "title");
        let countries = self.text_list(obj, &path, "countries");
        let region = self.optional_text(obj, &path, "region");
        let thematic_area = self.optional_text(obj, &path, "thematic_area");
        let budget = self.optional(obj, &path, "budget").and_then(|v| self.amount(v, join(&path, "budget"), currency));
        let duration_months = self
            .optional(obj, &path, "duration_months")
            .and_then(|v| self.whole(v, join(&path, "duration_months")))
            .map(|n| u32::try_from(n).unwrap_or(u32::MAX));
        let un_entities = self.text_list(obj, &path, "un_entities");
        let gcm_objectives = self.objectives(obj, &path);
        let summary = self.optional_text(obj, &path, "summary");
        let timeline = self.optional_text(obj, &path, "timeline");
        let notes = self.optional_text(obj, &path, "notes");
        let sources = self.sources(obj, &path);
        Some(Programme {
            id: id?,
            status: status?,
            title,
            countries,
            region,
            thematic_area,
            budget,
            duration_months,
            un_entities,
            gcm_objectives,
            summary,
            timeline,
            notes,
            sources,
        })
    }

    fn objectives(&mut self, obj: &Map<String, Value>, path: &str) -> Vec<Objective> {
        let Some(value) = self.optional(obj, path, "gcm_objectives") else { return Vec::new() };
        let path = join(path, "gcm_objectives");
        let Value::Array(items) = value else {
            self.wrong(path, Expected::List);
            return Vec::new();
        };
        let mut objectives = Vec::new();
        for (i, item) in items.iter().enumerate() {
            match item.as_u64().and_then(Objective::new) {
                Some(o) if !objectives.contains(&o) => objectives.push(o),
                Some(_) => {}
                None if item.is_number() => {
                    self.problems.push(Problem::ObjectiveOutOfRange { path: index(&path, i), found: item.to_string() })
                }
                None => self.wrong(index(&path, i), Expected::WholeNumber),
            }
        }
        objectives.sort();
        objectives
    }

    fn sources(&mut self, obj: &Map<String, Value>, path: &str) -> Vec<Source> {
        let Some(value) = self.required(obj, path, "sources") else { return Vec::new() };
        let path = join(path, "sources");
        let Value::Array(items) = value else {
            self.wrong(path, Expected::List);
            return Vec::new();
        };
        if items.is_empty() {
            self.problems.push(Problem::NoSources { path: path.clone() });
        }
        items.iter().enumerate().filter_map(|(i, item)| self.source(item, index(&path, i))).collect()
    }
}
