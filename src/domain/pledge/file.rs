//! Pledge drafts and finished pledges as files (and as what localStorage holds): a
//! versioned envelope, so an old, newer or corrupt file is recognised and explained
//! rather than half-read.

use serde_json::{json, Value};

use crate::domain::pledge::field::Field;
use crate::domain::pledge::{
    self, Choice, EntityType, Nature, Partner, Payment, PledgeDraft, PledgeType, Recipient, YesNo,
};

pub const DRAFT_FORMAT: &str = "mmptf-pledge-draft";
pub const PLEDGE_FORMAT: &str = "mmptf-pledge";
/// Bumped when a draft written by an older build can no longer be read as it is.
/// Version 2 follows the official form (type of pledge, several natures, countries of
/// implementation…); version 1 drafts and pledge files are migrated on reading.
pub const DRAFT_VERSION: u64 = 2;
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

/// A file's JSON document, before its format is looked at: too large, empty (a byte-order
/// mark and spaces aside) and not JSON are told apart. Every versioned file of this site is
/// read through this.
pub(crate) fn read_document(text: &str) -> Result<Value, DraftError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(DraftError::TooLarge);
    }
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Err(DraftError::Empty);
    }
    serde_json::from_str(text).map_err(|_| DraftError::NotJson)
}

/// Reads a saved draft, or a finished pledge file (which can be opened again to change it).
pub fn parse_draft_file(text: &str) -> Result<PledgeDraft, DraftError> {
    let doc = read_document(text)?;
    let format = doc.get("format").and_then(Value::as_str);
    let (version, body) = match format {
        Some(DRAFT_FORMAT) => (doc.get("version").and_then(Value::as_u64), doc.get("draft")),
        Some(PLEDGE_FORMAT) => (doc.get("schema_version").and_then(Value::as_u64), doc.get("pledge")),
        _ => return Err(DraftError::NotADraft),
    };
    let body = body.ok_or(DraftError::Invalid);
    let mut draft = match version {
        Some(DRAFT_VERSION) => PledgeDraft::from_json(body?).ok_or(DraftError::Invalid)?,
        Some(1) => from_v1(body?).ok_or(DraftError::Invalid)?,
        Some(v) if v > DRAFT_VERSION => return Err(DraftError::NewerVersion),
        _ => return Err(DraftError::OldVersion),
    };
    // A pledge file carries the official ID beside the pledge.
    if let Some(id) = doc.get("official_id").and_then(Value::as_str) {
        if draft.official_id.is_empty() {
            draft.official_id = id.to_string();
        }
    }
    Ok(draft)
}

/// Reads a version 1 draft (or pledge) body: every answer is carried over. A joint pledge
/// keeps its co-pledgers as partners and leaves the type of pledge to be chosen (Common or
/// In partnership cannot be told from "joint"); the free-text "Country or region" is kept
/// as typed, and the country of implementation is left to be chosen.
pub fn from_v1(value: &Value) -> Option<PledgeDraft> {
    let obj = value.as_object()?;
    let text = |key: &str| -> Option<String> {
        match obj.get(key) {
            None | Some(Value::Null) => Some(String::new()),
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => None,
        }
    };
    let mut d = PledgeDraft::default();
    for (key, target) in [
        ("entity", &mut d.entity),
        ("entity_type_other", &mut d.entity_type_other),
        ("contact_name", &mut d.contact_name),
        ("contact_email", &mut d.contact_email),
        ("contact_phone", &mut d.contact_phone),
        ("matched_title", &mut d.matched_title),
        ("matched_id", &mut d.matched_id),
        ("amount", &mut d.amount),
        ("recipient_other", &mut d.recipient_other),
        ("staff", &mut d.staff),
        ("expertise", &mut d.expertise),
        ("staff_location", &mut d.staff_location),
        ("process", &mut d.process),
        ("participants", &mut d.participants),
        ("policy", &mut d.policy),
        ("instrument", &mut d.instrument),
        ("title", &mut d.title),
        ("description", &mut d.description),
        ("start", &mut d.start),
        ("end", &mut d.end),
        ("measurement", &mut d.measurement),
        ("country", &mut d.legacy_country),
    ] {
        *target = text(key)?;
    }
    if obj.contains_key("currency") {
        d.currency = text("currency")?;
    }
    d.entity_type = EntityType::parse(&text("entity_type")?);
    d.matching = YesNo::parse(&text("matching")?);
    d.recipient = Recipient::parse(&text("recipient")?);
    d.payment = Payment::parse(&text("payment")?);
    d.pledge_type = match text("joint")?.as_str() {
        "no" => Some(PledgeType::Individual),
        _ => None,
    };
    d.partners = pledge::text_list(obj.get("co_pledgers"))?
        .into_iter()
        .map(|name| Partner { name, ..Partner::default() })
        .collect();
    d.natures = match text("kind")?.as_str() {
        "financial" => vec![Nature::Financial],
        "human-resources" => vec![Nature::Material],
        "process" => vec![Nature::Process],
        "policy" => vec![Nature::Policy],
        _ => Vec::new(),
    };
    d.schedule = pledge::read_schedule(obj.get("schedule"))?;
    d.objectives = pledge::read_objectives(obj.get("objectives"))?;
    d.principles = pledge::read_principles(obj.get("principles"))?;
    Some(d)
}

