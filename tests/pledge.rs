//! Pledge rules and the draft format, natively.

use mmptf_explorer::domain::pledge::{PledgeDraft, ScheduleRow};
use mmptf_explorer::domain::pledge_file::{draft_to_json, export_pledge, finalised, parse_draft_file, reference, DraftError};
use mmptf_explorer::domain::pledge_rules::{email_ok, phone_ok, validate, FieldError, Problem, Step};
use mmptf_explorer::domain::money::MoneyError;
use proptest::prelude::*;

fn complete(kind: &str) -> PledgeDraft {
    let mut d = PledgeDraft {
        entity: "Republic of Example".into(),
        entity_type: "member-state".into(),
        country: "Example".into(),
        contact_name: "A. Person".into(),
        contact_email: "a.person@example.org".into(),
        joint: "no".into(),
        matching: "no".into(),
        kind: kind.into(),
        objectives: vec![6, 21],
        principles: vec!["human-rights".into(), "whole-of-society".into()],
        title: "Fair recruitment for all".into(),
        description: "x".repeat(300),
        start: "2022-05-17".into(),
        end: "2024-12-31".into(),
        measurement: "Yearly report on recruitment fees paid by workers.".into(),
        ..PledgeDraft::default()
    };
    match kind {
        "financial" => {
            d.amount = "2,000,000".into();
            d.recipient = "mmptf".into();
            d.payment = "one-off".into();
        }
        "human-resources" => {
            d.staff = "24".into();
            d.expertise = "Labour migration statistics".into();
            d.staff_location = "Geneva".into();
        }
        "process" => {
            d.process = "Whole-of-society national consultations".into();
            d.participants = "Ministries, local authorities, migrant associations".into();
        }
        _ => {
            d.policy = "National policy on fair recruitment".into();
            d.instrument = "Decree".into();
        }
    }
    d
}

fn problems(step: Step, d: &PledgeDraft) -> Vec<(String, Problem)> {
    validate(step, d).into_iter().map(|FieldError { field, problem }| (field, problem)).collect()
}

#[test]
fn a_complete_pledge_of_each_kind_passes_every_step() {
    for kind in ["financial", "human-resources", "process", "policy"] {
        let d = complete(kind);
        assert_eq!(problems(Step::Review, &d), vec![], "{kind}");
    }
}

#[test]
fn an_empty_draft_fails_each_step_with_each_required_field() {
    let d = PledgeDraft::default();
    let about: Vec<_> = problems(Step::About, &d).into_iter().map(|(f, _)| f).collect();
    assert_eq!(about, vec!["entity", "entity-type", "country", "contact-name", "contact-email"]);
    assert_eq!(problems(Step::Partners, &d), vec![("joint".into(), Problem::ChooseOne), ("matching".into(), Problem::ChooseOne)]);
    assert_eq!(problems(Step::Kind, &d), vec![("kind".into(), Problem::ChooseOne)]);
    assert_eq!(problems(Step::Alignment, &d).len(), 2);
    let pledge: Vec<_> = problems(Step::Pledge, &d).into_iter().map(|(f, _)| f).collect();
    assert_eq!(pledge, vec!["title", "description", "start", "end", "measurement"]);
}

#[test]
fn description_is_300_to_3000_characters() {
    let mut d = complete("policy");
    d.description = "é".repeat(299);
    assert_eq!(problems(Step::Pledge, &d), vec![("description".into(), Problem::TooShort(300))]);
    d.description = "é".repeat(300);
    assert_eq!(problems(Step::Pledge, &d), vec![]);
    d.description = "a".repeat(3000);
    assert_eq!(problems(Step::Pledge, &d), vec![]);
    d.description = "a".repeat(3001);
    assert_eq!(problems(Step::Pledge, &d), vec![("description".into(), Problem::TooLong(3000))]);
    d.description = " ".repeat(400);
    assert_eq!(problems(Step::Pledge, &d), vec![("description".into(), Problem::Required)]);
}

#[test]
fn title_at_most_150_characters() {
    let mut d = complete("policy");
    d.title = "t".repeat(150);
    assert!(problems(Step::Pledge, &d).is_empty());
    d.title = "t".repeat(151);
    assert_eq!(problems(Step::Pledge, &d), vec![("title".into(), Problem::TooLong(150))]);
}

#[test]
fn dates_must_be_real_and_in_order() {
    let mut d = complete("policy");
    d.end = "2022-05-16".into();
    assert_eq!(problems(Step::Pledge, &d), vec![("end".into(), Problem::EndBeforeStart)]);
    d.end = d.start.clone();
    assert!(problems(Step::Pledge, &d).is_empty(), "the same day is allowed");
    d.start = "2022-02-30".into();
    assert_eq!(problems(Step::Pledge, &d), vec![("start".into(), Problem::DateInvalid)]);
}

