//! A wizard's state, shared by every step of one form (the pledge, or a progress report on
//! one): the draft (saved to localStorage shortly after each change, and at once when the
//! page is hidden or left), the errors of the step on screen, and everything that keeps the
//! draft from being lost: what the storage said, drafts kept aside, another tab's change, a
//! replacement waiting for Yes or No, and Undo. Written once, for any `Form`.

use std::time::Duration;

use leptos::prelude::*;
use leptos::reactive::owner::WeakOwner;
use leptos::wasm_bindgen::{closure::Closure, JsCast};

use crate::browser::clock::today;
use crate::browser::storage::{Local, StorageError};
use crate::domain::date::Date;
use crate::domain::pledge::file::DraftError;
use crate::domain::pledge::form::Form;
use crate::domain::pledge::rules::{FieldError, Problem};
use crate::domain::pledge::store::{self, DraftStore, Kept, SaveError};

const SAVE_PAUSE: Duration = Duration::from_millis(250);

/// A way of saving: `DraftStore::save`, or `save_over` when the visitor chose this tab's draft.
type SaveFn<D> = fn(&mut DraftStore<D>, &mut Local, &D) -> Result<(), SaveError<D>>;

/// Why the draft on screen is not (or not all) in storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unsaved {
    Unavailable,
    Full,
    /// An unreadable draft sits under the key and could not be kept aside.
    Occupied,
}

/// What replaced the draft, for the notice that offers Undo.
#[derive(Clone, Debug, PartialEq)]
pub enum Replacement {
    StartedAgain,
    Opened(String),
    TookOther,
}

/// Something to tell the user about drafts, shown above the step.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice<D> {
    FileError(DraftError),
    FileUnreadable,
    /// The draft was replaced; `previous` comes back with Undo.
    Replaced {
        why: Replacement,
        previous: Box<D>,
    },
    /// A kept draft was removed; Undo puts it back.
    KeptRemoved(Kept),
    Undone,
}

/// A replacement waiting for the user's Yes or No.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending<D> {
    StartAgain,
    /// "Start a new pledge" (or report) on the confirmation page: as Start again, then the
    /// start page.
    StartNew,
    Open {
        name: String,
        draft: Box<D>,
    },
}

/// A wizard's state. Its signals are private: views read through the methods below and
/// change things by saying what the visitor did (`edit`, `check`, `ask`, `replace`, `undo`…),
/// so that every change to the draft schedules its save and marks it unkept.
pub struct Wizard<D: Form> {
    draft: RwSignal<D>,
    errors: RwSignal<Vec<FieldError<D::Field>>>,
    unsaved: RwSignal<Option<Unsaved>>,
    /// A draft found in storage when the app started, until the user resumes or restarts.
    found: RwSignal<Option<D>>,
    notice: RwSignal<Option<Notice<D>>>,
    /// Drafts this version cannot read, kept aside until the user removes them.
    kept: RwSignal<Vec<Kept>>,
    /// Another tab's version of the draft, until the user chooses between it and this one.
    other: RwSignal<Option<D>>,
    pending: RwSignal<Option<Pending<D>>>,
    /// The draft on screen has words that are neither in storage nor in a downloaded file.
    unkept: StoredValue<bool>,
    store: StoredValue<DraftStore<D>>,
    save_timer: StoredValue<Option<TimeoutHandle>>,
}

// By hand: a derive would ask `D: Copy`, and the handles are `Copy` whatever the draft.
impl<D: Form> Clone for Wizard<D> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<D: Form> Copy for Wizard<D> {}

impl<D: Form> Wizard<D> {
    pub fn provide() -> Wizard<D> {
        let mut store = DraftStore::default();
        let loaded = Local::open().and_then(|mut kv| store.load(&mut kv));
        let (draft, problem) = match loaded {
            Ok(l) => (l.draft, l.problem),
            Err(e) => (None, Some(e)),
        };
        let w = Wizard {
            draft: RwSignal::new(draft.clone().unwrap_or_default()),
            errors: RwSignal::new(Vec::new()),
            unsaved: RwSignal::new(problem.map(unsaved)),
            found: RwSignal::new(draft),
            notice: RwSignal::new(None),
            kept: RwSignal::new(Local::open().map(|kv| store::kept::<D>(&kv)).unwrap_or_default()),
            other: RwSignal::new(None),
            pending: RwSignal::new(None),
            unkept: StoredValue::new(false),
            store: StoredValue::new(store),
            save_timer: StoredValue::new(None),
        };
        w.listen();
        provide_context(w);
        w
    }

