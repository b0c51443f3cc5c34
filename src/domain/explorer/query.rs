//! The explorer's view state (filters, search, sort, page, what-if amount) and its URL
//! form. Every state has exactly one canonical query string, so a link reproduces what
//! the sender saw, and parsing never fails: what is not understood is set aside as a
//! [`QueryNote`] for the page to show.

use crate::domain::fund::Status;
use crate::domain::gcm::Objective;
use crate::domain::safe_url::encode;

/// URL value for "this detail is not published" in a facet filter.
pub const NOT_PUBLISHED: &str = "not-published";
/// Longest search text kept from a URL; longer is cut, not refused.
pub const MAX_SEARCH_CHARS: usize = 200;

/// A filter on a text field that may be absent from a record.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Facet<T> {
    Is(T),
    NotPublished,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum SortKey {
    /// The order of the data file (funded first, as published).
    #[default]
    File,
    Title,
    Budget,
    Status,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

impl Sort {
    pub const CHOICES: [Sort; 7] = [
        Sort { key: SortKey::File, descending: false },
        Sort { key: SortKey::Title, descending: false },
        Sort { key: SortKey::Title, descending: true },
        Sort { key: SortKey::Budget, descending: true },
        Sort { key: SortKey::Budget, descending: false },
        Sort { key: SortKey::Status, descending: false },
        Sort { key: SortKey::Status, descending: true },
    ];

    pub fn as_param(self) -> &'static str {
        match (self.key, self.descending) {
            (SortKey::File, _) => "file",
            (SortKey::Title, false) => "title",
            (SortKey::Title, true) => "title-desc",
            (SortKey::Budget, false) => "budget",
            (SortKey::Budget, true) => "budget-desc",
            (SortKey::Status, false) => "status",
            (SortKey::Status, true) => "status-desc",
        }
    }

    pub fn parse(text: &str) -> Option<Sort> {
        Sort::CHOICES.into_iter().find(|s| s.as_param() == text)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ExplorerQuery {
    pub status: Option<Status>,
    pub area: Option<Facet<String>>,
    pub region: Option<Facet<String>>,
    pub objective: Option<Facet<Objective>>,
    pub entity: Option<Facet<String>>,
    pub text: String,
    pub sort: Sort,
    /// 1-based page of the result list.
    pub page: usize,
    /// The what-if contribution exactly as typed (validated by the what-if panel).
    pub what_if: String,
}

/// A part of a link that was not understood and was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryNote {
    pub key: String,
    pub value: String,
}

fn text_facet(value: &str) -> Facet<String> {
    if value == NOT_PUBLISHED {
        Facet::NotPublished
    } else {
        Facet::Is(value.to_string())
    }
}

impl ExplorerQuery {
    pub fn page(&self) -> usize {
        self.page.max(1)
    }

    /// True when any filter or search narrows the list (sort and page do not).
    pub fn is_filtered(&self) -> bool {
        self.status.is_some()
            || self.area.is_some()
            || self.region.is_some()
            || self.objective.is_some()
            || self.entity.is_some()
            || !self.text.trim().is_empty()
    }

    /// The same view with every filter and the search removed (sort and what-if kept).
    pub fn cleared(&self) -> ExplorerQuery {
        ExplorerQuery { sort: self.sort, what_if: self.what_if.clone(), ..ExplorerQuery::default() }
    }

    /// Reads `key=value` pairs (already percent-decoded). Later duplicates win, as in most
    /// web frameworks; unknown keys and malformed values become notes.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (ExplorerQuery, Vec<QueryNote>) {
        let mut q = ExplorerQuery::default();
        let mut notes = Vec::new();
        for (key, value) in pairs {
            let mut bad = false;
            match key {
                "status" => match Status::parse(value) {
                    Some(s) => q.status = Some(s),
                    None => bad = true,
                },
                "area" if !value.trim().is_empty() => q.area = Some(text_facet(value)),
                "region" if !value.trim().is_empty() => q.region = Some(text_facet(value)),
                "entity" if !value.trim().is_empty() => q.entity = Some(text_facet(value)),
                "objective" => {
                    if value == NOT_PUBLISHED {
                        q.objective = Some(Facet::NotPublished);
                    } else {
                        match value.parse::<u64>().ok().and_then(Objective::new) {
                            Some(o) => q.objective = Some(Facet::Is(o)),
                            None => bad = true,
                        }
                    }
                }
                "q" => q.text = value.chars().take(MAX_SEARCH_CHARS).collect(),
                "sort" => match Sort::parse(value) {
                    Some(s) => q.sort = s,
                    None => bad = true,
                },
                "page" => match value.parse::<usize>() {
                    Ok(n) if n >= 1 => q.page = n,
                    _ => bad = true,
                },
                "whatif" => q.what_if = value.chars().take(64).collect(),
                // The page's language, read by the translation layer.
                "lang" => {}
                _ => bad = true,
            }
            if bad {
                notes.push(QueryNote { key: key.chars().take(40).collect(), value: value.chars().take(80).collect() });
            }
        }
        (q, notes)
    }

    /// The canonical pairs, defaults omitted, in a fixed order.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        let facet = |f: &Facet<String>| match f {
            Facet::Is(v) => v.clone(),
            Facet::NotPublished => NOT_PUBLISHED.to_string(),
        };
        if let Some(s) = self.status {
            pairs.push(("status", s.as_str().to_string()));
        }
        if let Some(f) = &self.area {
            pairs.push(("area", facet(f)));
        }
        if let Some(f) = &self.region {
            pairs.push(("region", facet(f)));
        }
        if let Some(f) = &self.objective {
            pairs.push((
                "objective",
                match f {
                    Facet::Is(o) => o.number().to_string(),
                    Facet::NotPublished => NOT_PUBLISHED.to_string(),
                },
            ));
        }
        if let Some(f) = &self.entity {
            pairs.push(("entity", facet(f)));
        }
        if !self.text.is_empty() {
            pairs.push(("q", self.text.clone()));
        }
        if self.sort != Sort::default() {
            pairs.push(("sort", self.sort.as_param().to_string()));
        }
        if self.page() > 1 {
            pairs.push(("page", self.page().to_string()));
        }
        // As typed, spaces included: trimming here would, once the URL is read back, take a
        // space away from under the cursor of someone typing "2 000 000".
        if !self.what_if.is_empty() {
            pairs.push(("whatif", self.what_if.clone()));
        }
        pairs
    }

    /// `?a=b&c=d` (or "" for the default view), percent-encoded.
    pub fn to_query_string(&self) -> String {
        let pairs = self.to_pairs();
        if pairs.is_empty() {
            return String::new();
        }
        let body: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={}", encode(v))).collect();
        format!("?{}", body.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> (ExplorerQuery, Vec<QueryNote>) {
        ExplorerQuery::from_pairs(pairs.iter().copied())
    }

    #[test]
    fn the_default_view_has_an_empty_query_string() {
        assert_eq!(ExplorerQuery::default().to_query_string(), "");
        assert!(!ExplorerQuery::default().is_filtered());
    }

    #[test]
    fn round_trips_every_field() {
        let q = ExplorerQuery {
            status: Some(Status::Pipeline),
            area: Some(Facet::NotPublished),
            region: Some(Facet::Is("Africa".into())),
            objective: Some(Facet::Is(Objective::new(21).unwrap())),
            entity: Some(Facet::Is("UN Women".into())),
            text: "famílias & co".into(),
            sort: Sort { key: SortKey::Budget, descending: true },
            page: 3,
            what_if: "2,000,000".into(),
        };
        let qs = q.to_query_string();
        assert_eq!(
            qs,
            "?status=pipeline&area=not-published&region=Africa&objective=21&entity=UN%20Women&q=fam%C3%ADlias%20%26%20co&sort=budget-desc&page=3&whatif=2%2C000%2C000"
        );
        let pairs = q.to_pairs();
        let (back, notes) = ExplorerQuery::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back, q);
        assert!(notes.is_empty());
    }

    #[test]
    fn malformed_and_unknown_values_become_notes_and_are_ignored() {
        let (q, notes) = parse(&[
            ("status", "approved"),
            ("objective", "24"),
            ("objective", "abc"),
            ("sort", "random"),
            ("page", "0"),
            ("page", "-2"),
            ("colour", "blue"),
            ("region", "Asia"),
        ]);
        assert_eq!(q.region, Some(Facet::Is("Asia".into())));
        assert_eq!(q.status, None);
        assert_eq!(q.objective, None);
        assert_eq!(q.sort, Sort::default());
        assert_eq!(q.page(), 1);
        let keys: Vec<_> = notes.iter().map(|n| n.key.as_str()).collect();
        assert_eq!(keys, vec!["status", "objective", "objective", "sort", "page", "page", "colour"]);
    }

    #[test]
    fn hostile_values_are_bounded() {
        let long = "x".repeat(10_000);
        let (q, _) = parse(&[("q", &long), ("whatif", &long)]);
        assert_eq!(q.text.chars().count(), MAX_SEARCH_CHARS);
        assert_eq!(q.what_if.chars().count(), 64);
        let (_, notes) = parse(&[(long.as_str(), long.as_str())]);
        assert_eq!(notes[0].key.len(), 40);
        assert_eq!(notes[0].value.len(), 80);
    }

    #[test]
    fn clearing_keeps_sort_and_what_if() {
        let (q, _) = parse(&[("status", "funded"), ("q", "iom"), ("sort", "title"), ("whatif", "5"), ("page", "2")]);
        let c = q.cleared();
        assert!(!c.is_filtered());
        assert_eq!(c.to_query_string(), "?sort=title&whatif=5");
    }

    #[test]
    fn every_sort_choice_round_trips() {
        for s in Sort::CHOICES {
            assert_eq!(Sort::parse(s.as_param()), Some(s));
        }
    }
}
