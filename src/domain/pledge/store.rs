//! The rules that keep every word of a draft (a pledge, or a progress report on one) between
//! visits, over any key-value store (localStorage in the browser, a map in the tests):
//! - a stored draft that cannot be read (damaged, or written by another version) is kept
//!   aside, exactly as it was, and removed only when the user says so;
//! - a draft under an older key is migrated, and its original removed only once the
//!   migrated copy is written;
//! - a draft changed by another tab is never written over: saving compares what is stored
//!   with what this tab last read or wrote, and reports the change instead.

use std::marker::PhantomData;

use crate::domain::pledge::file::{draft_to_json, parse_draft_file, DraftError, DRAFT_VERSION};
use crate::domain::pledge::progress::file as report_file;
use crate::domain::pledge::progress::ProgressReport;
use crate::domain::pledge::PledgeDraft;

/// A kind of draft the store keeps: where, in which format, and how it is read.
pub trait Stored: Clone + PartialEq + Default {
    /// Every key of this kind of draft starts with this.
    const PREFIX: &'static str;
    /// The key carries the format version, so an older build (served offline, say) never
    /// reads, nor overwrites, a draft in a format it does not know.
    const KEY: &'static str;
    /// Older keys, newest first: a draft found there is migrated (or kept aside).
    const LEGACY_KEYS: &'static [&'static str];
    /// Drafts kept aside are numbered under this.
    const KEPT_PREFIX: &'static str;
    /// The version in [`Stored::KEY`]: a key with a higher one is a newer build's.
    const VERSION: u64;
    fn to_text(&self) -> String;
    fn parse(text: &str) -> Result<Self, DraftError>;
    fn is_empty(&self) -> bool;
}

/// Every key of the wizard's drafts starts with this.
pub const PREFIX: &str = "mmptf-explorer/pledge-draft";
pub const DRAFT_KEY: &str = "mmptf-explorer/pledge-draft/v2";

impl Stored for PledgeDraft {
    const PREFIX: &'static str = PREFIX;
    const KEY: &'static str = DRAFT_KEY;
    const LEGACY_KEYS: &'static [&'static str] = &["mmptf-explorer/pledge-draft/v1", "mmptf-explorer/pledge-draft"];
    const KEPT_PREFIX: &'static str = "mmptf-explorer/pledge-draft/kept/";
    const VERSION: u64 = DRAFT_VERSION;
    fn to_text(&self) -> String {
        draft_to_json(self)
    }
    fn parse(text: &str) -> Result<Self, DraftError> {
        parse_draft_file(text)
    }
    fn is_empty(&self) -> bool {
        PledgeDraft::is_empty(self)
    }
}

/// Progress reports keep their own key, beside the pledge's: a reporter may be preparing a
/// pledge and reporting on another at the same time.
pub const REPORT_KEY: &str = "mmptf-explorer/progress-draft/v1";

impl Stored for ProgressReport {
    const PREFIX: &'static str = "mmptf-explorer/progress-draft";
    const KEY: &'static str = REPORT_KEY;
    const LEGACY_KEYS: &'static [&'static str] = &[];
    const KEPT_PREFIX: &'static str = "mmptf-explorer/progress-draft/kept/";
    const VERSION: u64 = report_file::REPORT_VERSION;
    fn to_text(&self) -> String {
        report_file::draft_to_json(self)
    }
    fn parse(text: &str) -> Result<Self, DraftError> {
        report_file::parse_report(text)
    }
    fn is_empty(&self) -> bool {
        ProgressReport::is_empty(self)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// Turned off, not allowed, or absent.
    Unavailable,
    /// Writing failed (quota exceeded, or some private modes).
    Full,
}

/// A key-value store with the shape of `localStorage`.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&mut self, key: &str) -> Result<(), StorageError>;
    fn keys(&self) -> Vec<String>;
}

/// A stored draft this version cannot use, kept exactly as it was found.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    pub key: String,
    pub text: String,
    pub problem: DraftError,
}

/// Why a save did not write.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError<D = PledgeDraft> {
    Storage(StorageError),
    /// Another tab saved (or removed) the draft since this tab last read or wrote it: its
    /// version, which this tab's save did not overwrite.
    Changed(Box<D>),
    /// Something unreadable sits under the draft's key and could not be kept aside (storage
    /// full): it is not written over.
    Occupied,
}

/// What a tab finds when it opens.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded<D = PledgeDraft> {
    pub draft: Option<D>,
    /// Set when a migrated draft could not be written under the new key (its original stays).
    pub problem: Option<StorageError>,
}

impl<D> Default for Loaded<D> {
    fn default() -> Self {
        Loaded { draft: None, problem: None }
    }
}

