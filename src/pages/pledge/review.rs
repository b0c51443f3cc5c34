//! Check your answers: every answer, each with a Change link that comes back here.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::pledge::{Kind, PledgeDraft};
use crate::domain::pledge_rules::Step;
use crate::i18n::{Arg, Locale, Messages};
use crate::locale::use_i18n;

use super::messages::field_label;
use super::state::use_wizard;

fn choice_label(m: &Messages, field: &str, value: &str) -> String {
    let text = match (field, value) {
        ("entity-type", "member-state") => m.entity_member_state,
        ("entity-type", "un-entity") => m.entity_un_entity,
        ("entity-type", "civil-society") => m.entity_civil_society,
        ("entity-type", "migrant-diaspora") => m.entity_migrant_diaspora,
        ("entity-type", "private-sector") => m.entity_private_sector,
        ("entity-type", "trade-union") => m.entity_trade_union,
        ("entity-type", "local-authority") => m.entity_local_authority,
        ("entity-type", "academia") => m.entity_academia,
        ("entity-type", "nhri") => m.entity_nhri,
        ("entity-type", "other") => m.entity_other,
        ("kind", "financial") => m.kind_financial,
        ("kind", "human-resources") => m.kind_human_resources,
        ("kind", "process") => m.kind_process,
        ("kind", "policy") => m.kind_policy,
        ("recipient", "mmptf") => m.details_recipient_mmptf,
        ("recipient", "other") => m.details_recipient_other,
        ("payment", "one-off") => m.details_payment_one_off,
        ("payment", "schedule") => m.details_payment_schedule,
        (_, "yes") => m.yes,
        (_, "no") => m.no,
        _ => return value.to_string(),
    };
    text.to_string()
}

/// The rows of the review: (field id, step that asks it, answer as text).
pub fn rows(locale: Locale, d: &PledgeDraft) -> Vec<(String, Step, String)> {
    let m = locale.messages();
    let mut rows: Vec<(String, Step, String)> = Vec::new();
    let mut add = |id: &str, step: Step, value: String| rows.push((id.to_string(), step, value));
    add("entity", Step::About, d.entity.clone());
    add("entity-type", Step::About, choice_label(m, "entity-type", &d.entity_type));
    if d.entity_type == "other" {
        add("entity-type-other", Step::About, d.entity_type_other.clone());
    }
    add("country", Step::About, d.country.clone());
    add("contact-name", Step::About, d.contact_name.clone());
    add("contact-email", Step::About, d.contact_email.clone());
    add("contact-phone", Step::About, d.contact_phone.clone());
    add("joint", Step::Partners, choice_label(m, "joint", &d.joint));
    if d.joint == "yes" {
        let names: Vec<&str> = d.co_pledgers.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
        add("co-pledger-0", Step::Partners, names.join(", "));
    }
    add("matching", Step::Partners, choice_label(m, "matching", &d.matching));
    if d.matching == "yes" {
        add("matched-title", Step::Partners, d.matched_title.clone());
        add("matched-id", Step::Partners, d.matched_id.clone());
    }
    add("kind", Step::Kind, choice_label(m, "kind", &d.kind));
    match d.kind() {
        Some(Kind::Financial) => {
            add("amount", Step::Details, format!("{} {}", d.currency.trim(), d.amount.trim()));
            add("recipient", Step::Details, choice_label(m, "recipient", &d.recipient));
            if d.recipient == "other" {
                add("recipient-other", Step::Details, d.recipient_other.clone());
            }
            add("payment", Step::Details, choice_label(m, "payment", &d.payment));
            if d.payment == "schedule" {
                let years: Vec<String> = d.schedule.iter().map(|r| format!("{}: {} {}", r.year.trim(), d.currency.trim(), r.amount.trim())).collect();
                add("schedule-year-0", Step::Details, years.join("; "));
            }
        }
        Some(Kind::HumanResources) => {
            add("staff", Step::Details, d.staff.clone());
            add("expertise", Step::Details, d.expertise.clone());
            add("staff-location", Step::Details, d.staff_location.clone());
        }
        Some(Kind::Process) => {
            add("process", Step::Details, d.process.clone());
            add("participants", Step::Details, d.participants.clone());
        }
        Some(Kind::Policy) => {
            add("policy", Step::Details, d.policy.clone());
            add("instrument", Step::Details, d.instrument.clone());
        }
        None => {}
    }
    let objectives: Vec<String> = d.objective_list().into_iter().map(|o| format!("{}. {}", o.number(), m.objective(o))).collect();
    add("objective-1", Step::Alignment, objectives.join("\n"));
    let principles: Vec<&str> = d.principle_list().into_iter().map(|p| m.principle(p)).collect();
    add("principle-people-centred", Step::Alignment, principles.join(", "));
    add("title", Step::Pledge, d.title.clone());
    add("description", Step::Pledge, d.description.clone());
    add("start", Step::Pledge, d.start.clone());
    add("end", Step::Pledge, d.end.clone());
    add("measurement", Step::Pledge, d.measurement.clone());
    rows
}

/// The answers as a summary list; with `changeable`, each row has a Change link.
#[component]
pub fn Answers(changeable: bool) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    move || {
        let locale = i18n.locale();
        let items = w
            .draft
            .with(|d| rows(locale, d))
            .into_iter()
            .map(|(id, step, value)| {
                let label = field_label(locale, &id);
                let hidden_label = i18n.fill(|m| m.review_change_label, &[("field", Arg::Text(&label))]);
                let empty = value.trim().is_empty();
                let href = crate::data::app_path(&format!("{}?return=check", step.path()));
                view! {
                    <div class="summary-row">
                        <dt>{label}</dt>
                        <dd class=if empty { "unpublished" } else { "answer" }>
                            {if empty { i18n.m().review_not_answered.to_string() } else { value }}
                        </dd>
                        {changeable.then(|| view! {
                            <dd class="change no-print">
                                <A href=href attr:aria-label=hidden_label>{i18n.t(|m| m.review_change)}</A>
                            </dd>
                        })}
                    </div>
                }
            })
            .collect_view();
        view! { <dl class="summary-list">{items}</dl> }
    }
}

#[component]
pub fn Review() -> impl IntoView {
    view! {
        <Answers changeable=true/>
        <super::steps::FundEffect/>
    }
}