#[test]
fn e_mail_and_phone() {
    for ok in ["a@b.org", "first.last+tag@un.example.int", "x@sub.domain.co"] {
        assert!(email_ok(ok), "{ok}");
    }
    for bad in ["", "a", "a@", "@b.org", "a@b", "a b@c.org", "a@b..org", "a@@b.org", "a@-b.org", "<a@b.org>", "a@b.org,c@d.org", "\u{202e}a@b.org", "a\u{200b}@b.org"] {
        assert!(!email_ok(bad), "{bad}");
    }
    assert!(phone_ok("+41 22 917 1234"));
    assert!(phone_ok("(022) 917-1234"));
    assert!(!phone_ok("12345"));
    assert!(!phone_ok("call me"));
    assert!(!phone_ok("41+22"));
    let mut d = complete("policy");
    d.contact_email = "not-an-email".into();
    d.contact_phone = "abc".into();
    assert_eq!(
        problems(Step::About, &d),
        vec![("contact-email".into(), Problem::EmailInvalid), ("contact-phone".into(), Problem::PhoneInvalid)]
    );
}

#[test]
fn financial_amounts_and_schedules() {
    let mut d = complete("financial");
    for (amount, problem) in [
        ("-5", Problem::Amount(MoneyError::Negative)),
        ("0", Problem::AmountZero),
        ("abc", Problem::Amount(MoneyError::NotANumber)),
        ("1e309", Problem::Amount(MoneyError::NotANumber)),
        ("NaN", Problem::Amount(MoneyError::NotANumber)),
        ("99999999999999999999", Problem::Amount(MoneyError::TooLarge)),
        ("1.234", Problem::Amount(MoneyError::TooPrecise)),
        ("", Problem::Required),
    ] {
        d.amount = amount.into();
        assert_eq!(problems(Step::Details, &d), vec![("amount".into(), problem)], "{amount}");
    }
    d.amount = "3000000".into();
    d.currency = "usd".into();
    assert_eq!(problems(Step::Details, &d), vec![("currency".into(), Problem::CurrencyInvalid)]);
    d.currency = "EUR".into();
    d.payment = "schedule".into();
    d.schedule = vec![ScheduleRow { year: "2022".into(), amount: "1000000".into() }, ScheduleRow { year: "2023".into(), amount: "1,000,000".into() }];
    assert_eq!(problems(Step::Details, &d), vec![("schedule-amount-0".into(), Problem::ScheduleTotal)]);
    d.schedule.push(ScheduleRow { year: "20x4".into(), amount: "1000000".into() });
    assert_eq!(problems(Step::Details, &d), vec![("schedule-year-2".into(), Problem::YearInvalid)]);
    d.schedule[2].year = "2024".into();
    assert_eq!(problems(Step::Details, &d), vec![]);
    d.recipient = "other".into();
    assert_eq!(problems(Step::Details, &d), vec![("recipient-other".into(), Problem::Required)]);
}

#[test]
fn partners_need_names_when_joint_or_matching() {
    let mut d = complete("policy");
    d.joint = "yes".into();
    d.co_pledgers = vec!["  ".into()];
    d.matching = "yes".into();
    assert_eq!(
        problems(Step::Partners, &d),
        vec![
            ("co-pledger-0".into(), Problem::NeedCoPledger),
            ("matched-title".into(), Problem::Required),
            ("matched-id".into(), Problem::Required)
        ]
    );
}

#[test]
fn other_kinds_details_are_kept_in_the_draft_and_dropped_at_export() {
    let mut d = complete("financial");
    d.policy = "typed before switching".into();
    d.kind = "policy".into();
    d.instrument = "Law".into();
    assert_eq!(d.amount, "2,000,000", "switching kind keeps what was typed");
    let p = finalised(&d);
    assert!(p.amount.is_empty() && p.recipient.is_empty());
    assert_eq!(p.policy, "typed before switching");
    let exported: serde_json::Value = serde_json::from_str(&export_pledge(&d)).unwrap();
    assert_eq!(exported["format"], "mmptf-pledge");
    assert_eq!(exported["schema_version"], 1);
    assert_eq!(exported["pledge"]["kind"], "policy");
    assert_eq!(exported["pledge"]["amount"], "");
}

#[test]
fn drafts_and_exports_round_trip() {
    let d = complete("human-resources");
    assert_eq!(parse_draft_file(&draft_to_json(&d)), Ok(d.clone()));
    assert_eq!(parse_draft_file(&export_pledge(&d)), Ok(finalised(&d)));
    assert_eq!(reference(&d), reference(&finalised(&d)));
    let mut changed = d.clone();
    changed.title.push('!');
    assert_ne!(reference(&d), reference(&changed));
    assert!(reference(&d).starts_with("IMRF-"));
}

