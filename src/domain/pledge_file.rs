//! Pledge drafts and finished pledges as files (and as what localStorage holds): a
//! versioned envelope, so an old, newer or corrupt file is recognised and explained
//! rather than half-read.

use serde_json::{json, Value};

use super::pledge::{Kind, PledgeDraft};

pub const DRAFT_FORMAT: &str = "mmptf-pledge-draft";
pub const PLEDGE_FORMAT: &str = "mmptf-pledge";
/// Bumped when a draft written by an older build can no longer be read as it is.
pub const DRAFT_VERSION: u64 = 1;
/// Larger than any real pledge (a 3,000-character description is 12 KB at most).
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftError {
    Empty,
    TooLarge,
    NotJson,
    NotADraft,
    OldVersion,
    NewerVersion,
    Invalid,
}

pub fn draft_to_json(draft: &PledgeDraft) -> String {
    let doc = json!({ "format": DRAFT_FORMAT, "version": DRAFT_VERSION, "draft": draft.to_json() });
    serde_json::to_string(&doc).unwrap_or_default()
}

/// Reads a saved draft, or a finished pledge file (which can be opened again to change it).
pub fn parse_draft_file(text: &str) -> Result<PledgeDraft, DraftError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(DraftError::TooLarge);
    }
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Err(DraftError::Empty);
    }
    let doc: Value = serde_json::from_str(text).map_err(|_| DraftError::NotJson)?;
    let format = doc.get("format").and_then(Value::as_str);
    let (version, body) = match format {
        Some(DRAFT_FORMAT) => (doc.get("version").and_then(Value::as_u64), doc.get("draft")),
        Some(PLEDGE_FORMAT) => (doc.get("schema_version").and_then(Value::as_u64), doc.get("pledge")),
        _ => return Err(DraftError::NotADraft),
    };
    match version {
        Some(DRAFT_VERSION) => {}
        Some(v) if v > DRAFT_VERSION => return Err(DraftError::NewerVersion),
        _ => return Err(DraftError::OldVersion),
    }
    let body = body.ok_or(DraftError::Invalid)?;
    PledgeDraft::from_json(body).ok_or(DraftError::Invalid)
}

/// The pledge as it is handed over: surrounding spaces trimmed, and the details of kinds
/// other than the chosen one left out (they were kept in the draft until now).
pub fn finalised(d: &PledgeDraft) -> PledgeDraft {
    let mut p = d.clone();
    let kind = p.kind();
    if kind != Some(Kind::Financial) {
        p.amount.clear();
        p.currency.clear();
        p.recipient.clear();
        p.recipient_other.clear();
        p.payment.clear();
        p.schedule.clear();
    } else {
        if p.recipient != "other" {
            p.recipient_other.clear();
        }
        if p.payment != "schedule" {
            p.schedule.clear();
        }
    }
    if kind != Some(Kind::HumanResources) {
        p.staff.clear();
        p.expertise.clear();
        p.staff_location.clear();
    }
    if kind != Some(Kind::Process) {
        p.process.clear();
        p.participants.clear();
    }
    if kind != Some(Kind::Policy) {
        p.policy.clear();
        p.instrument.clear();
    }
    if p.entity_type != "other" {
        p.entity_type_other.clear();
    }
    if p.joint != "yes" {
        p.co_pledgers.clear();
    }
    p.co_pledgers.retain(|c| !c.trim().is_empty());
    if p.matching != "yes" {
        p.matched_title.clear();
        p.matched_id.clear();
    }
    p.objectives = p.objective_list().iter().map(|o| o.number()).collect();
    let principles: Vec<String> = p.principle_list().into_iter().map(|x| super::pledge::principle_key(x).to_string()).collect();
    p.principles = principles;
    for field in [
        &mut p.entity,
        &mut p.entity_type_other,
        &mut p.country,
        &mut p.contact_name,
        &mut p.contact_email,
        &mut p.contact_phone,
        &mut p.matched_title,
        &mut p.matched_id,
        &mut p.amount,
        &mut p.recipient_other,
        &mut p.staff,
        &mut p.expertise,
        &mut p.staff_location,
        &mut p.process,
        &mut p.participants,
        &mut p.policy,
        &mut p.instrument,
        &mut p.title,
        &mut p.description,
        &mut p.measurement,
    ] {
        *field = field.trim().to_string();
    }
    p
}

/// A reference derived from the pledge's content (FNV-1a, 64 bits): the same pledge always
/// gets the same reference, and any change to it gives another.
pub fn reference(d: &PledgeDraft) -> String {
    let canonical = finalised(d).to_json().to_string();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in canonical.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    let hex = format!("{hash:016X}");
    format!("IMRF-{}-{}-{}", &hex[0..4], &hex[4..8], &hex[8..12])
}

/// The finished pledge file: format, schema version, reference, and the pledge.
pub fn export_pledge(d: &PledgeDraft) -> String {
    let pledge = finalised(d);
    let doc = json!({
        "format": PLEDGE_FORMAT,
        "schema_version": DRAFT_VERSION,
        "reference": reference(d),
        "pledge": pledge.to_json(),
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}
