//! The decoder's primitives: reading an object, a text, a whole number, an amount or a
//! source at a JSON path, and recording a problem where the file breaks a rule. The
//! records (`records.rs`) and the history (`history.rs`) are read with these.

use serde_json::{Map, Value};

use super::problem::{Expected, Problem};
use crate::domain::fund::Source;
use crate::domain::money::{Currency, Money, MoneyError, MAX_MAJOR};
use crate::domain::safe_url::SafeUrl;

/// How problems name the file's top level.
pub(super) const ROOT: &str = "(root)";

pub(super) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

pub(super) fn index(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

/// The shape of a path: the same for every item of a list (`programmes[3].sources[0]` is
/// `programmes[].sources[]`).
pub(super) fn shape(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => in_index = true,
            ']' => in_index = false,
            _ if in_index => continue,
            _ => {}
        }
        out.push(c);
    }
    out
}

#[derive(Default)]
pub(super) struct Decoder {
    pub(super) problems: Vec<Problem>,
    /// Every object the rules read, by its path, in file order, with the fields they asked
    /// of it: what a data file may hold. Whatever else a file holds, the app does not read
    /// (`unknown.rs`). Recorded as the rules read, so each field is named once, where it is
    /// read. (Plain lists: this runs on every load of the app, and costs it little.)
    pub(super) entered: Vec<(String, Vec<&'static str>)>,
}

impl Decoder {
    pub(super) fn wrong(&mut self, path: String, expected: Expected) {
        self.problems.push(Problem::WrongType { path, expected });
    }

    /// The rules asked for `key` of the object at `path` (the latest object entered there:
    /// an object's fields are read while it is the one being read, or just after its own
    /// objects).
    fn note(&mut self, path: &str, key: &'static str) {
        if let Some((_, keys)) = self.entered.iter_mut().rev().find(|(p, _)| p == path) {
            keys.push(key);
        }
    }

    /// A field that must be present (and not `null`).
    pub(super) fn required<'v>(
        &mut self,
        obj: &'v Map<String, Value>,
        path: &str,
        key: &'static str,
    ) -> Option<&'v Value> {
        self.note(path, key);
        match obj.get(key) {
            None | Some(Value::Null) => {
                self.problems.push(Problem::Missing { path: join(path, key) });
                None
            }
            Some(v) => Some(v),
        }
    }

    /// A field that may be absent (or `null`).
    pub(super) fn optional<'v>(
        &mut self,
        obj: &'v Map<String, Value>,
        path: &str,
        key: &'static str,
    ) -> Option<&'v Value> {
        self.note(path, key);
        obj.get(key).filter(|v| !v.is_null())
    }

    pub(super) fn object<'v>(&mut self, value: &'v Value, path: String) -> Option<&'v Map<String, Value>> {
        match value {
            Value::Object(map) => {
                // The file's top level is "(root)" in problems, and its fields' paths start bare.
                self.entered.push((if path == ROOT { String::new() } else { path }, Vec::new()));
                Some(map)
            }
            _ => {
                self.wrong(path, Expected::Object);
                None
            }
        }
    }

    pub(super) fn text(&mut self, value: &Value, path: String) -> Option<String> {
        match value {
            Value::String(s) if s.trim().is_empty() => {
                self.problems.push(Problem::EmptyText { path });
                None
            }
            Value::String(s) => Some(s.trim().to_string()),
            _ => {
                self.wrong(path, Expected::Text);
                None
            }
        }
    }

    pub(super) fn required_text(&mut self, obj: &Map<String, Value>, path: &str, key: &'static str) -> Option<String> {
        let value = self.required(obj, path, key)?;
        self.text(value, join(path, key))
    }

    pub(super) fn optional_text(&mut self, obj: &Map<String, Value>, path: &str, key: &'static str) -> Option<String> {
        let value = self.optional(obj, path, key)?;
        self.text(value, join(path, key))
    }

    pub(super) fn text_list(&mut self, obj: &Map<String, Value>, path: &str, key: &'static str) -> Vec<String> {
        let Some(value) = self.optional(obj, path, key) else { return Vec::new() };
        let path = join(path, key);
        let Value::Array(items) = value else {
            self.wrong(path, Expected::List);
            return Vec::new();
        };
        items.iter().enumerate().filter_map(|(i, item)| self.text(item, index(&path, i))).collect()
    }

    pub(super) fn whole(&mut self, value: &Value, path: String) -> Option<u64> {
        match value.as_u64() {
            Some(n) => Some(n),
            None => {
                self.wrong(path, Expected::WholeNumber);
                None
            }
        }
    }

    pub(super) fn amount(&mut self, value: &Value, path: String, currency: Currency) -> Option<Money> {
        let Value::Number(number) = value else {
            self.wrong(path, Expected::Amount);
            return None;
        };
        let parsed = if let Some(whole) = number.as_i64() {
            if whole < 0 {
                Err(MoneyError::Negative)
            } else {
                Money::from_major(whole, currency)
            }
        } else if number.is_u64() {
            Err(MoneyError::TooLarge)
        } else {
            let float = number.as_f64().unwrap_or(f64::NAN);
            if float < 0.0 {
                Err(MoneyError::Negative)
            } else if !float.is_finite() || float > MAX_MAJOR as f64 {
                Err(MoneyError::TooLarge)
            } else {
                // serde_json prints the shortest text that reads back as the same float, so
                // "1500000.5" stays "1500000.5"; more decimals than the currency has are refused.
                Money::parse_decimal(&number.to_string(), currency).map_err(|e| match e {
                    MoneyError::NotANumber => MoneyError::TooPrecise,
                    other => other,
                })
            }
        };
        parsed.map_err(|error| self.problems.push(Problem::BadAmount { path, error })).ok()
    }

    pub(super) fn source(&mut self, value: &Value, path: String) -> Option<Source> {
        let obj = self.object(value, path.clone())?;
        let title = self.required_text(obj, &path, "title");
        let url = match self.optional(obj, &path, "url") {
            None => None,
            Some(v) => {
                let url_path = join(&path, "url");
                let text = self.text(v, url_path.clone())?;
                match SafeUrl::parse(&text) {
                    Some(url) => Some(url),
                    None => {
                        self.problems.push(Problem::BadUrl { path: url_path });
                        return None;
                    }
                }
            }
        };
        Some(Source { title: title?, url })
    }
}
