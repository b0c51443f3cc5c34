//! The draft store's promise, natively: nothing unreadable is written over, an older key
//! is kept until its migrated copy is written, and another tab's change is never
//! overwritten by a save.

use std::collections::BTreeMap;

use mmptf_explorer::domain::pledge::file::{draft_to_json, DraftError};
use mmptf_explorer::domain::pledge::progress::file::draft_to_json as report_draft_json;
use mmptf_explorer::domain::pledge::progress::ProgressReport;
use mmptf_explorer::domain::pledge::store::{
    self, DraftStore, KeyValue, SaveError, StorageError, DRAFT_KEY, REPORT_KEY,
};
use mmptf_explorer::domain::pledge::PledgeDraft;

/// The pledge wizard's store (the report's is named where it is used).
type PledgeStore = DraftStore<PledgeDraft>;

/// localStorage in memory; `full` makes every write fail as a full quota does.
#[derive(Default)]
struct Memory {
    items: BTreeMap<String, String>,
    full: bool,
}

impl KeyValue for Memory {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.items.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        if self.full {
            return Err(StorageError::Full);
        }
        self.items.insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        self.items.remove(key);
        Ok(())
    }
    fn keys(&self) -> Vec<String> {
        self.items.keys().cloned().collect()
    }
}

fn draft(entity: &str) -> PledgeDraft {
    PledgeDraft { entity: entity.to_string(), ..PledgeDraft::default() }
}

fn with(items: &[(&str, &str)]) -> Memory {
    Memory { items: items.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(), full: false }
}

const NEWER: &str = r#"{"format":"mmptf-pledge-draft","version":9,"draft":{"entity":"From the future"}}"#;

#[test]
fn a_readable_draft_is_loaded_and_saved_under_the_versioned_key() {
    let mut kv = with(&[(DRAFT_KEY, &draft_to_json(&draft("Ministry")))]);
    let mut store = PledgeStore::default();
    let loaded = store.load(&mut kv).expect("storage works");
    assert_eq!(loaded.draft, Some(draft("Ministry")));
    assert_eq!(store.save(&mut kv, &draft("Ministry of Labour")), Ok(()));
    assert_eq!(kv.items.get(DRAFT_KEY), Some(&draft_to_json(&draft("Ministry of Labour"))));
    assert!(store::kept::<PledgeDraft>(&kv).is_empty());
}

#[test]
fn damaged_and_newer_drafts_are_kept_aside_exactly_and_never_written_over() {
    for (text, problem) in
        [("{not json", DraftError::NotJson), (NEWER, DraftError::NewerVersion), ("", DraftError::Empty)]
    {
        let mut kv = with(&[(DRAFT_KEY, text)]);
        let mut store = PledgeStore::default();
        let loaded = store.load(&mut kv).expect("storage works");
        assert_eq!(loaded.draft, None, "{text}");
        let kept = store::kept::<PledgeDraft>(&kv);
        assert_eq!(kept.len(), 1, "{text}");
        assert_eq!(kept[0].text, text, "kept exactly as found");
        assert_eq!(kept[0].problem, problem);
        // The first keystroke saves the new draft; the kept one is untouched.
        assert_eq!(store.save(&mut kv, &draft("New")), Ok(()));
        assert_eq!(store::kept::<PledgeDraft>(&kv)[0].text, text);
        // It goes only when the user says so, and Undo puts it back.
        let k = kept[0].clone();
        assert_eq!(store::remove_kept::<PledgeDraft>(&mut kv, &k.key), Ok(()));
        assert!(store::kept::<PledgeDraft>(&kv).is_empty());
        assert_eq!(store::restore_kept(&mut kv, &k), Ok(()));
        assert_eq!(store::kept::<PledgeDraft>(&kv), vec![k]);
    }
}

#[test]
fn with_storage_full_an_unreadable_draft_stays_in_place_and_saves_refuse_to_overwrite_it() {
    let mut kv = with(&[(DRAFT_KEY, "{damaged")]);
    kv.full = true;
    let mut store = PledgeStore::default();
    assert_eq!(store.load(&mut kv).map(|l| l.draft), Ok(None));
    assert_eq!(store.save(&mut kv, &draft("Typing")), Err(SaveError::Occupied));
    assert_eq!(kv.items.get(DRAFT_KEY).map(String::as_str), Some("{damaged"));
    // Room again: it is kept aside first, then the new draft is written.
    kv.full = false;
    assert_eq!(store.save(&mut kv, &draft("Typing")), Ok(()));
    assert_eq!(store::kept::<PledgeDraft>(&kv)[0].text, "{damaged");
}

#[test]
fn several_unreadable_drafts_each_get_their_own_place() {
    let mut kv = with(&[(DRAFT_KEY, "{one")]);
    let mut store = PledgeStore::default();
    store.load(&mut kv).expect("storage works");
    // Written by another build while this tab was open.
    kv.items.insert(DRAFT_KEY.into(), "{two".into());
    assert_eq!(store.save(&mut kv, &draft("Mine")), Ok(()));
    let texts: Vec<String> = store::kept::<PledgeDraft>(&kv).into_iter().map(|k| k.text).collect();
    assert_eq!(texts, vec!["{one".to_string(), "{two".to_string()]);
}

