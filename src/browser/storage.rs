//! localStorage as the draft store's key-value store, and the small things kept beside the
//! draft. Storage can be missing (disabled, some private modes), full, or hold something
//! unreadable; each is reported so the wizard can say so and keep working from memory.

use crate::domain::pledge::store::KeyValue;
pub use crate::domain::pledge::store::StorageError;

/// The browser's localStorage.
pub struct Local(web_sys::Storage);

impl Local {
    pub fn open() -> Result<Local, StorageError> {
        let window = web_sys::window().ok_or(StorageError::Unavailable)?;
        // Throws (Err) when storage is disabled; None when the browser has none.
        window.local_storage().ok().flatten().map(Local).ok_or(StorageError::Unavailable)
    }
}

impl KeyValue for Local {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.0.get_item(key).map_err(|_| StorageError::Unavailable)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        // setItem throws QuotaExceededError when full (and in some private modes).
        self.0.set_item(key, value).map_err(|_| StorageError::Full)
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        self.0.remove_item(key).map_err(|_| StorageError::Unavailable)
    }

    fn keys(&self) -> Vec<String> {
        let n = self.0.length().unwrap_or(0);
        (0..n).filter_map(|i| self.0.key(i).ok().flatten()).collect()
    }
}

/// References of pledges the submission endpoint accepted, so Submit never sends one again
/// (not even after a reload).
const SUBMITTED_KEY: &str = "mmptf-explorer/submitted";

pub fn was_submitted(reference: &str) -> bool {
    submitted().iter().any(|r| r == reference)
}

pub fn mark_submitted(reference: &str) {
    let mut list = submitted();
    if !list.iter().any(|r| r == reference) {
        list.push(reference.to_string());
    }
    if let Ok(mut s) = Local::open() {
        let _ = s.set(SUBMITTED_KEY, &serde_json::Value::from(list).to_string());
    }
}

/// Read as a JSON value rather than a typed list: one JSON reader in the wasm, not two.
fn submitted() -> Vec<String> {
    let text = Local::open().ok().and_then(|s| s.get(SUBMITTED_KEY).ok().flatten()).unwrap_or_default();
    match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(serde_json::Value::Array(items)) => {
            items.into_iter().filter_map(|v| v.as_str().map(str::to_string)).collect()
        }
        _ => Vec::new(),
    }
}

/// The language a visitor chose with the switcher, kept apart from the draft.
pub const LANGUAGE_KEY: &str = "mmptf-explorer/language";

/// The code of the language chosen on an earlier visit, as it was stored: the caller decides
/// whether it still names a language we speak.
pub fn load_language() -> Option<String> {
    Local::open().ok()?.get(LANGUAGE_KEY).ok()?
}

/// Remembering is a convenience: with storage off or full, the URL still carries the choice.
pub fn save_language(code: &str) {
    if let Ok(mut s) = Local::open() {
        let _ = s.set(LANGUAGE_KEY, code);
    }
}