    fn listen(self) {
        let w = self;
        // Leaving the page (reload, closing) saves what is pending at once; so does hiding
        // it (a tab switch, a phone putting the browser away), where pagehide may never come.
        std::mem::forget(window_event_listener(leptos::ev::pagehide, move |_| w.save_pending()));
        // visibilitychange is fired at the document: listened to there.
        let on_hidden = Closure::<dyn FnMut()>::new(move || {
            if document().hidden() {
                w.save_pending();
            }
        });
        let _ = document().add_event_listener_with_callback("visibilitychange", on_hidden.as_ref().unchecked_ref());
        on_hidden.forget();
        // Another tab saved: say so rather than overwrite it with the next keystroke.
        std::mem::forget(window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().is_none_or(|k| store::is_draft_key::<D>(&k)) {
                w.check_elsewhere();
            }
        }));
        // The browser's "Leave site?" only while leaving would lose something.
        std::mem::forget(window_event_listener(leptos::ev::beforeunload, move |ev| {
            w.save_pending();
            if w.at_risk() {
                ev.prevent_default();
                ev.set_return_value("");
            }
        }));
    }

    /// One part of the draft as a signal of its own: what reads it is updated when that part
    /// changes, not at every keystroke anywhere in the draft. Views read the draft this way.
    pub fn slice<T: Clone + PartialEq + Send + Sync + 'static>(
        &self,
        part: impl Fn(&D) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        self.slice_boxed(Box::new(part))
    }

    // Boxed, so the memo's machinery is compiled once per type of value rather than once
    // per field (a few kilobytes of wasm).
    fn slice_boxed<T: Clone + PartialEq + Send + Sync + 'static>(
        &self,
        part: Box<dyn Fn(&D) -> T + Send + Sync>,
    ) -> Memo<T> {
        let draft = self.draft;
        Memo::new(move |_| draft.with(|d| part(d)))
    }

    /// Reads the draft (tracked: the caller follows every change; views use `slice`).
    pub fn read<T>(&self, f: impl FnOnce(&D) -> T) -> T {
        self.draft.with(f)
    }

    /// Reads the draft as it is now, in an event handler.
    pub fn read_untracked<T>(&self, f: impl FnOnce(&D) -> T) -> T {
        self.draft.with_untracked(f)
    }

    /// Checks a step's answers on Continue: shows what is wrong, and says whether all is well.
    pub fn check(&self, step: D::Step) -> bool {
        let errors = self.draft.with_untracked(|d| d.validate(step, today_or_never()));
        let ok = errors.is_empty();
        self.errors.set(errors);
        ok
    }

    /// A step freshly shown has no errors from another.
    pub fn clear_errors(&self) {
        self.errors.set(Vec::new());
    }

    /// The errors of the last Continue (tracked).
    pub fn errors(&self) -> Vec<FieldError<D::Field>> {
        self.errors.get()
    }

    pub fn has_errors(&self) -> bool {
        self.errors.with(|e| !e.is_empty())
    }

    /// The error the last Continue found for `field` (tracked).
    pub fn error_of(&self, field: D::Field) -> Option<FieldError<D::Field>> {
        self.errors.with(|errs| errs.iter().find(|e| e.field == field).cloned())
    }

    /// Why the draft on screen is not (all) in storage, if it is not.
    pub fn unsaved(&self) -> Option<Unsaved> {
        self.unsaved.get()
    }

    /// Another tab's draft, while the visitor has not chosen between it and this one.
    pub fn other(&self) -> Option<D> {
        self.other.get()
    }

    pub fn kept(&self) -> Vec<Kept> {
        self.kept.get()
    }

    pub fn notice(&self) -> Option<Notice<D>> {
        self.notice.get()
    }

    /// Tells the visitor something about their drafts, above the step.
    pub fn tell(&self, notice: Notice<D>) {
        self.notice.set(Some(notice));
    }

    pub fn dismiss_notice(&self) {
        self.notice.set(None);
    }

    /// The draft found in storage on arrival, until the visitor resumes or starts again.
    pub fn found<T>(&self, f: impl FnOnce(Option<&D>) -> T) -> T {
        self.found.with(|d| f(d.as_ref()))
    }

    /// The visitor goes on with the draft found on arrival.
    pub fn resume(&self) {
        self.found.set(None);
    }

    /// Asks before replacing the draft (the dialog shows while a question is pending).
    pub fn ask(&self, question: Pending<D>) {
        self.pending.set(Some(question));
    }

    /// The question waiting for Yes or No (tracked).
    pub fn question(&self) -> Option<Pending<D>> {
        self.pending.get()
    }

    pub fn is_asking(&self) -> bool {
        self.pending.with(Option::is_some)
    }

    /// No, or the dialog closed: the question goes, the draft stays.
    pub fn answer_no(&self) {
        if self.pending.with_untracked(Option::is_some) {
            self.pending.set(None);
        }
    }

    /// Yes: the question goes, and is handed to the caller to carry out.
    pub fn answer_yes(&self) -> Option<Pending<D>> {
        let question = self.pending.get_untracked();
        self.pending.set(None);
        question
    }

    /// Changes the draft and schedules a save.
    pub fn edit(&self, change: impl FnOnce(&mut D)) {
        self.draft.update(change);
        self.unkept.set_value(true);
        if let Some(h) = self.save_timer.get_value() {
            h.clear();
        }
        let w = *self;
        self.save_timer.set_value(set_timeout_with_handle(move || w.save_now(), SAVE_PAUSE).ok());
    }

    fn save_pending(&self) {
        if self.save_timer.get_value().is_some() {
            self.save_now();
        }
    }

    pub fn save_now(&self) {
        self.save_with(DraftStore::save);
    }

    /// Saves over another tab's change: the user chose this tab's draft.
    fn save_over(&self) {
        self.save_with(DraftStore::save_over);
    }

    fn save_with(&self, save: SaveFn<D>) {
        self.cancel_pending_save();
        let result = match Local::open() {
            Ok(mut kv) => {
                let (mut result, mut set_aside) = (Ok(()), false);
                self.store.update_value(|s| {
                    result = self.draft.with_untracked(|d| save(s, &mut kv, d));
                    set_aside = s.take_set_aside();
                });
                // Kept drafts are read again only when this save kept one aside, not on
                // every save a moment after each keystroke.
                if set_aside {
                    self.refresh_kept(&kv);
                }
                result
            }
            Err(e) => Err(SaveError::Storage(e)),
        };
        if result.is_ok() {
            self.unkept.set_value(false);
        }
        let (problem, other) = match result {
            Ok(()) => (None, None),
            Err(SaveError::Storage(e)) => (Some(unsaved(e)), self.other.get_untracked()),
            Err(SaveError::Occupied) => (Some(Unsaved::Occupied), self.other.get_untracked()),
            Err(SaveError::Changed(theirs)) => (None, Some(*theirs)),
        };
        set_if_changed(self.unsaved, problem);
        set_if_changed(self.other, other);
    }

    fn refresh_kept(&self, kv: &Local) {
        set_if_changed(self.kept, store::kept::<D>(kv));
    }

    /// After a `storage` event: another tab's change, or the kept drafts, may differ.
    fn check_elsewhere(&self) {
        let Ok(mut kv) = Local::open() else { return };
        let ours = self.draft.get_untracked();
        let mut theirs = None;
        self.store.update_value(|s| {
            theirs = s.changed_elsewhere(&mut kv, &ours);
            s.take_set_aside();
        });
        set_if_changed(self.other, theirs);
        // Read again whatever happened: the other tab may have kept or removed drafts too.
        self.refresh_kept(&kv);
    }

    /// Loads the other tab's draft here (Undo brings this tab's back).
    pub fn take_other(&self) {
        let Ok(kv) = Local::open() else { return };
        let mut theirs = None;
        self.store.update_value(|s| theirs = s.adopt(&kv));
        // What storage holds now is what is on screen, unless it could not be read there.
        self.unkept.set_value(theirs.is_none());
        let Some(theirs) = theirs.or_else(|| self.other.get_untracked()) else {
            return;
        };
        let previous = self.draft.get_untracked();
        self.cancel_pending_save();
        self.draft.set(theirs);
        self.errors.set(Vec::new());
        self.other.set(None);
        self.found.set(None);
        self.notice.set(Some(Notice::Replaced { why: Replacement::TookOther, previous: Box::new(previous) }));
    }

    /// Keeps this tab's draft, saving it over the other tab's.
    pub fn keep_mine(&self) {
        self.save_over();
    }

    /// Replaces the draft (the user said Yes), saves it, and offers Undo.
    pub fn replace(&self, draft: D, why: Replacement) {
        let previous = self.draft.get_untracked();
        self.draft.set(draft);
        self.errors.set(Vec::new());
        self.found.set(None);
        self.unkept.set_value(true);
        self.save_over();
        self.notice.set(Some(Notice::Replaced { why, previous: Box::new(previous) }));
    }

    /// Puts back what the last replacement or removal took away.
    pub fn undo(&self) {
        match self.notice.get_untracked() {
            Some(Notice::Replaced { previous, .. }) => {
                self.draft.set(*previous);
                self.errors.set(Vec::new());
                self.unkept.set_value(true);
                self.save_over();
            }
            Some(Notice::KeptRemoved(kept)) => {
                if let Ok(mut kv) = Local::open() {
                    let _ = store::restore_kept(&mut kv, &kept);
                    self.refresh_kept(&kv);
                }
            }
            _ => return,
        }
        self.notice.set(Some(Notice::Undone));
    }

    /// Removes a kept draft (the user said so); Undo puts it back.
    pub fn remove_kept(&self, kept: Kept) {
        let Ok(mut kv) = Local::open() else { return };
        if store::remove_kept::<D>(&mut kv, &kept.key).is_ok() {
            self.notice.set(Some(Notice::KeptRemoved(kept)));
        }
        self.refresh_kept(&kv);
    }

    fn cancel_pending_save(&self) {
        if let Some(h) = self.save_timer.get_value() {
            h.clear();
            self.save_timer.set_value(None);
        }
    }

    pub fn mark_downloaded(&self) {
        self.unkept.set_value(false);
    }

    /// Leaving now would lose words: a change that could not be saved (storage off or full,
    /// or another tab's change in the way) and was not downloaded. A tab that only looked at
    /// the draft loses nothing, whatever another tab did.
    pub fn at_risk(&self) -> bool {
        self.unkept.get_value() && !self.draft.with_untracked(|d| d.is_empty())
    }

    pub fn error_for(&self, field: D::Field) -> Option<Problem> {
        self.errors.with(|e| e.iter().find(|f| f.field == field).map(|f| f.problem))
    }
}

