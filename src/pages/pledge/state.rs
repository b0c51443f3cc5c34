//! The wizard's state, shared by every step: the draft (saved to localStorage shortly
//! after each change, and at once when the page is hidden), the errors of the step on
//! screen, and what the storage said.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::pledge::PledgeDraft;
use crate::domain::pledge_file::DraftError;
use crate::domain::pledge_field::Field;
use crate::domain::pledge_rules::{FieldError, Problem};
use crate::storage::{self, StorageError, Stored};

const SAVE_PAUSE: Duration = Duration::from_millis(250);

/// Something to tell the user about drafts, shown above the step.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    StoredUnreadable(DraftError),
    Opened(String),
    FileError(DraftError),
    FileUnreadable,
    StartedAgain,
}

#[derive(Clone, Copy)]
pub struct Wizard {
    pub draft: RwSignal<PledgeDraft>,
    pub errors: RwSignal<Vec<FieldError>>,
    pub storage: RwSignal<Option<StorageError>>,
    /// A draft found in storage when the app started, until the user resumes or restarts.
    pub found: RwSignal<Option<PledgeDraft>>,
    pub notice: RwSignal<Option<Notice>>,
    save_timer: StoredValue<Option<TimeoutHandle>>,
}

impl Wizard {
    pub fn provide() -> Wizard {
        let (draft, found, notice, storage) = match storage::load_draft() {
            Ok(Stored::Draft(d)) => (d.clone(), Some(d), None, None),
            Ok(Stored::Nothing) => (PledgeDraft::default(), None, None, None),
            Ok(Stored::Unreadable(e)) => (PledgeDraft::default(), None, Some(Notice::StoredUnreadable(e)), None),
            Err(e) => (PledgeDraft::default(), None, None, Some(e)),
        };
        let w = Wizard {
            draft: RwSignal::new(draft),
            errors: RwSignal::new(Vec::new()),
            storage: RwSignal::new(storage),
            found: RwSignal::new(found),
            notice: RwSignal::new(notice),
            save_timer: StoredValue::new(None),
        };
        // Leaving or hiding the page (reload, tab switch, closing) saves what is pending at
        // once; a page where nothing was typed leaves storage alone.
        let handle = window_event_listener(leptos::ev::pagehide, move |_| {
            if w.save_timer.get_value().is_some() {
                w.save_now();
            }
        });
        std::mem::forget(handle);
        provide_context(w);
        w
    }

    /// Changes the draft and schedules a save.
    pub fn edit(&self, change: impl FnOnce(&mut PledgeDraft)) {
        self.draft.update(change);
        if let Some(h) = self.save_timer.get_value() {
            h.clear();
        }
        let w = *self;
        self.save_timer.set_value(set_timeout_with_handle(move || w.save_now(), SAVE_PAUSE).ok());
    }

    pub fn save_now(&self) {
        if let Some(h) = self.save_timer.get_value() {
            h.clear();
            self.save_timer.set_value(None);
        }
        let result = self.draft.with_untracked(storage::save_draft);
        let status = result.err();
        if self.storage.get_untracked() != status {
            self.storage.set(status);
        }
    }

    /// Replaces the draft (opened from a file, or started again) and saves it.
    pub fn replace(&self, draft: PledgeDraft) {
        self.draft.set(draft);
        self.errors.set(Vec::new());
        self.save_now();
    }

    pub fn error_for(&self, field: Field) -> Option<Problem> {
        self.errors.with(|e| e.iter().find(|f| f.field == field).map(|f| f.problem))
    }
}

pub fn use_wizard() -> Wizard {
    use_context::<Wizard>().unwrap_or_else(Wizard::provide)
}