/// One tab's view of the stored draft: the text under [`Stored::KEY`] as this tab last read
/// or wrote it, which is how a change from elsewhere is noticed.
#[derive(Clone, Debug)]
pub struct DraftStore<D = PledgeDraft> {
    known: Option<String>,
    /// `known` is text this version cannot read, left in place because it could not be kept
    /// aside (storage full): every save tries again before writing.
    known_unreadable: bool,
    /// Something was kept aside since [`DraftStore::take_set_aside`] was last asked, so the
    /// list of kept drafts is worth reading again (and only then).
    set_aside: bool,
    kind: PhantomData<D>,
}

impl<D> Default for DraftStore<D> {
    fn default() -> Self {
        DraftStore { known: None, known_unreadable: false, set_aside: false, kind: PhantomData }
    }
}

impl<D: Stored> DraftStore<D> {
    pub fn load(&mut self, kv: &mut impl KeyValue) -> Result<Loaded<D>, StorageError> {
        if let Some(text) = kv.get(D::KEY)? {
            return Ok(match D::parse(&text) {
                Ok(d) => {
                    self.known = Some(text);
                    Loaded { draft: Some(d), problem: None }
                }
                Err(_) => {
                    // Kept where it is when it cannot be moved: saves then refuse to write.
                    if self.keep_aside(kv, D::KEY, &text).is_err() {
                        self.known = Some(text);
                        self.known_unreadable = true;
                    }
                    Loaded::default()
                }
            });
        }
        self.known = None;
        for key in D::LEGACY_KEYS {
            let Some(text) = kv.get(key)? else { continue };
            return Ok(match D::parse(&text) {
                Ok(d) => {
                    let json = d.to_text();
                    match kv.set(D::KEY, &json) {
                        Ok(()) => {
                            self.known = Some(json);
                            let _ = kv.remove(key);
                            Loaded { draft: Some(d), problem: None }
                        }
                        Err(e) => Loaded { draft: Some(d), problem: Some(e) },
                    }
                }
                Err(_) => {
                    let _ = self.keep_aside(kv, key, &text);
                    Loaded::default()
                }
            });
        }
        Ok(Loaded::default())
    }

    /// Writes the draft (an empty one removes it), unless another tab changed it since.
    pub fn save(&mut self, kv: &mut impl KeyValue, draft: &D) -> Result<(), SaveError<D>> {
        let current = kv.get(D::KEY).map_err(SaveError::Storage)?;
        if current != self.known {
            match current.as_deref().map(D::parse) {
                // Another tab saved the very same draft: nothing to tell.
                Some(Ok(theirs)) if theirs == *draft => {
                    self.known = current;
                    return Ok(());
                }
                Some(Ok(theirs)) => return Err(SaveError::Changed(Box::new(theirs))),
                None if draft.is_empty() => {
                    self.known = None;
                    return Ok(());
                }
                None => return Err(SaveError::Changed(Box::default())),
                Some(Err(_)) => {}
            }
        }
        // Whatever unreadable text is there (found at start, or written since) goes aside
        // first. Text this tab wrote or read is readable: it is not parsed again on each save.
        if let Some(text) = &current {
            let unknown = current != self.known || self.known_unreadable;
            if unknown && D::parse(text).is_err() {
                self.keep_aside(kv, D::KEY, text).map_err(|_| SaveError::Occupied)?;
            }
        }
        self.write(kv, draft)
    }

    /// Saves this tab's draft over another tab's change (the user chose "keep mine").
    pub fn save_over(&mut self, kv: &mut impl KeyValue, draft: &D) -> Result<(), SaveError<D>> {
        self.known = kv.get(D::KEY).map_err(SaveError::Storage)?;
        // Not read by this tab: checked (and kept aside if unreadable) before it is replaced.
        self.known_unreadable = true;
        self.save(kv, draft)
    }

    /// After a `storage` event: another tab's draft when it differs from `ours` (an empty
    /// draft when that tab removed it). Unreadable text written there is kept aside.
    pub fn changed_elsewhere(&mut self, kv: &mut impl KeyValue, ours: &D) -> Option<D> {
        let current = kv.get(D::KEY).ok()?;
        if current == self.known {
            return None;
        }
        let theirs = match current.as_deref().map(D::parse) {
            None => D::default(),
            Some(Ok(d)) => d,
            Some(Err(_)) => {
                let text = current.unwrap_or_default();
                if self.keep_aside(kv, D::KEY, &text).is_ok() {
                    self.known = None;
                }
                return None;
            }
        };
        if theirs == *ours {
            self.known = current;
            None
        } else {
            Some(theirs)
        }
    }

