//! The pledge draft in localStorage, under a versioned key. Storage can be missing
//! (disabled, some private modes), full, or hold something unreadable; each is reported
//! so the wizard can say so and keep working from memory.

use crate::domain::pledge::PledgeDraft;
use crate::domain::pledge_file::{draft_to_json, parse_draft_file, DraftError};

/// The key carries the format version, so an older build (served offline, say) never
/// reads, nor overwrites, a draft in a format it does not know.
pub const DRAFT_KEY: &str = "mmptf-explorer/pledge-draft/v2";
/// The version 1 key: its draft is migrated, and removed only once the migrated copy is
/// safely written under the new key.
const V1_KEY: &str = "mmptf-explorer/pledge-draft/v1";
/// Keys of earlier formats: found ones are reported as "from an older version".
const OLD_KEYS: [&str; 1] = ["mmptf-explorer/pledge-draft"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    Unavailable,
    Full,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    Nothing,
    Draft(PledgeDraft),
    Unreadable(DraftError),
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    // Throws (Err) when storage is disabled; None when the browser has none.
    window.local_storage().ok().flatten().ok_or(StorageError::Unavailable)
}

pub fn load_draft() -> Result<Stored, StorageError> {
    let s = storage()?;
    match s.get_item(DRAFT_KEY).map_err(|_| StorageError::Unavailable)? {
        Some(text) => Ok(match parse_draft_file(&text) {
            Ok(d) => Stored::Draft(d),
            Err(e) => Stored::Unreadable(e),
        }),
        None => {
            if let Some(text) = s.get_item(V1_KEY).ok().flatten() {
                return Ok(match parse_draft_file(&text) {
                    Ok(d) => {
                        if s.set_item(DRAFT_KEY, &draft_to_json(&d)).is_ok() {
                            let _ = s.remove_item(V1_KEY);
                        }
                        Stored::Draft(d)
                    }
                    Err(e) => Stored::Unreadable(e),
                });
            }
            for key in OLD_KEYS {
                if s.get_item(key).ok().flatten().is_some() {
                    let _ = s.remove_item(key);
                    return Ok(Stored::Unreadable(DraftError::OldVersion));
                }
            }
            Ok(Stored::Nothing)
        }
    }
}

pub fn save_draft(draft: &PledgeDraft) -> Result<(), StorageError> {
    let s = storage()?;
    if draft.is_empty() {
        return s.remove_item(DRAFT_KEY).map_err(|_| StorageError::Unavailable);
    }
    // setItem throws QuotaExceededError when full (and in some private modes).
    s.set_item(DRAFT_KEY, &draft_to_json(draft)).map_err(|_| StorageError::Full)
}

pub fn clear_draft() {
    if let Ok(s) = storage() {
        let _ = s.remove_item(DRAFT_KEY);
    }
}

/// The language a visitor chose with the switcher, kept apart from the draft.
pub const LANGUAGE_KEY: &str = "mmptf-explorer/language";

pub fn load_language() -> Option<crate::i18n::Locale> {
    let text = storage().ok()?.get_item(LANGUAGE_KEY).ok()??;
    crate::i18n::Locale::from_code(&text)
}

/// Remembering is a convenience: with storage off or full, the URL still carries the choice.
pub fn save_language(locale: crate::i18n::Locale) {
    if let Ok(s) = storage() {
        let _ = s.set_item(LANGUAGE_KEY, locale.code());
    }
}
