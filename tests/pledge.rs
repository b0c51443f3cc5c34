//! Pledge rules, the official form's layout and the draft format (with the v1 → v2
//! migration), natively.

use mmptf_explorer::domain::gcm::Principle;
use mmptf_explorer::domain::money::MoneyError;
use mmptf_explorer::domain::pledge::field::{official_sheet, Field, Section};
use mmptf_explorer::domain::pledge::file::{
    draft_to_json, export_pledge, finalised, from_v1, parse_draft_file, reference, DraftError,
};
use mmptf_explorer::domain::pledge::rules::{
    description_line_breaks_risk, description_sent_length, email_ok, objectives_over_advice, phone_ok, validate,
    FieldError, Problem,
};
use mmptf_explorer::domain::pledge::step::Step;
use mmptf_explorer::domain::pledge::{
    Choice, EntityType, Nature, Partner, Payment, PledgeDraft, PledgeType, Recipient, Region, ScheduleRow, YesNo,
};
use proptest::prelude::*;
use serde_json::{json, Value};

/// What the official form requires, and nothing else.
fn minimal() -> PledgeDraft {
    PledgeDraft {
        entity: "Republic of Example".into(),
        entity_type: Some(EntityType::MemberState),
        contact_name: "A. Person".into(),
        contact_position: "Director of Migration".into(),
        contact_email: "a.person@example.org".into(),
        country: "KE".into(),
        title: "Fair recruitment for all".into(),
        pledge_type: Some(PledgeType::Individual),
        matching: Some(YesNo::No),
        natures: vec![Nature::Policy],
        objectives: vec![6],
        description: "x".repeat(300),
        ..PledgeDraft::default()
    }
}

fn complete(nature: Nature) -> PledgeDraft {
    let mut d = PledgeDraft {
        natures: vec![nature],
        objectives: vec![6, 21],
        principles: vec![Principle::HumanRights],
        start: "2022-05-17".into(),
        end: "2024-12-31".into(),
        measurement: "Yearly report on recruitment fees paid by workers.".into(),
        ..minimal()
    };
    match nature {
        Nature::Financial => {
            d.amount = "2,000,000".into();
            d.recipient = Some(Recipient::Mmptf);
            d.payment = Some(Payment::OneOff);
        }
        Nature::Material => {
            d.staff = "24".into();
            d.expertise = "Labour migration statistics".into();
            d.staff_location = "Geneva".into();
        }
        Nature::Process => {
            d.process = "Whole-of-society national consultations".into();
            d.participants = "Ministries, local authorities, migrant associations".into();
        }
        Nature::Policy => {
            d.policy = "National policy on fair recruitment".into();
            d.instrument = "Decree".into();
        }
    }
    d
}

fn problems(step: Step, d: &PledgeDraft) -> Vec<(Field, Problem)> {
    validate(step, d).into_iter().map(|FieldError { field, problem }| (field, problem)).collect()
}

#[test]
fn a_pledge_with_only_what_the_official_form_requires_passes() {
    assert_eq!(problems(Step::Review, &minimal()), vec![]);
    for nature in Nature::ALL {
        assert_eq!(problems(Step::Review, &complete(*nature)), vec![], "{nature:?}");
    }
    let mut all = complete(Nature::Financial);
    all.natures = Nature::ALL.to_vec();
    assert_eq!(problems(Step::Review, &all), vec![]);
}

#[test]
fn an_empty_draft_fails_each_step_with_each_required_question() {
    let d = PledgeDraft::default();
    assert_eq!(
        problems(Step::About, &d),
        vec![
            (Field::Entity, Problem::Required),
            (Field::EntityType, Problem::ChooseOne),
            (Field::ContactName, Problem::Required),
            (Field::ContactPosition, Problem::Required),
            (Field::ContactEmail, Problem::Required),
            (Field::Country, Problem::ChooseOne),
        ]
    );
    assert_eq!(
        problems(Step::Partners, &d),
        vec![
            (Field::Title, Problem::Required),
            (Field::PledgeType, Problem::ChooseOne),
            (Field::Matching, Problem::ChooseOne)
        ]
    );
    assert_eq!(problems(Step::Kind, &d), vec![(Field::Natures, Problem::NeedNature)]);
    assert_eq!(problems(Step::Details, &d), vec![], "details are recommended, never required");
    assert_eq!(
        problems(Step::Alignment, &d),
        vec![(Field::Objectives, Problem::NeedObjective)],
        "principles are optional"
    );
    assert_eq!(problems(Step::YourPledge, &d), vec![(Field::Description, Problem::Required)]);
}

