//! Every rule a progress report must meet, step by step, as plain functions returning
//! typed errors (the problems are the pledge's, so their words are shared). Validators
//! never panic, whatever they are given.

use crate::domain::date::{parse_stored, Date};
use crate::domain::money::{Currency, Money};
use crate::domain::pledge::rules::{date_field, Check, FieldError, Problem, LONG_TEXT_MAX, TEXT_MAX, TITLE_MAX};
use crate::domain::progress::Progress;
use crate::domain::safe_url::SafeUrl;

use super::field::ReportField;
use super::step::ReportStep;
use super::ProgressReport;

pub type ReportError = FieldError<ReportField>;

pub const MAX_INDICATORS: usize = 20;
pub const MAX_EVIDENCE: usize = 20;
/// The longest official ID we accept (the Hub's format was not found; IDs seen are short).
pub const ID_MAX: usize = 100;

pub fn currency_of(r: &ProgressReport) -> Option<Currency> {
    Currency::parse(r.currency.trim())
}

/// An amount where zero is an answer (nothing delivered yet).
fn amount_or_zero(c: &mut Check<ReportField>, field: ReportField, text: &str, currency: Currency) -> Option<Money> {
    if text.trim().is_empty() {
        return None;
    }
    match Money::parse_decimal(text, currency) {
        Ok(m) => Some(m),
        Err(e) => {
            c.add(field, Problem::Amount(e));
            None
        }
    }
}

/// The rules of one step. `today` is the reporter's date: an update cannot be dated later.
pub fn validate(step: ReportStep, r: &ProgressReport, today: Date) -> Vec<ReportError> {
    let mut c = Check::new();
    if !step.applies(r) {
        return c.errors;
    }
    match step {
        ReportStep::Start | ReportStep::Confirmation => {}
        ReportStep::Pledge => {
            c.at_most(ReportField::OfficialId, &r.official_id, ID_MAX);
            c.required(ReportField::Title, &r.title, TITLE_MAX);
            c.required(ReportField::Entity, &r.entity, TEXT_MAX);
            if r.natures.is_empty() {
                c.add(ReportField::Natures, Problem::NeedNature);
            }
            c.required(ReportField::FocalName, &r.focal_name, TEXT_MAX);
            if c.at_most(ReportField::FocalEmail, &r.focal_email, 254) {
                c.email(ReportField::FocalEmail, &r.focal_email, true);
            }
            if r.is_joint() {
                c.at_most(ReportField::OnBehalfOf, &r.on_behalf_of, LONG_TEXT_MAX);
            }
        }
        ReportStep::Stage => {
            c.chosen(ReportField::Stage, r.stage);
            if r.update_date.trim().is_empty() {
                c.add(ReportField::UpdateDate, Problem::Required);
            } else if let Some(date) = date_field(&mut c, ReportField::UpdateDate, &r.update_date) {
                if date > today {
                    c.add(ReportField::UpdateDate, Problem::DateInFuture);
                } else if parse_stored(&r.previous_update).is_some_and(|previous| date <= previous) {
                    c.add(ReportField::UpdateDate, Problem::NotAfterPrevious);
                }
            }
            let start = date_field(&mut c, ReportField::PeriodStart, &r.period_start);
            let end = date_field(&mut c, ReportField::PeriodEnd, &r.period_end);
            if let (Some(s), Some(e)) = (start, end) {
                if e < s {
                    c.add(ReportField::PeriodEnd, Problem::EndBeforeStart);
                }
            }
        }
        ReportStep::Done => {
            c.required(ReportField::Actions, &r.actions, LONG_TEXT_MAX);
            if r.is_financial() {
                let currency = currency_of(r);
                if currency.is_none() {
                    c.add(ReportField::Currency, Problem::CurrencyInvalid);
                }
                let currency = currency.unwrap_or(Currency::USD);
                if let Some(m) = amount_or_zero(&mut c, ReportField::AmountPledged, &r.amount_pledged, currency) {
                    if m.minor() == 0 {
                        c.add(ReportField::AmountPledged, Problem::AmountZero);
                    }
                }
                if r.amount_delivered.trim().is_empty() {
                    c.add(ReportField::AmountDelivered, Problem::Required);
                } else {
                    amount_or_zero(&mut c, ReportField::AmountDelivered, &r.amount_delivered, currency);
                }
            }
            if r.asks_indicators() {
                if r.indicators.len() > MAX_INDICATORS {
                    c.add(ReportField::IndicatorMeasure(0), Problem::TooMany(MAX_INDICATORS));
                }
                for (i, row) in r.indicators.iter().enumerate().take(MAX_INDICATORS) {
                    if row.is_blank() {
                        continue;
                    }
                    c.required(ReportField::IndicatorMeasure(i), &row.measure, TEXT_MAX);
                    c.at_most(ReportField::IndicatorBaseline(i), &row.baseline, 100);
                    c.required(ReportField::IndicatorCurrent(i), &row.current, 100);
                    c.at_most(ReportField::IndicatorUnit(i), &row.unit, 100);
                }
            }
        }
        ReportStep::Next => {
            if r.evidence.len() > MAX_EVIDENCE {
                c.add(ReportField::EvidenceLink(0), Problem::TooMany(MAX_EVIDENCE));
            }
            for (i, link) in r.evidence.iter().enumerate().take(MAX_EVIDENCE) {
                if !link.trim().is_empty() && SafeUrl::parse(link).is_none() {
                    c.add(ReportField::EvidenceLink(i), Problem::UrlInvalid);
                }
            }
            c.at_most(ReportField::Challenges, &r.challenges, LONG_TEXT_MAX);
            c.at_most(ReportField::Support, &r.support, LONG_TEXT_MAX);
            c.at_most(ReportField::NextSteps, &r.next_steps, LONG_TEXT_MAX);
        }
        ReportStep::Review => {
            for s in ReportStep::ALL {
                if s != ReportStep::Review {
                    c.errors.extend(validate(s, r, today));
                }
            }
        }
    }
    c.errors
}