/// The pledge as it is handed over: surrounding spaces trimmed, and the answers to
/// questions that do not apply left out (they were kept in the draft until now).
pub fn finalised(d: &PledgeDraft) -> PledgeDraft {
    let mut p = d.clone();
    let clear_text = |p: &mut PledgeDraft, field: Field| {
        let slot: Option<&mut String> = match field {
            Field::EntityTypeOther => Some(&mut p.entity_type_other),
            Field::MatchedTitle => Some(&mut p.matched_title),
            Field::MatchedId => Some(&mut p.matched_id),
            Field::Amount => Some(&mut p.amount),
            Field::Currency => Some(&mut p.currency),
            Field::RecipientOther => Some(&mut p.recipient_other),
            Field::Staff => Some(&mut p.staff),
            Field::Expertise => Some(&mut p.expertise),
            Field::StaffLocation => Some(&mut p.staff_location),
            Field::Process => Some(&mut p.process),
            Field::Participants => Some(&mut p.participants),
            Field::Policy => Some(&mut p.policy),
            Field::Instrument => Some(&mut p.instrument),
            _ => None,
        };
        if let Some(s) = slot {
            s.clear();
        }
    };
    for field in Field::REVIEW.iter().copied().chain([Field::Currency]) {
        if !field.applies(d) {
            clear_text(&mut p, field);
            match field {
                Field::Recipient => p.recipient = None,
                Field::Payment => p.payment = None,
                Field::Schedule => p.schedule.clear(),
                Field::Partners => p.partners.clear(),
                _ => {}
            }
        }
    }
    p.partners.retain(|x| !x.is_blank());
    p.other_countries.retain(|c| !c.trim().is_empty());
    p.schedule.retain(|r| !(r.year.trim().is_empty() && r.amount.trim().is_empty()));
    p.objectives = p.objective_list().iter().map(|o| o.number()).collect();
    p.principles = p.principle_list();
    for field in [
        &mut p.entity,
        &mut p.entity_type_other,
        &mut p.contact_name,
        &mut p.contact_position,
        &mut p.contact_email,
        &mut p.contact_phone,
        &mut p.secondary_name,
        &mut p.secondary_email,
        &mut p.legacy_country,
        &mut p.title,
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
        &mut p.start,
        &mut p.end,
        &mut p.measurement,
        &mut p.description,
        &mut p.document_url,
        &mut p.official_id,
    ] {
        *field = field.trim().to_string();
    }
    // Dates typed in boxes ("5", "3", "2026") go out as ISO 8601, as earlier files had them.
    for date in [&mut p.start, &mut p.end] {
        if let Some(real) = crate::domain::date::parse_stored(date) {
            *date = real.to_string();
        }
    }
    for partner in &mut p.partners {
        partner.name = partner.name.trim().to_string();
        partner.email = partner.email.trim().to_string();
    }
    p
}

/// A reference derived from the pledge's content (FNV-1a, 64 bits): the same pledge always
/// gets the same reference, and any change to it gives another.
/// The official ID is not part of it: recording that ID does not change the reference.
pub fn reference(d: &PledgeDraft) -> String {
    reference_of(&finalised(d))
}

fn reference_of(finalised: &PledgeDraft) -> String {
    let mut content = finalised.clone();
    content.official_id.clear();
    content_reference("IMRF", &content.to_json().to_string())
}

/// `PREFIX-XXXX-XXXX-XXXX` from a text's FNV-1a hash (64 bits, the first 48 shown): short
/// enough to read out over the phone, and the same text always gives the same reference.
pub(crate) fn content_reference(prefix: &str, canonical: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in canonical.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    let hex = format!("{hash:016X}");
    format!("{prefix}-{}-{}-{}", &hex[0..4], &hex[4..8], &hex[8..12])
}

/// The finished pledge file: format, schema version, reference, and the pledge.
pub fn export_pledge(d: &PledgeDraft) -> String {
    let pledge = finalised(d);
    let doc = json!({
        "format": PLEDGE_FORMAT,
        "schema_version": DRAFT_VERSION,
        "reference": reference_of(&pledge),
        "official_id": pledge.official_id,
        "pledge": pledge.to_json(),
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}