#[test]
fn details_are_recommended_but_checked_when_given() {
    let mut d = minimal();
    d.natures = Nature::ALL.to_vec();
    assert_eq!(problems(Step::Details, &d), vec![], "every nature with no details at all");
    d.amount = "-5".into();
    d.staff = "two".into();
    d.start = "2022-02-30".into();
    d.end = "2021-01-01".into();
    assert_eq!(
        problems(Step::Details, &d),
        vec![
            (Field::Amount, Problem::Amount(MoneyError::Negative)),
            (Field::Staff, Problem::WholeNumberInvalid),
            (Field::Start, Problem::DateInvalid),
        ]
    );
    d.start = "2022-01-01".into();
    assert_eq!(problems(Step::Details, &d).last(), Some(&(Field::End, Problem::EndBeforeStart)));
    // Details of a nature not chosen are kept but not checked.
    let mut d = minimal();
    d.amount = "nonsense".into();
    assert_eq!(problems(Step::Details, &d), vec![]);
}

#[test]
fn dates_typed_in_day_month_and_year_boxes_say_what_is_missing_or_wrong() {
    use mmptf_explorer::domain::date::DatePart;
    let mut d = minimal();
    for (start, problem) in [
        ("2026-3-", Problem::DateMissing(DatePart::Day)),
        ("2026--5", Problem::DateMissing(DatePart::Month)),
        ("-3-5", Problem::DateMissing(DatePart::Year)),
        ("26-3-5", Problem::DateYear),
        ("2026-2-31", Problem::DateInvalid),
        ("2026-13-1", Problem::DateInvalid),
        ("2026-x-1", Problem::DateInvalid),
    ] {
        d.start = start.into();
        assert_eq!(problems(Step::Details, &d), vec![(Field::Start, problem)], "{start}");
    }
    // As typed, without leading zeros: a real date, compared as one, and written out as ISO.
    d.start = "2026-3-5".into();
    d.end = "2026-3-4".into();
    assert_eq!(problems(Step::Details, &d), vec![(Field::End, Problem::EndBeforeStart)]);
    d.end = "2026-12-31".into();
    assert_eq!(problems(Step::Details, &d), vec![]);
    let f = finalised(&d);
    assert_eq!((f.start.as_str(), f.end.as_str()), ("2026-03-05", "2026-12-31"));
    // The reference does not depend on how the same date was typed.
    let mut padded = d.clone();
    padded.start = "2026-03-05".into();
    assert_eq!(reference(&d), reference(&padded));
}

#[test]
fn instalments_when_given_add_up_to_the_amount() {
    let mut d = complete(Nature::Financial);
    d.payment = Some(Payment::Schedule);
    d.schedule = vec![
        ScheduleRow { year: "2022".into(), amount: "1,000,000".into() },
        ScheduleRow { year: "2023".into(), amount: "900,000".into() },
    ];
    assert_eq!(problems(Step::Details, &d), vec![(Field::ScheduleAmount(0), Problem::ScheduleTotal)]);
    d.schedule[1].amount = "1,000,000".into();
    assert_eq!(problems(Step::Details, &d), vec![]);
    d.schedule[1].year = "1999".into();
    assert_eq!(problems(Step::Details, &d), vec![(Field::ScheduleYear(1), Problem::YearInvalid)]);
    // An empty row (just opened) is not an error.
    d.schedule = vec![ScheduleRow::default()];
    assert_eq!(problems(Step::Details, &d), vec![]);
}

