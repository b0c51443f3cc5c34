//! The programme list prepared for exploring: folded search text, facet choices and sort
//! orders computed once per data file, so that each keystroke only scans and never sorts.

use std::cmp::Ordering;
use std::collections::BTreeSet;
use std::sync::Arc;

use crate::domain::explorer::query::{ExplorerQuery, Facet, QueryNote, SortKey};
use crate::domain::fund::{Counts, FundSnapshot, Programme};
use crate::domain::gcm::{Objective, OBJECTIVE_COUNT};
use crate::domain::text_fold::{fold, search_terms};

/// An ascending order: records that have the sort field, then those that do not (which
/// stay last whichever way the list is sorted, in file order).
struct Order {
    known: Vec<u32>,
    unknown: Vec<u32>,
}

pub struct Catalogue {
    pub snapshot: Arc<FundSnapshot>,
    haystacks: Vec<String>,
    pub areas: Vec<String>,
    pub regions: Vec<String>,
    pub entities: Vec<String>,
    by_title: Order,
    by_budget: Order,
    by_status: Order,
}

fn distinct<'a>(values: impl Iterator<Item = &'a String>) -> Vec<String> {
    let set: BTreeSet<(String, &String)> = values.map(|v| (fold(v), v)).collect();
    let mut out: Vec<String> = Vec::with_capacity(set.len());
    for (_, v) in set {
        if out.last().map(|last| fold(last)) != Some(fold(v)) {
            out.push(v.clone());
        }
    }
    out
}

/// Every sort of indices goes through this one function: each `sort_by` with its own
/// closure would add a copy of the sorting code to the wasm.
fn sort_indices(v: &mut [u32], cmp: &dyn Fn(u32, u32) -> Ordering) {
    v.sort_by(|a, b| cmp(*a, *b));
}

fn text_matches(facet: &Facet<String>, value: Option<&String>) -> bool {
    match (facet, value) {
        (Facet::NotPublished, None) => true,
        (Facet::Is(wanted), Some(v)) => v == wanted,
        _ => false,
    }
}

impl Catalogue {
    pub fn new(snapshot: Arc<FundSnapshot>) -> Catalogue {
        let programmes = &snapshot.programmes;
        let haystacks = programmes
            .iter()
            .map(|p| {
                let mut h = fold(&p.id);
                for part in p.title.iter().chain(&p.countries).chain(&p.un_entities) {
                    h.push('\u{1f}');
                    h.push_str(&fold(part));
                }
                h
            })
            .collect();
        let areas = distinct(programmes.iter().filter_map(|p| p.thematic_area.as_ref()));
        let regions = distinct(programmes.iter().filter_map(|p| p.region.as_ref()));
        let entities = distinct(programmes.iter().flat_map(|p| p.un_entities.iter()));

        let all = 0..programmes.len() as u32;
        let split = |has: &dyn Fn(&Programme) -> bool| -> (Vec<u32>, Vec<u32>) {
            all.clone().partition(|&i| has(&programmes[i as usize]))
        };
        let (mut titled, untitled) = split(&|p| p.title.is_some());
        let folded_titles: Vec<Option<String>> = programmes.iter().map(|p| p.title.as_deref().map(fold)).collect();
        sort_indices(&mut titled, &|a, b| folded_titles[a as usize].cmp(&folded_titles[b as usize]));
        let (mut budgeted, unbudgeted) = split(&|p| p.budget.is_some());
        let budget = |i: u32| programmes[i as usize].budget.map(|b| b.minor());
        sort_indices(&mut budgeted, &|a, b| budget(a).cmp(&budget(b)));
        let mut by_status: Vec<u32> = all.clone().collect();
        sort_indices(&mut by_status, &|a, b| programmes[a as usize].status.cmp(&programmes[b as usize].status));

        Catalogue {
            haystacks,
            areas,
            regions,
            entities,
            by_title: Order { known: titled, unknown: untitled },
            by_budget: Order { known: budgeted, unknown: unbudgeted },
            by_status: Order { known: by_status, unknown: Vec::new() },
            snapshot,
        }
    }

    pub fn programme(&self, index: u32) -> &Programme {
        &self.snapshot.programmes[index as usize]
    }

    /// Drops facet values this file does not have (a stale or mistyped link), with a note.
    pub fn sanitize(&self, query: &mut ExplorerQuery) -> Vec<QueryNote> {
        let mut notes = Vec::new();
        let mut check = |slot: &mut Option<Facet<String>>, choices: &[String], key: &str| {
            if let Some(Facet::Is(value)) = slot {
                if !choices.contains(value) {
                    notes.push(QueryNote { key: key.to_string(), value: value.chars().take(80).collect() });
                    *slot = None;
                }
            }
        };
        check(&mut query.area, &self.areas, "area");
        check(&mut query.region, &self.regions, "region");
        check(&mut query.entity, &self.entities, "entity");
        notes
    }