#[test]
fn an_older_key_is_migrated_and_kept_until_the_copy_is_written() {
    let v1 = r#"{"format":"mmptf-pledge-draft","version":1,"draft":{"entity":"Old city"}}"#;
    let old_key = "mmptf-explorer/pledge-draft/v1";
    // Storage full: the migrated draft is on screen, the original stays.
    let mut kv = with(&[(old_key, v1)]);
    kv.full = true;
    let loaded = PledgeStore::default().load(&mut kv).expect("storage readable");
    assert_eq!(loaded.draft.map(|d| d.entity), Some("Old city".into()));
    assert_eq!(loaded.problem, Some(StorageError::Full));
    assert_eq!(kv.items.get(old_key).map(String::as_str), Some(v1));
    // Room: migrated, then the original goes.
    kv.full = false;
    let loaded = PledgeStore::default().load(&mut kv).expect("storage works");
    assert_eq!(loaded.draft.map(|d| d.entity), Some("Old city".into()));
    assert!(kv.items.contains_key(DRAFT_KEY));
    assert!(!kv.items.contains_key(old_key));
}

#[test]
fn an_unreadable_draft_under_the_oldest_key_is_kept_not_deleted() {
    let old = r#"{"entity":"before versions"}"#;
    let mut kv = with(&[("mmptf-explorer/pledge-draft", old)]);
    assert_eq!(PledgeStore::default().load(&mut kv).map(|l| l.draft), Ok(None));
    let kept = store::kept::<PledgeDraft>(&kv);
    assert_eq!((kept[0].text.as_str(), kept[0].problem), (old, DraftError::OldVersion));
    assert!(!kv.items.contains_key("mmptf-explorer/pledge-draft"));
}

#[test]
fn a_newer_versions_own_key_is_offered_and_left_alone() {
    let mut kv = with(&[("mmptf-explorer/pledge-draft/v3", NEWER)]);
    let mut store = PledgeStore::default();
    assert_eq!(store.load(&mut kv).map(|l| l.draft), Ok(None));
    assert_eq!(store.save(&mut kv, &draft("Here")), Ok(()));
    let kept = store::kept::<PledgeDraft>(&kv);
    assert_eq!((kept[0].key.as_str(), kept[0].problem), ("mmptf-explorer/pledge-draft/v3", DraftError::NewerVersion));
    assert_eq!(kv.items.get("mmptf-explorer/pledge-draft/v3").map(String::as_str), Some(NEWER));
    // Nothing but kept drafts can be removed that way.
    assert_eq!(store::remove_kept::<PledgeDraft>(&mut kv, DRAFT_KEY), Ok(()));
    assert!(kv.items.contains_key(DRAFT_KEY));
}

#[test]
fn two_tabs_never_overwrite_each_other() {
    let mut kv = with(&[(DRAFT_KEY, &draft_to_json(&draft("Start")))]);
    let (mut a, mut b) = (PledgeStore::default(), PledgeStore::default());
    a.load(&mut kv).expect("storage works");
    b.load(&mut kv).expect("storage works");
    assert_eq!(a.save(&mut kv, &draft("Typed in A")), Ok(()));
    // B hears of it, and B's own save does not write over it.
    assert_eq!(b.changed_elsewhere(&mut kv, &draft("Typed in B")), Some(draft("Typed in A")));
    assert_eq!(b.save(&mut kv, &draft("Typed in B")), Err(SaveError::Changed(Box::new(draft("Typed in A")))));
    assert_eq!(kv.items.get(DRAFT_KEY), Some(&draft_to_json(&draft("Typed in A"))));
    // B keeps its own: written on purpose; now A is the one told.
    assert_eq!(b.save_over(&mut kv, &draft("Typed in B")), Ok(()));
    assert_eq!(a.save(&mut kv, &draft("Typed in A again")), Err(SaveError::Changed(Box::new(draft("Typed in B")))));
    // A loads the newer one; its saves go through again.
    assert_eq!(a.adopt(&kv), Some(draft("Typed in B")));
    assert_eq!(a.save(&mut kv, &draft("Typed in B, then A")), Ok(()));
}

#[test]
fn the_same_change_in_two_tabs_is_no_conflict_and_a_removal_elsewhere_is_one() {
    let mut kv = with(&[(DRAFT_KEY, &draft_to_json(&draft("Start")))]);
    let (mut a, mut b) = (PledgeStore::default(), PledgeStore::default());
    a.load(&mut kv).expect("storage works");
    b.load(&mut kv).expect("storage works");
    assert_eq!(a.save(&mut kv, &draft("Same")), Ok(()));
    assert_eq!(b.changed_elsewhere(&mut kv, &draft("Same")), None);
    assert_eq!(b.save(&mut kv, &draft("Same")), Ok(()));
    // A starts again (an empty draft removes the key); B's words are not silently dropped.
    assert_eq!(a.save(&mut kv, &PledgeDraft::default()), Ok(()));
    assert_eq!(b.changed_elsewhere(&mut kv, &draft("Same")), Some(PledgeDraft::default()));
    assert_eq!(b.save(&mut kv, &draft("Same, more")), Err(SaveError::Changed(Box::default())));
}