#[test]
fn more_than_three_objectives_is_advice_not_an_error() {
    let mut d = minimal();
    d.objectives = vec![1, 2, 3];
    assert!(!objectives_over_advice(&d));
    d.objectives = vec![1, 2, 3, 4, 5, 6, 7, 8];
    assert!(objectives_over_advice(&d));
    assert_eq!(problems(Step::Alignment, &d), vec![]);
}

#[test]
fn contacts_and_countries() {
    let mut d = minimal();
    d.secondary_email = "not an address".into();
    d.contact_phone = "12".into();
    d.country = "Atlantis".into();
    d.other_countries = vec!["FR".into(), "".into(), "XX".into()];
    assert_eq!(
        problems(Step::About, &d),
        vec![
            (Field::ContactPhone, Problem::PhoneInvalid),
            (Field::SecondaryEmail, Problem::EmailInvalid),
            (Field::Country, Problem::ChooseOne),
            (Field::OtherCountry(2), Problem::ChooseOne),
        ]
    );
    d.secondary_email = "b.person@example.org".into();
    d.contact_phone.clear();
    d.country = "global".into();
    d.other_countries.pop();
    assert_eq!(problems(Step::About, &d), vec![]);
    // "Other" is described.
    d.entity_type = Some(EntityType::Other);
    assert_eq!(problems(Step::About, &d), vec![(Field::EntityTypeOther, Problem::Required)]);
}

#[test]
fn common_and_partnership_pledges_list_partners_with_valid_details() {
    for t in [PledgeType::Common, PledgeType::Partnership] {
        let mut d = minimal();
        d.pledge_type = Some(t);
        assert_eq!(problems(Step::Partners, &d), vec![(Field::PartnerName(0), Problem::NeedPartner)]);
        d.partners = vec![
            Partner { name: "City of Example".into(), country: "KE".into(), email: "city@example.org".into() },
            Partner { name: "".into(), country: "ZZ".into(), email: "nope".into() },
            Partner::default(),
        ];
        assert_eq!(
            problems(Step::Partners, &d),
            vec![
                (Field::PartnerName(1), Problem::Required),
                (Field::PartnerCountry(1), Problem::ChooseOne),
                (Field::PartnerEmail(1), Problem::EmailInvalid),
            ]
        );
    }
    // An individual pledge keeps typed partners in the draft but does not check or export them.
    let mut d = minimal();
    d.partners = vec![Partner { name: "Kept".into(), email: "bad".into(), ..Partner::default() }];
    assert_eq!(problems(Step::Partners, &d), vec![]);
    assert_eq!(finalised(&d).partners, vec![]);
    assert_eq!(d.partners.len(), 1);
}

#[test]
fn a_matching_pledge_names_the_matched_pledge_and_its_id() {
    let mut d = minimal();
    d.matching = Some(YesNo::Yes);
    assert_eq!(
        problems(Step::Partners, &d),
        vec![(Field::MatchedTitle, Problem::Required), (Field::MatchedId, Problem::Required)]
    );
}

#[test]
fn the_description_is_300_to_3000_characters_and_line_breaks_may_count_twice() {
    let mut d = minimal();
    d.description = "x".repeat(299);
    assert_eq!(problems(Step::YourPledge, &d), vec![(Field::Description, Problem::TooShort(300))]);
    d.description = "x".repeat(3001);
    assert_eq!(problems(Step::YourPledge, &d), vec![(Field::Description, Problem::TooLong(3000))]);
    let with_breaks = format!("{}\n\n{}", "a".repeat(1000), "b".repeat(1998));
    assert_eq!(with_breaks.chars().count(), 3000);
    assert_eq!(description_sent_length(&with_breaks), 3002);
    assert!(description_line_breaks_risk(&with_breaks));
    assert!(!description_line_breaks_risk(&"x".repeat(3000)));
    assert_eq!(description_sent_length("a\r\nb"), 4, "CR LF already counts two");
    d.description = with_breaks;
    assert_eq!(problems(Step::YourPledge, &d), vec![], "a warning, not an error");
    d.document_url = "javascript:alert(1)".into();
    assert_eq!(problems(Step::YourPledge, &d), vec![(Field::DocumentUrl, Problem::UrlInvalid)]);
    d.document_url = "https://example.org/annex.pdf".into();
    assert_eq!(problems(Step::YourPledge, &d), vec![]);
}