/// Money delivered against money pledged, for a financial pledge whose two amounts read
/// in one currency: shown as the fund's progress is (a share, and what is still to come).
pub fn delivery(r: &ProgressReport) -> Option<Progress> {
    if !r.is_financial() {
        return None;
    }
    let currency = currency_of(r)?;
    let pledged = Money::parse_decimal(&r.amount_pledged, currency).ok()?;
    let delivered = Money::parse_decimal(&r.amount_delivered, currency).ok()?;
    (pledged.minor() > 0).then(|| Progress::new(pledged, delivered))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::MoneyError;
    use crate::domain::pledge::progress::{Indicator, Stage};
    use crate::domain::pledge::Nature;

    fn today() -> Date {
        Date::new(2026, 12, 7).unwrap_or(Date { year: 2026, month: 12, day: 7 })
    }

    fn complete() -> ProgressReport {
        ProgressReport {
            title: "Skills partnership".into(),
            entity: "Ministry of Labour".into(),
            natures: vec![Nature::Financial, Nature::Process],
            focal_name: "Ana Pereira".into(),
            focal_email: "ana@example.org".into(),
            stage: Some(Stage::InProgress),
            update_date: "2026-11-30".into(),
            actions: "Trained 120 officials in three regions, for example in Tanger.".into(),
            amount_pledged: "1000000".into(),
            amount_delivered: "250000".into(),
            indicators: vec![Indicator {
                measure: "Officials trained".into(),
                baseline: "0".into(),
                current: "120".into(),
                unit: "people".into(),
            }],
            ..ProgressReport::default()
        }
    }

    fn problems(step: ReportStep, r: &ProgressReport) -> Vec<(ReportField, Problem)> {
        validate(step, r, today()).into_iter().map(|e| (e.field, e.problem)).collect()
    }

    #[test]
    fn a_complete_report_passes_every_step() {
        assert_eq!(problems(ReportStep::Review, &complete()), vec![]);
    }

    #[test]
    fn the_essentials_of_the_pledge_and_the_reporter_are_required() {
        let r = ProgressReport::default();
        let found = problems(ReportStep::Pledge, &r);
        for expected in [
            (ReportField::Title, Problem::Required),
            (ReportField::Entity, Problem::Required),
            (ReportField::Natures, Problem::NeedNature),
            (ReportField::FocalName, Problem::Required),
            (ReportField::FocalEmail, Problem::Required),
        ] {
            assert!(found.contains(&expected), "{expected:?} in {found:?}");
        }
        // The official ID may not be known yet: it is not required.
        assert!(!found.iter().any(|(f, _)| *f == ReportField::OfficialId));
    }

    #[test]
    fn the_update_date_is_required_real_and_not_in_the_future() {
        let mut r = complete();
        r.update_date = String::new();
        assert_eq!(problems(ReportStep::Stage, &r), vec![(ReportField::UpdateDate, Problem::Required)]);
        r.update_date = "2026-2-30".into();
        assert_eq!(problems(ReportStep::Stage, &r), vec![(ReportField::UpdateDate, Problem::DateInvalid)]);
        r.update_date = "2026-12-8".into();
        assert_eq!(problems(ReportStep::Stage, &r), vec![(ReportField::UpdateDate, Problem::DateInFuture)]);
        r.update_date = "2026-12-7".into();
        assert_eq!(problems(ReportStep::Stage, &r), vec![]);
    }

    #[test]
    fn each_update_has_its_own_later_date() {
        let mut r = complete().next_update();
        r.update_date = "2026-11-30".into();
        assert_eq!(problems(ReportStep::Stage, &r), vec![(ReportField::UpdateDate, Problem::NotAfterPrevious)]);
        r.update_date = "2026-12-01".into();
        assert_eq!(problems(ReportStep::Stage, &r), vec![]);
    }

    #[test]
    fn the_period_ends_after_it_starts() {
        let mut r = complete();
        r.period_start = "2026-06-01".into();
        r.period_end = "2026-01-01".into();
        assert_eq!(problems(ReportStep::Stage, &r), vec![(ReportField::PeriodEnd, Problem::EndBeforeStart)]);
    }

    #[test]
    fn a_stage_must_be_chosen_even_when_nothing_changed() {
        let mut r = complete();
        r.stage = None;
        r.no_change = true;
        assert_eq!(problems(ReportStep::Stage, &r), vec![(ReportField::Stage, Problem::ChooseOne)]);
    }

    #[test]
    fn no_significant_change_asks_nothing_of_what_was_done() {
        let mut r = complete();
        r.actions.clear();
        r.amount_delivered.clear();
        r.evidence = vec!["javascript:alert(1)".into()];
        assert!(!problems(ReportStep::Review, &r).is_empty());
        r.no_change = true;
        assert_eq!(problems(ReportStep::Review, &r), vec![]);
    }

    #[test]
    fn money_delivered_is_required_of_a_financial_pledge_and_may_be_zero() {
        let mut r = complete();
        r.amount_delivered = String::new();
        assert_eq!(problems(ReportStep::Done, &r), vec![(ReportField::AmountDelivered, Problem::Required)]);
        r.amount_delivered = "0".into();
        assert_eq!(problems(ReportStep::Done, &r), vec![]);
        r.amount_delivered = "-5".into();
        assert_eq!(
            problems(ReportStep::Done, &r),
            vec![(ReportField::AmountDelivered, Problem::Amount(MoneyError::Negative))]
        );
        r.natures = vec![Nature::Policy];
        assert_eq!(problems(ReportStep::Done, &r), vec![]);
    }

    #[test]
    fn an_indicator_row_needs_what_is_measured_and_its_current_value() {
        let mut r = complete();
        r.indicators.push(Indicator { baseline: "3".into(), ..Indicator::default() });
        r.indicators.push(Indicator::default());
        assert_eq!(
            problems(ReportStep::Done, &r),
            vec![
                (ReportField::IndicatorMeasure(1), Problem::Required),
                (ReportField::IndicatorCurrent(1), Problem::Required)
            ]
        );
    }

    #[test]
    fn evidence_links_are_http_or_https_only() {
        let mut r = complete();
        r.evidence = vec![
            "https://example.org/report.pdf".into(),
            String::new(),
            "javascript:alert(1)".into(),
            "data:text/html,hi".into(),
            "http://example.org".into(),
        ];
        assert_eq!(
            problems(ReportStep::Next, &r),
            vec![
                (ReportField::EvidenceLink(2), Problem::UrlInvalid),
                (ReportField::EvidenceLink(3), Problem::UrlInvalid)
            ]
        );
    }

    #[test]
    fn delivery_is_a_share_of_the_pledged_amount_in_one_currency() {
        let r = complete();
        assert_eq!(delivery(&r).and_then(|p| p.share()).map(|s| s.0), Some(2500));
        let mut other = r.clone();
        other.currency = "not a currency".into();
        assert_eq!(delivery(&other), None);
        other = r.clone();
        other.natures = vec![Nature::Policy];
        assert_eq!(delivery(&other), None);
    }

    #[test]
    fn long_texts_are_refused_with_their_limit() {
        let mut r = complete();
        r.challenges = "x".repeat(LONG_TEXT_MAX + 1);
        assert_eq!(problems(ReportStep::Next, &r), vec![(ReportField::Challenges, Problem::TooLong(LONG_TEXT_MAX))]);
    }
}
