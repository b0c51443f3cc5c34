//! The fields a data file holds that the app does not read: in each object the rules read,
//! every field they never asked for. No list of known fields is written anywhere: the rules
//! record what they read, so a field the decoder learns to read is known at once.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use super::reader::{join, shape, Decoder};
use crate::domain::fund::fields::{nearest, UnknownField};

impl Decoder {
    /// Every unknown field of the objects read, in file order, with the known field of the
    /// same object its name is nearest to.
    pub(super) fn unknown_fields(&self, root: &Value) -> Vec<UnknownField> {
        // What the rules read of each shape of object (`programmes[].sources[]`).
        let mut known: BTreeMap<String, BTreeSet<&'static str>> = BTreeMap::new();
        for (path, keys) in &self.entered {
            known.entry(shape(path)).or_default().extend(keys);
        }
        let mut found = Vec::new();
        for (path, _) in &self.entered {
            let Some(obj) = object_at(root, path) else { continue };
            let known: Vec<&'static str> =
                known.get(&shape(path)).map(|k| k.iter().copied().collect()).unwrap_or_default();
            for key in obj.keys() {
                if !known.contains(&key.as_str()) {
                    found.push(UnknownField {
                        path: join(path, key),
                        field: key.clone(),
                        suggestion: nearest(key, &known),
                    });
                }
            }
        }
        found
    }
}

/// The object at a path the decoder wrote (`programmes[3].sources[0]`, "" for the top).
/// Its segments are fields the decoder read, which never hold `.` or `[`.
fn object_at<'v>(root: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
    let mut value = root;
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        let mut parts = segment.split('[');
        value = value.get(parts.next()?)?;
        for index in parts {
            value = value.get(index.strip_suffix(']')?.parse::<usize>().ok()?)?;
        }
    }
    value.as_object()
}