#[test]
fn e_mail_and_phone() {
    assert!(email_ok("a.person@example.org"));
    assert!(!email_ok("a.person@example"));
    assert!(!email_ok("a person@example.org"));
    assert!(!email_ok("a\u{202e}@example.org"));
    assert!(phone_ok("+41 22 917 1234"));
    assert!(!phone_ok("+41 22 x"));
}

#[test]
fn every_field_has_a_distinct_id_and_the_step_that_asks_it() {
    let mut ids: Vec<String> = Field::REVIEW.iter().filter(|f| **f != Field::LegacyCountry).map(|f| f.id()).collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n);
    assert_eq!(Field::PartnerEmail(2).id(), "partner-email-2");
    assert_eq!(Field::Natures.step(), Step::Kind);
    assert_eq!(Field::Title.step(), Step::Partners);
    assert_eq!(Field::Start.step(), Step::Details);
    assert_eq!(Field::DocumentUrl.step(), Step::YourPledge);
}

#[test]
fn the_official_sheet_follows_the_official_sections_in_order() {
    let mut d = complete(Nature::Financial);
    let sections: Vec<Section> = official_sheet(&d).into_iter().map(|(s, _)| s).collect();
    assert_eq!(
        sections,
        vec![Section::I, Section::II, Section::III, Section::IV, Section::V, Section::VI, Section::VII]
    );
    let first = &official_sheet(&d)[0].1;
    assert_eq!(
        first,
        &vec![
            Field::Entity,
            Field::EntityType,
            Field::Champion,
            Field::ContactName,
            Field::ContactPosition,
            Field::Country,
            Field::OtherCountries,
            Field::Region,
            Field::ContactEmail,
            Field::SecondaryName,
            Field::SecondaryEmail,
        ]
    );
    d.pledge_type = Some(PledgeType::Partnership);
    d.partners = vec![
        Partner { name: "A".into(), ..Partner::default() },
        Partner::default(),
        Partner { name: "B".into(), ..Partner::default() },
    ];
    d.matching = Some(YesNo::Yes);
    let sheet = official_sheet(&d);
    let sections: Vec<Section> = sheet.iter().map(|(s, _)| *s).collect();
    assert_eq!(
        sections,
        vec![
            Section::I,
            Section::II,
            Section::IIa,
            Section::IIb,
            Section::III,
            Section::IV,
            Section::V,
            Section::VI,
            Section::VII
        ]
    );
    assert_eq!(
        sheet[2].1,
        vec![
            Field::PartnerName(0),
            Field::PartnerCountry(0),
            Field::PartnerEmail(0),
            Field::PartnerName(2),
            Field::PartnerCountry(2),
            Field::PartnerEmail(2)
        ]
    );
}

#[test]
fn answers_that_do_not_apply_are_kept_in_the_draft_and_left_out_of_the_pledge() {
    let mut d = complete(Nature::Policy);
    d.amount = "5".into();
    d.staff = "3".into();
    d.entity_type_other = "typed before choosing Member State".into();
    let p = finalised(&d);
    assert_eq!((p.amount.as_str(), p.staff.as_str(), p.entity_type_other.as_str()), ("", "", ""));
    assert_eq!(p.policy, "National policy on fair recruitment");
    assert_eq!(d.amount, "5");
    let exported: Value = serde_json::from_str(&export_pledge(&d)).unwrap();
    assert_eq!(exported["format"], "mmptf-pledge");
    assert_eq!(exported["schema_version"], 2);
    assert_eq!(exported["pledge"]["natures"], json!(["policy"]));
    assert_eq!(exported["pledge"]["pledge_type"], "individual");
    assert_eq!(exported["pledge"]["contact_position"], "Director of Migration");
    assert_eq!(exported["pledge"]["amount"], "");
}