#[test]
fn storage_errors_are_reported_not_hidden() {
    let mut kv = Memory { full: true, ..Memory::default() };
    let mut store = PledgeStore::default();
    assert_eq!(store.load(&mut kv).map(|l| l.draft), Ok(None));
    assert_eq!(store.save(&mut kv, &draft("x")), Err(SaveError::Storage(StorageError::Full)));
    // A page where nothing was typed leaves storage alone.
    assert_eq!(store.save(&mut kv, &PledgeDraft::default()), Ok(()));
}

#[test]
fn keeping_mine_over_an_unreadable_draft_written_elsewhere_keeps_that_draft_aside() {
    let mut kv = Memory::default();
    let mut store = PledgeStore::default();
    store.load(&mut kv).expect("storage works");
    assert_eq!(store.save(&mut kv, &draft("Mine")), Ok(()));
    // Another build writes something this one cannot read; the user keeps this tab's draft.
    kv.items.insert(DRAFT_KEY.into(), "{from elsewhere".into());
    assert_eq!(store.save_over(&mut kv, &draft("Mine, kept")), Ok(()));
    assert_eq!(store::kept::<PledgeDraft>(&kv)[0].text, "{from elsewhere");
    assert_eq!(kv.items.get(DRAFT_KEY), Some(&draft_to_json(&draft("Mine, kept"))));
}

#[test]
fn the_store_says_when_it_kept_something_aside_and_only_then() {
    let mut kv = with(&[(DRAFT_KEY, "{damaged")]);
    let mut store = PledgeStore::default();
    store.load(&mut kv).expect("storage works");
    assert!(store.take_set_aside());
    assert!(!store.take_set_aside(), "told once");
    assert_eq!(store.save(&mut kv, &draft("Typing")), Ok(()));
    assert!(!store.take_set_aside(), "an ordinary save keeps nothing aside");
    kv.items.insert(DRAFT_KEY.into(), "{written elsewhere".into());
    assert_eq!(store.save(&mut kv, &draft("Typing on")), Ok(()));
    assert!(store.take_set_aside());
}

#[test]
fn a_progress_report_is_kept_under_its_own_key_beside_the_pledge() {
    let pledge_text = draft_to_json(&draft("Pledging city"));
    let mut kv = with(&[(DRAFT_KEY, &pledge_text)]);
    let mut reports: DraftStore<ProgressReport> = DraftStore::default();
    assert_eq!(reports.load(&mut kv).map(|l| l.draft), Ok(None));
    let report = ProgressReport { title: "Skills partnership".into(), ..ProgressReport::default() };
    assert_eq!(reports.save(&mut kv, &report), Ok(()));
    assert_eq!(kv.items.get(REPORT_KEY), Some(&report_draft_json(&report)));
    // The pledge's draft is untouched, and each kind lists only its own kept drafts.
    assert_eq!(kv.items.get(DRAFT_KEY), Some(&pledge_text));
    kv.items.insert(REPORT_KEY.into(), "{damaged report".into());
    assert!(reports.changed_elsewhere(&mut kv, &report).is_none());
    let kept = store::kept::<ProgressReport>(&kv);
    assert_eq!((kept.len(), kept[0].text.as_str()), (1, "{damaged report"));
    assert!(kept[0].key.starts_with("mmptf-explorer/progress-draft/kept/"));
    assert!(store::kept::<PledgeDraft>(&kv).is_empty());
    assert!(store::is_draft_key::<ProgressReport>(REPORT_KEY));
    assert!(!store::is_draft_key::<PledgeDraft>(REPORT_KEY));
    // A newer build's report key is offered, never touched.
    kv.items.insert("mmptf-explorer/progress-draft/v2".into(), "{}".into());
    assert_eq!(store::kept::<ProgressReport>(&kv).last().map(|k| k.problem), Some(DraftError::NewerVersion));
}

#[test]
fn two_tabs_never_overwrite_each_others_report() {
    let first = ProgressReport { title: "Start".into(), ..ProgressReport::default() };
    let mut kv = with(&[(REPORT_KEY, &report_draft_json(&first))]);
    let (mut a, mut b): (DraftStore<ProgressReport>, DraftStore<ProgressReport>) = Default::default();
    assert_eq!(a.load(&mut kv).map(|l| l.draft), Ok(Some(first.clone())));
    b.load(&mut kv).expect("storage works");
    let typed_a = ProgressReport { actions: "Typed in A".into(), ..first.clone() };
    let typed_b = ProgressReport { actions: "Typed in B".into(), ..first };
    assert_eq!(a.save(&mut kv, &typed_a), Ok(()));
    assert_eq!(b.save(&mut kv, &typed_b), Err(SaveError::Changed(Box::new(typed_a.clone()))));
    assert_eq!(kv.items.get(REPORT_KEY), Some(&report_draft_json(&typed_a)));
}