    /// Filters only (no search text): shared by the search and the facet counts.
    fn passes_filters(&self, p: &Programme, q: &ExplorerQuery) -> bool {
        if q.status.is_some_and(|s| s != p.status) {
            return false;
        }
        if let Some(f) = &q.area {
            if !text_matches(f, p.thematic_area.as_ref()) {
                return false;
            }
        }
        if let Some(f) = &q.region {
            if !text_matches(f, p.region.as_ref()) {
                return false;
            }
        }
        if let Some(f) = &q.entity {
            let ok = match f {
                Facet::NotPublished => p.un_entities.is_empty(),
                Facet::Is(e) => p.un_entities.contains(e),
            };
            if !ok {
                return false;
            }
        }
        if let Some(f) = &q.objective {
            let ok = match f {
                Facet::NotPublished => p.gcm_objectives.is_empty(),
                Facet::Is(o) => p.gcm_objectives.contains(o),
            };
            if !ok {
                return false;
            }
        }
        true
    }

    /// Like [`run`](Self::run), reusing the result of a previous query when the new one can
    /// only narrow it: same filters and sort, and every earlier search word contained in a
    /// new one (typing on). Then only the earlier matches are scanned, in their order.
    pub fn refine(&self, q: &ExplorerQuery, previous: Option<(&ExplorerQuery, &[u32])>) -> Vec<u32> {
        if let Some((old, old_results)) = previous {
            let same_rest = ExplorerQuery { text: String::new(), page: 1, what_if: String::new(), ..old.clone() }
                == ExplorerQuery { text: String::new(), page: 1, what_if: String::new(), ..q.clone() };
            let new_terms = search_terms(&q.text);
            let narrows = search_terms(&old.text).iter().all(|o| new_terms.iter().any(|n| n.contains(o.as_str())));
            if same_rest && narrows {
                return old_results
                    .iter()
                    .copied()
                    .filter(|&i| {
                        let hay = &self.haystacks[i as usize];
                        new_terms.iter().all(|t| hay.contains(t.as_str()))
                    })
                    .collect();
            }
        }
        self.run(q)
    }

    /// The indices of matching programmes, in the query's sort order.
    pub fn run(&self, q: &ExplorerQuery) -> Vec<u32> {
        let terms = search_terms(&q.text);
        let keep = |&i: &u32| {
            let hay = &self.haystacks[i as usize];
            terms.iter().all(|t| hay.contains(t.as_str())) && self.passes_filters(self.programme(i), q)
        };
        let order = match q.sort.key {
            SortKey::File => None,
            SortKey::Title => Some(&self.by_title),
            SortKey::Budget => Some(&self.by_budget),
            SortKey::Status => Some(&self.by_status),
        };
        match order {
            None if q.sort.descending => (0..self.haystacks.len() as u32).rev().filter(keep).collect(),
            None => (0..self.haystacks.len() as u32).filter(keep).collect(),
            Some(o) if q.sort.descending => o.known.iter().rev().chain(&o.unknown).copied().filter(keep).collect(),
            Some(o) => o.known.iter().chain(&o.unknown).copied().filter(keep).collect(),
        }
    }

    pub fn tally(&self, indices: &[u32]) -> Counts {
        Counts::of(indices.iter().map(|&i| self.programme(i).status))
    }

    /// Programmes per value of a single-valued field; `None` collects "not published".
    pub fn count_by(&self, indices: &[u32], field: fn(&Programme) -> Option<&String>) -> Vec<(Option<String>, u64)> {
        let mut counts: Vec<(Option<String>, u64)> = Vec::new();
        for &i in indices {
            let value = field(self.programme(i));
            match counts.iter_mut().find(|(v, _)| v.as_ref() == value) {
                Some((_, n)) => *n += 1,
                None => counts.push((value.cloned(), 1)),
            }
        }
        let mut order: Vec<u32> = (0..counts.len() as u32).collect();
        sort_indices(&mut order, &|i, j| match (&counts[i as usize], &counts[j as usize]) {
            ((None, _), (None, _)) => Ordering::Equal,
            ((None, _), _) => Ordering::Greater,
            (_, (None, _)) => Ordering::Less,
            ((Some(a), x), (Some(b), y)) => y.cmp(x).then_with(|| fold(a).cmp(&fold(b))),
        });
        order.into_iter().map(|i| counts[i as usize].clone()).collect()
    }

    /// How many of the given programmes address each of the 23 objectives, and how many
    /// publish no objective at all.
    pub fn objective_coverage(&self, indices: &[u32]) -> ([u64; OBJECTIVE_COUNT as usize], u64) {
        let mut per = [0u64; OBJECTIVE_COUNT as usize];
        let mut none = 0;
        for &i in indices {
            let objectives = &self.programme(i).gcm_objectives;
            if objectives.is_empty() {
                none += 1;
            }
            for o in objectives {
                per[usize::from(o.number() - 1)] += 1;
            }
        }
        (per, none)
    }
}

/// Objective numbers as `Objective`s, for callers iterating the coverage array.
pub fn objective_at(index: usize) -> Option<Objective> {
    Objective::new(index as u64 + 1)
}