fn unsaved(e: StorageError) -> Unsaved {
    match e {
        StorageError::Unavailable => Unsaved::Unavailable,
        StorageError::Full => Unsaved::Full,
    }
}

/// Writes a signal only when the value differs, so nothing re-renders for nothing.
fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|v| *v != value) {
        signal.set(value);
    }
}

/// Where a wizard lives once one of its pages has opened it: the app's root, so that the
/// draft and its listeners outlive each page. The app provides this small handle; each wizard
/// is made by the first of its pages, so its code travels in that wizard's chunk (see
/// `app/routes.rs`) rather than in what every visitor downloads.
#[derive(Clone)]
pub struct WizardHome(WeakOwner);

impl WizardHome {
    pub fn provide() {
        if let Some(root) = Owner::current() {
            provide_context(WizardHome(root.downgrade()));
        }
    }
}

/// The one wizard of a form: made under the app's root by the first of its pages that asks,
/// and found in context from then on (a second one would read and write the same draft with
/// listeners of its own).
pub fn use_draft<D: Form>() -> Wizard<D> {
    use_context::<Wizard<D>>().unwrap_or_else(|| match expect_context::<WizardHome>().0.upgrade() {
        Some(root) => root.with(Wizard::provide),
        // The app's root is gone only while the whole app is being torn down.
        None => Wizard::provide(),
    })
}

/// The visitor's date for the rules; a browser whose clock gives none refuses no date as
/// "in the future".
fn today_or_never() -> Date {
    today().unwrap_or(Date { year: 2999, month: 12, day: 31 })
}