    /// Takes another tab's draft as this tab's: what is stored now is what this tab knows.
    pub fn adopt(&mut self, kv: &impl KeyValue) -> Option<D> {
        let current = kv.get(D::KEY).ok()?;
        let draft = match current.as_deref().map(D::parse) {
            None => D::default(),
            Some(Ok(d)) => d,
            Some(Err(_)) => return None,
        };
        self.known = current;
        Some(draft)
    }

    /// True once after something was kept aside.
    pub fn take_set_aside(&mut self) -> bool {
        std::mem::take(&mut self.set_aside)
    }

    fn keep_aside(&mut self, kv: &mut impl KeyValue, from: &str, text: &str) -> Result<(), StorageError> {
        let result = set_aside::<D>(kv, from, text);
        self.set_aside |= result.is_ok();
        result
    }

    fn write(&mut self, kv: &mut impl KeyValue, draft: &D) -> Result<(), SaveError<D>> {
        if draft.is_empty() {
            kv.remove(D::KEY).map_err(SaveError::Storage)?;
            self.known = None;
            self.known_unreadable = false;
            return Ok(());
        }
        let json = draft.to_text();
        kv.set(D::KEY, &json).map_err(SaveError::Storage)?;
        self.known = Some(json);
        self.known_unreadable = false;
        Ok(())
    }
}

/// Copies unreadable text to the first free kept-aside key, then removes it from `from`.
/// Nothing is removed unless the copy was written.
fn set_aside<D: Stored>(kv: &mut impl KeyValue, from: &str, text: &str) -> Result<(), StorageError> {
    let taken: Vec<u64> = kv.keys().iter().filter_map(|k| kept_number::<D>(k)).collect();
    let n = (1..).find(|n| !taken.contains(n)).unwrap_or(0);
    // What comes from an older key says so in its name: its text alone may not tell.
    let suffix = if from == D::KEY { "" } else { OLD_SUFFIX };
    kv.set(&format!("{}{n}{suffix}", D::KEPT_PREFIX), text)?;
    kv.remove(from)
}

/// Marks a kept draft that was found under an older key.
const OLD_SUFFIX: &str = ".old";

fn kept_number<D: Stored>(key: &str) -> Option<u64> {
    let rest = key.strip_prefix(D::KEPT_PREFIX)?;
    rest.strip_suffix(OLD_SUFFIX).unwrap_or(rest).parse().ok()
}

/// The version in a versioned draft key, `…/v7` → 7.
fn key_version<D: Stored>(key: &str) -> Option<u64> {
    key.strip_prefix(D::PREFIX)?.strip_prefix("/v")?.parse().ok()
}

fn is_kept_or_newer<D: Stored>(key: &str) -> bool {
    key.starts_with(D::KEPT_PREFIX) || key_version::<D>(key).is_some_and(|v| v > D::VERSION)
}

/// The draft stored for a form, read without changing anything (another wizard's draft,
/// looked at from this one: a progress report offers the pledge in this browser).
pub fn peek<D: Stored>(kv: &impl KeyValue) -> Option<D> {
    D::parse(&kv.get(D::KEY).ok()??).ok().filter(|d| !d.is_empty())
}

/// Every draft kept aside, and every draft a newer version of the app keeps under its own
/// key (left untouched, but offered too: the user may not have that version at hand).
pub fn kept<D: Stored>(kv: &impl KeyValue) -> Vec<Kept> {
    let mut keys: Vec<String> = kv.keys().into_iter().filter(|k| is_kept_or_newer::<D>(k)).collect();
    // Kept drafts in the order they were set aside (numerically), newer versions last.
    keys.sort_by_key(|k| (kept_number::<D>(k).unwrap_or(u64::MAX), k.clone()));
    keys.into_iter()
        .filter_map(|key| {
            let text = kv.get(&key).ok()??;
            let problem = if key.ends_with(OLD_SUFFIX) {
                DraftError::OldVersion
            } else if key.starts_with(D::KEPT_PREFIX) {
                D::parse(&text).err().unwrap_or(DraftError::Invalid)
            } else {
                DraftError::NewerVersion
            };
            Some(Kept { key, text, problem })
        })
        .collect()
}

/// Removes a kept draft (the user said so). Only kept or newer-version keys are touched.
pub fn remove_kept<D: Stored>(kv: &mut impl KeyValue, key: &str) -> Result<(), StorageError> {
    if is_kept_or_newer::<D>(key) {
        kv.remove(key)
    } else {
        Ok(())
    }
}

/// Puts a removed kept draft back (Undo).
pub fn restore_kept(kv: &mut impl KeyValue, kept: &Kept) -> Result<(), StorageError> {
    kv.set(&kept.key, &kept.text)
}

/// True for keys whose change another tab should hear about.
pub fn is_draft_key<D: Stored>(key: &str) -> bool {
    key.starts_with(D::PREFIX)
}