#[test]
fn the_official_id_is_saved_in_the_file_and_does_not_change_the_draft_reference() {
    let mut d = minimal();
    let before = reference(&d);
    assert!(before.starts_with("IMRF-"));
    d.official_id = "  PLEDGE-1234 ".into();
    assert_eq!(reference(&d), before);
    let file = export_pledge(&d);
    let doc: Value = serde_json::from_str(&file).unwrap();
    assert_eq!(doc["official_id"], "PLEDGE-1234");
    assert_eq!(doc["reference"], before.as_str());
    assert_eq!(parse_draft_file(&file).map(|d| d.official_id), Ok("PLEDGE-1234".to_string()));
    d.title.push('!');
    assert_ne!(reference(&d), before);
}

#[test]
fn drafts_and_exports_round_trip() {
    let mut d = complete(Nature::Financial);
    d.natures = vec![Nature::Financial, Nature::Process];
    d.champion = Some(YesNo::Yes);
    d.mirror = Some(YesNo::No);
    d.region = Some(Region::Africa);
    d.other_countries = vec!["UG".into(), "".into()];
    d.secondary_name = "B. Person".into();
    d.pledge_type = Some(PledgeType::Common);
    d.partners = vec![Partner { name: "City".into(), country: "KE".into(), email: "c@example.org".into() }];
    d.document_url = "https://example.org/a.pdf".into();
    assert_eq!(parse_draft_file(&draft_to_json(&d)), Ok(d.clone()));
    assert_eq!(parse_draft_file(&export_pledge(&d)), Ok(finalised(&d)));
}

/// A version 1 draft with every field it had, each with a distinct value.
fn v1_body(joint: &str, kind: &str) -> Value {
    json!({
        "entity": "Republic of Example", "entity_type": "other", "entity_type_other": "Regional body",
        "country": "East Africa and the Horn", "contact_name": "A. Person", "contact_email": "a@example.org",
        "contact_phone": "+41 22 917 1234", "joint": joint, "co_pledgers": ["City of Example", "Migrant Network"],
        "matching": "yes", "matched_title": "Matched", "matched_id": "ID-9", "kind": kind,
        "amount": "2,000,000", "currency": "EUR", "recipient": "other", "recipient_other": "A fund",
        "payment": "schedule", "schedule": [{"year": "2022", "amount": "1,000,000"}, {"year": "2023", "amount": "1,000,000"}],
        "staff": "24", "expertise": "Statistics", "staff_location": "Geneva", "process": "Consultations",
        "participants": "Ministries", "policy": "A policy", "instrument": "Decree",
        "objectives": [6, 21], "principles": ["human-rights", "whole-of-society"],
        "title": "A pledge", "description": "D".repeat(310), "start": "2022-05-17", "end": "2024-12-31",
        "measurement": "A yearly report."
    })
}