#[test]
fn corrupt_old_and_foreign_drafts_are_recognised() {
    assert_eq!(parse_draft_file(""), Err(DraftError::Empty));
    assert_eq!(parse_draft_file("{\"format\":\"mmptf-pledge-draft\",\"version\":1,\"draft\":{"), Err(DraftError::NotJson));
    assert_eq!(parse_draft_file("[1,2]"), Err(DraftError::NotADraft));
    assert_eq!(parse_draft_file("{\"fund\":{}}"), Err(DraftError::NotADraft));
    assert_eq!(parse_draft_file("{\"format\":\"mmptf-pledge-draft\",\"version\":0,\"draft\":{}}"), Err(DraftError::OldVersion));
    assert_eq!(parse_draft_file("{\"format\":\"mmptf-pledge-draft\",\"draft\":{}}"), Err(DraftError::OldVersion));
    assert_eq!(parse_draft_file("{\"format\":\"mmptf-pledge-draft\",\"version\":9,\"draft\":{}}"), Err(DraftError::NewerVersion));
    assert_eq!(parse_draft_file("{\"format\":\"mmptf-pledge-draft\",\"version\":1,\"draft\":{\"title\":5}}"), Err(DraftError::Invalid));
    assert_eq!(parse_draft_file("{\"format\":\"mmptf-pledge-draft\",\"version\":1}"), Err(DraftError::Invalid));
    // Missing fields take their defaults; unknown ones are ignored.
    let partial = parse_draft_file("{\"format\":\"mmptf-pledge-draft\",\"version\":1,\"draft\":{\"title\":\"T\",\"extra\":1}}").unwrap();
    assert_eq!(partial.title, "T");
    assert_eq!(partial.currency, "USD");
    assert_eq!(parse_draft_file(&" ".repeat(6 * 1024 * 1024)), Err(DraftError::TooLarge));
}

#[test]
fn steps_walk_in_order() {
    assert_eq!(Step::Start.next(), Step::About);
    assert_eq!(Step::Pledge.next(), Step::Review);
    assert_eq!(Step::About.previous(), Some(Step::Start));
    assert_eq!(Step::Start.previous(), None);
    for s in Step::ALL {
        assert_eq!(Step::parse(s.slug()), Some(s));
    }
    assert_eq!(Step::Review.path(), "/pledge/check");
}

fn any_draft() -> impl Strategy<Value = PledgeDraft> {
    let text = || ".{0,60}";
    (
        (text(), text(), text(), text(), text(), text(), text()),
        (text(), proptest::collection::vec(text(), 0..4), text(), text(), text()),
        (text(), text(), text(), text(), text(), proptest::collection::vec((text(), text()), 0..4)),
        (proptest::collection::vec(any::<u8>(), 0..6), proptest::collection::vec(text(), 0..4)),
        ("(.{0,20}|.{290,310}|.{2990,3010})", text(), "[0-9-]{0,12}", "[0-9-]{0,12}", text()),
    )
        .prop_map(|(a, b, c, (objectives, principles), e)| PledgeDraft {
            entity: a.0,
            entity_type: a.1,
            entity_type_other: a.2,
            country: a.3,
            contact_name: a.4,
            contact_email: a.5,
            contact_phone: a.6,
            joint: b.0,
            co_pledgers: b.1,
            matching: b.2,
            matched_title: b.3,
            matched_id: b.4,
            kind: c.0,
            amount: c.1,
            currency: c.2,
            recipient: c.3,
            payment: c.4,
            schedule: c.5.into_iter().map(|(year, amount)| ScheduleRow { year, amount }).collect(),
            objectives,
            principles,
            description: e.0,
            title: e.1,
            start: e.2,
            end: e.3,
            measurement: e.4,
            ..PledgeDraft::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn validators_never_panic(d in any_draft()) {
        for step in Step::ALL {
            let _ = validate(step, &d);
        }
        let _ = reference(&d);
        prop_assert_eq!(parse_draft_file(&draft_to_json(&d)), Ok(d.clone()));
    }

    #[test]
    fn draft_parsing_never_panics(text in ".{0,2000}") {
        let _ = parse_draft_file(&text);
    }

    #[test]
    fn amounts_never_panic(text in "[-+0-9., e_NaIf∞]{0,40}") {
        let _ = mmptf_explorer::domain::money::Money::parse_decimal(&text, mmptf_explorer::domain::money::Currency::USD);
    }
}
