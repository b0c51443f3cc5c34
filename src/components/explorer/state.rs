//! The explorer's state: one `ExplorerQuery` signal, kept in step with the URL.
//! Choices push a history entry (so Back undoes them); typing updates the list at once
//! and the URL shortly after, as one entry per burst of typing.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::domain::explorer::catalogue::Catalogue;
use crate::domain::explorer::query::{ExplorerQuery, QueryNote};
use crate::domain::fund::Counts;
use crate::i18n::locale::{use_i18n, I18n};

/// Rows per page of the list: enough to scan, few enough to render within a frame.
pub const PAGE_SIZE: usize = 50;
const TYPING_PAUSE: Duration = Duration::from_millis(400);
const CHARTS_PAUSE: Duration = Duration::from_millis(150);

type Navigate = Arc<dyn Fn(&str, NavigateOptions) + Send + Sync>;

#[derive(Clone, Copy)]
pub struct ExplorerState {
    pub catalogue: StoredValue<Arc<Catalogue>>,
    pub query: RwSignal<ExplorerQuery>,
    pub notes: RwSignal<Vec<QueryNote>>,
    /// Matching programme indices, sorted; recomputed only when filters, search or sort change.
    pub results: Memo<Vec<u32>>,
    pub tally: Memo<Counts>,
    /// `results` once typing pauses: the charts follow this, so a keystroke repaints only
    /// the list and the counts (the charts catch up a moment later).
    pub settled: RwSignal<Vec<u32>>,
    navigate: StoredValue<Navigate>,
    i18n: I18n,
    path: Memo<String>,
    pending: StoredValue<Option<TimeoutHandle>>,
    typing_entry: StoredValue<bool>,
}

fn parse(catalogue: &Catalogue, map: &leptos_router::params::ParamsMap) -> (ExplorerQuery, Vec<QueryNote>) {
    let (mut q, mut notes) = ExplorerQuery::from_pairs(map.into_iter().map(|(k, v)| (k.as_ref(), v)));
    notes.extend(catalogue.sanitize(&mut q));
    (q, notes)
}

impl ExplorerState {
    pub fn new(catalogue: Arc<Catalogue>) -> ExplorerState {
        let query_map = use_query_map();
        let (initial, notes) = query_map.with_untracked(|map| parse(&catalogue, map));
        let query = RwSignal::new(initial);
        let notes = RwSignal::new(notes);
        let catalogue = StoredValue::new(catalogue);

        // Only what changes the list: paging and the what-if amount do not re-run the search.
        let filters =
            Memo::new(move |_| query.with(|q| ExplorerQuery { page: 1, what_if: String::new(), ..q.clone() }));
        // Typing on narrows the previous result, so only its matches are scanned again.
        let last: StoredValue<Option<(ExplorerQuery, Vec<u32>)>> = StoredValue::new(None);
        let results = Memo::new(move |_| {
            filters.with(|q| {
                let found = catalogue.with_value(|c| {
                    last.with_value(|prev| c.refine(q, prev.as_ref().map(|(pq, pr)| (pq, pr.as_slice()))))
                });
                last.set_value(Some((q.clone(), found.clone())));
                found
            })
        });
        let tally = Memo::new(move |_| results.with(|r| catalogue.with_value(|c| c.tally(r))));

        let settled = RwSignal::new(results.get_untracked());
        let settle_timer: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
        Effect::new(move |first: Option<()>| {
            results.track();
            if first.is_none() {
                return;
            }
            if let Some(h) = settle_timer.get_value() {
                h.clear();
            }
            let handle = set_timeout_with_handle(
                move || {
                    if let Some(r) = results.try_get_untracked() {
                        settled.try_set(r);
                    }
                },
                CHARTS_PAUSE,
            );
            settle_timer.set_value(handle.ok());
        });
        // Leaving the explorer (say, for a detail page) cancels what is scheduled: a timer
        // firing afterwards would reach signals that no longer exist.
        on_cleanup(move || {
            if let Some(h) = settle_timer.try_get_value().flatten() {
                h.clear();
            }
        });

        let navigate = use_navigate();
        let state = ExplorerState {
            catalogue,
            query,
            notes,
            results,
            tally,
            settled,
            navigate: StoredValue::new(Arc::new(navigate)),
            i18n: use_i18n(),
            path: use_location().pathname,
            pending: StoredValue::new(None),
            typing_entry: StoredValue::new(false),
        };

        on_cleanup(move || state.cancel_pending());

        // Back/Forward (or any outside change of the URL) restores the view it describes.
        Effect::new(move |first: Option<()>| {
            let parsed = query_map.with(|map| catalogue.with_value(|c| parse(c, map)));
            if first.is_some() && parsed.0 != query.get_untracked() {
                state.cancel_pending();
                query.set(parsed.0);
                notes.set(parsed.1);
            }
        });
        state
    }

    fn cancel_pending(&self) {
        if let Some(handle) = self.pending.try_get_value().flatten() {
            handle.clear();
            self.pending.try_set_value(None);
        }
    }

    fn write_url(&self, replace: bool) {
        let Some(q) = self.query.try_get_untracked() else { return };
        // The explorer answers at /explorer and /programmes; stay on whichever was used.
        let path = if self.path.get_untracked().ends_with("/programmes") { "/programmes" } else { "/explorer" };
        // navigate() adds the router base itself (links do not: they use app_path).
        let url = self.i18n.nav(&format!("{path}{}", q.to_query_string()));
        self.navigate.with_value(|nav| nav(&url, NavigateOptions { replace, scroll: false, ..Default::default() }));
    }

    /// A deliberate choice (a filter, the sort, a page): applied and recorded as a new
    /// history entry.
    pub fn choose(&self, change: impl FnOnce(&mut ExplorerQuery)) {
        self.cancel_pending();
        self.query.update(change);
        self.typing_entry.set_value(false);
        self.write_url(false);
    }

    /// Typing (search text, what-if amount): applied at once; written to the URL after a
    /// pause, the first pause of a burst as a new entry and later ones replacing it.
    pub fn type_in(&self, change: impl FnOnce(&mut ExplorerQuery)) {
        self.query.update(change);
        self.cancel_pending();
        let state = *self;
        let handle = set_timeout_with_handle(
            move || {
                // The explorer may have been left meanwhile (on_cleanup clears this timer;
                // the check is a second guard).
                if state.pending.try_set_value(None).is_some() {
                    return;
                }
                let replace = state.typing_entry.get_value();
                state.typing_entry.set_value(true);
                state.write_url(replace);
            },
            TYPING_PAUSE,
        );
        self.pending.set_value(handle.ok());
    }

    /// The search form's submit (Enter, or its button): what was typed goes into the URL now
    /// instead of after the pause, and ends the burst, so the next search is an entry of its
    /// own in the history.
    pub fn commit(&self) {
        let typed = self.pending.get_value().is_some();
        let replace = self.typing_entry.get_value();
        self.typing_entry.set_value(false);
        if typed {
            self.cancel_pending();
            self.write_url(replace);
        }
    }

    pub fn pages(&self) -> usize {
        self.results.with(|r| r.len().div_ceil(PAGE_SIZE)).max(1)
    }

    /// The current page, clamped to the pages there are.
    pub fn page(&self) -> usize {
        self.query.with(|q| q.page()).min(self.pages())
    }
}