#[test]
fn a_v1_draft_keeps_every_answer_after_migration() {
    let doc = json!({ "format": "mmptf-pledge-draft", "version": 1, "draft": v1_body("yes", "human-resources") });
    let d = parse_draft_file(&doc.to_string()).expect("a v1 draft is read");
    assert_eq!(d.entity, "Republic of Example");
    assert_eq!(d.entity_type, Some(EntityType::Other));
    assert_eq!(d.entity_type_other, "Regional body");
    assert_eq!(d.legacy_country, "East Africa and the Horn", "the free-text country is kept as typed");
    assert_eq!(d.country, "", "and the country of implementation is asked again");
    assert_eq!(
        (d.contact_name.as_str(), d.contact_email.as_str(), d.contact_phone.as_str()),
        ("A. Person", "a@example.org", "+41 22 917 1234")
    );
    assert_eq!(d.pledge_type, None, "joint: Common or In partnership is asked");
    assert_eq!(
        d.partners.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        vec!["City of Example", "Migrant Network"]
    );
    assert_eq!((d.matching, d.matched_title.as_str(), d.matched_id.as_str()), (Some(YesNo::Yes), "Matched", "ID-9"));
    assert_eq!(d.natures, vec![Nature::Material]);
    assert_eq!(
        (d.amount.as_str(), d.currency.as_str(), d.recipient, d.recipient_other.as_str()),
        ("2,000,000", "EUR", Some(Recipient::Other), "A fund")
    );
    assert_eq!(d.payment, Some(Payment::Schedule));
    assert_eq!(
        d.schedule,
        vec![
            ScheduleRow { year: "2022".into(), amount: "1,000,000".into() },
            ScheduleRow { year: "2023".into(), amount: "1,000,000".into() }
        ]
    );
    assert_eq!((d.staff.as_str(), d.expertise.as_str(), d.staff_location.as_str()), ("24", "Statistics", "Geneva"));
    assert_eq!((d.process.as_str(), d.participants.as_str()), ("Consultations", "Ministries"));
    assert_eq!((d.policy.as_str(), d.instrument.as_str()), ("A policy", "Decree"));
    assert_eq!(d.objectives, vec![6, 21]);
    assert_eq!(d.principles, vec![Principle::HumanRights, Principle::WholeOfSociety]);
    assert_eq!(
        (d.title.as_str(), d.description.len(), d.start.as_str(), d.end.as_str()),
        ("A pledge", 310, "2022-05-17", "2024-12-31")
    );
    assert_eq!(d.measurement, "A yearly report.");
    // The migrated draft asks for what v1 never did, and nothing else.
    assert_eq!(
        problems(Step::Review, &d),
        vec![
            (Field::ContactPosition, Problem::Required),
            (Field::Country, Problem::ChooseOne),
            (Field::PledgeType, Problem::ChooseOne),
        ]
    );
}

#[test]
fn v1_kinds_and_joint_answers_map_to_v2() {
    for (kind, nature) in [
        ("financial", Nature::Financial),
        ("human-resources", Nature::Material),
        ("process", Nature::Process),
        ("policy", Nature::Policy),
    ] {
        assert_eq!(from_v1(&v1_body("no", kind)).map(|d| d.natures), Some(vec![nature]));
    }
    let d = from_v1(&v1_body("no", "policy")).unwrap();
    assert_eq!(d.pledge_type, Some(PledgeType::Individual));
    assert_eq!(d.partners.len(), 2, "kept in the draft as v1 kept them");
    let d = from_v1(&v1_body("", "")).unwrap();
    assert_eq!((d.pledge_type, d.natures.len()), (None, 0));
    assert_eq!(from_v1(&json!({"title": 5})), None, "a wrong type is unreadable, not half-read");
    assert_eq!(from_v1(&json!({})).map(|d| d.currency), Some("USD".to_string()));
}

#[test]
fn a_v1_pledge_file_opens_as_a_v2_draft() {
    let doc = json!({ "format": "mmptf-pledge", "schema_version": 1, "reference": "IMRF-0000-0000-0000", "pledge": v1_body("yes", "financial") });
    let d = parse_draft_file(&doc.to_string()).expect("a v1 pledge file is read");
    assert_eq!(d.natures, vec![Nature::Financial]);
    assert_eq!(d.legacy_country, "East Africa and the Horn");
}

#[test]
fn corrupt_old_newer_and_foreign_drafts_are_recognised() {
    assert_eq!(parse_draft_file(""), Err(DraftError::Empty));
    assert_eq!(
        parse_draft_file("{\"format\":\"mmptf-pledge-draft\",\"version\":2,\"draft\":{"),
        Err(DraftError::NotJson)
    );
    assert_eq!(parse_draft_file("{\"format\":\"other\"}"), Err(DraftError::NotADraft));
    assert_eq!(
        parse_draft_file("{\"format\":\"mmptf-pledge-draft\",\"version\":0,\"draft\":{}}"),
        Err(DraftError::OldVersion)
    );
    assert_eq!(parse_draft_file("{\"format\":\"mmptf-pledge-draft\",\"draft\":{}}"), Err(DraftError::OldVersion));
    assert_eq!(
        parse_draft_file("{\"format\":\"mmptf-pledge-draft\",\"version\":9,\"draft\":{}}"),
        Err(DraftError::NewerVersion)
    );
    assert_eq!(
        parse_draft_file("{\"format\":\"mmptf-pledge-draft\",\"version\":2,\"draft\":{\"title\":5}}"),
        Err(DraftError::Invalid)
    );
    assert_eq!(
        parse_draft_file("{\"format\":\"mmptf-pledge-draft\",\"version\":2,\"draft\":{\"partners\":[{\"name\":1}]}}"),
        Err(DraftError::Invalid)
    );
    assert_eq!(parse_draft_file("{\"format\":\"mmptf-pledge-draft\",\"version\":2}"), Err(DraftError::Invalid));
    // Unknown keys are ignored; an unknown choice is asked again.
    let partial = parse_draft_file("{\"format\":\"mmptf-pledge-draft\",\"version\":2,\"draft\":{\"title\":\"T\",\"pledge_type\":\"solo\",\"extra\":1}}").unwrap();
    assert_eq!((partial.title.as_str(), partial.pledge_type), ("T", None));
}

#[test]
fn steps_walk_in_order() {
    assert_eq!(Step::Start.next(), Step::About);
    assert_eq!(Step::YourPledge.next(), Step::Review);
    assert_eq!(Step::About.previous(), Some(Step::Start));
    assert_eq!(Step::Start.previous(), None);
    for s in Step::ALL {
        assert_eq!(Step::parse(s.slug()), Some(s));
    }
    assert_eq!(Step::Review.path(), "/pledge/check");
}

fn choice<T: Choice + std::fmt::Debug>() -> impl Strategy<Value = Option<T>> {
    (0..=T::ALL.len()).prop_map(|i| T::ALL.get(i).copied())
}

fn any_draft() -> impl Strategy<Value = PledgeDraft> {
    let text = || ".{0,60}";
    (
        (text(), choice::<EntityType>(), text(), text(), text(), "[a-zA-Z@. ]{0,30}", text()),
        (
            text(),
            choice::<PledgeType>(),
            proptest::collection::vec((text(), "[A-Z]{0,2}", text()), 0..4),
            choice::<YesNo>(),
            text(),
        ),
        (
            proptest::collection::vec(0..4usize, 0..5),
            text(),
            text(),
            choice::<Recipient>(),
            choice::<Payment>(),
            proptest::collection::vec((text(), text()), 0..4),
        ),
        (
            proptest::collection::vec(any::<u8>(), 0..6),
            "(global|[A-Z]{2}|.{0,5})",
            proptest::collection::vec("[A-Z]{0,3}", 0..3),
        ),
        ("(.{0,20}|.{290,310}|.{2990,3010})", "[0-9-]{0,12}", "[0-9-]{0,12}", text(), text()),
    )
        .prop_map(|(a, b, c, (objectives, country, other_countries), e)| {
            let mut natures: Vec<Nature> = c.0.into_iter().map(|i| Nature::ALL[i]).collect();
            natures.sort_by_key(|n| Nature::ALL.iter().position(|x| x == n));
            natures.dedup();
            PledgeDraft {
                entity: a.0,
                entity_type: a.1,
                entity_type_other: a.2,
                contact_name: a.3,
                contact_position: a.4,
                contact_email: a.5,
                secondary_email: a.6,
                title: b.0,
                pledge_type: b.1,
                partners: b.2.into_iter().map(|(name, country, email)| Partner { name, country, email }).collect(),
                matching: b.3,
                matched_id: b.4,
                natures,
                amount: c.1,
                currency: c.2,
                recipient: c.3,
                payment: c.4,
                schedule: c.5.into_iter().map(|(year, amount)| ScheduleRow { year, amount }).collect(),
                objectives,
                country,
                other_countries,
                description: e.0,
                start: e.1,
                end: e.2,
                measurement: e.3,
                document_url: e.4,
                ..PledgeDraft::default()
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn validators_never_panic_and_drafts_round_trip(d in any_draft()) {
        for step in Step::ALL {
            let _ = validate(step, &d);
        }
        let _ = reference(&d);
        let _ = official_sheet(&d);
        prop_assert_eq!(parse_draft_file(&draft_to_json(&d)), Ok(d.clone()));
        prop_assert_eq!(parse_draft_file(&export_pledge(&d)), Ok(finalised(&d)));
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
