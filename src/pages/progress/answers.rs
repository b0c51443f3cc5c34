//! Each answer of a progress report as text in the page's language: one function for the
//! review, the copied and the e-mailed text.

use crate::components::form::choices::Labelled;
use crate::domain::date::stored_text as date_text;
use crate::domain::locale::Locale;
use crate::domain::pledge::progress::field::ReportField;
use crate::domain::pledge::progress::ProgressReport;
use crate::i18n::format;
use crate::i18n::Arg;

pub fn answer_text(locale: Locale, r: &ProgressReport, field: ReportField) -> String {
    let m = locale.messages();
    let text = |s: &str| s.trim().to_string();
    let money = |amount: &str| {
        if amount.trim().is_empty() {
            String::new()
        } else {
            format!("{} {}", r.currency.trim(), amount.trim())
        }
    };
    let lines = |items: Vec<String>| items.into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join("\n");
    match field {
        ReportField::OfficialId => text(&r.official_id),
        ReportField::PledgeReference => text(&r.pledge_reference),
        ReportField::Title => text(&r.title),
        ReportField::Entity => text(&r.entity),
        ReportField::PledgeType => r.pledge_type.map(|t| t.words(m)).unwrap_or_default().to_string(),
        ReportField::Natures => lines(r.natures.iter().map(|n| n.words(m).to_string()).collect()),
        ReportField::FocalName => text(&r.focal_name),
        ReportField::FocalEmail => text(&r.focal_email),
        ReportField::OnBehalfOf => text(&r.on_behalf_of),
        ReportField::Stage => r.stage.map(|s| s.words(m)).unwrap_or_default().to_string(),
        ReportField::NoChange => if r.no_change { m.yes() } else { m.no() }.to_string(),
        ReportField::UpdateDate => date_text(&r.update_date),
        ReportField::PeriodStart => date_text(&r.period_start),
        ReportField::PeriodEnd => date_text(&r.period_end),
        ReportField::Actions => text(&r.actions),
        ReportField::Currency => text(&r.currency),
        ReportField::AmountPledged => money(&r.amount_pledged),
        ReportField::AmountDelivered => money(&r.amount_delivered),
        ReportField::Indicators => lines(
            r.indicators
                .iter()
                .filter(|i| !i.is_blank())
                .map(|i| {
                    format::fill(
                        locale,
                        m.progress_indicator_text(),
                        &[
                            ("measure", Arg::Text(i.measure.trim())),
                            ("baseline", Arg::Text(if i.baseline.trim().is_empty() { "–" } else { i.baseline.trim() })),
                            ("current", Arg::Text(i.current.trim())),
                            ("unit", Arg::Text(i.unit.trim())),
                        ],
                    )
                    .trim()
                    .to_string()
                })
                .collect(),
        ),
        ReportField::IndicatorMeasure(i) => r.indicators.get(i).map(|x| text(&x.measure)).unwrap_or_default(),
        ReportField::IndicatorBaseline(i) => r.indicators.get(i).map(|x| text(&x.baseline)).unwrap_or_default(),
        ReportField::IndicatorCurrent(i) => r.indicators.get(i).map(|x| text(&x.current)).unwrap_or_default(),
        ReportField::IndicatorUnit(i) => r.indicators.get(i).map(|x| text(&x.unit)).unwrap_or_default(),
        ReportField::Objectives => {
            lines(r.objective_list().into_iter().map(|o| format!("{}. {}", o.number(), m.objective(o))).collect())
        }
        ReportField::Evidence => lines(r.evidence.iter().map(|l| text(l)).collect()),
        ReportField::EvidenceLink(i) => r.evidence.get(i).map(|l| text(l)).unwrap_or_default(),
        ReportField::Challenges => text(&r.challenges),
        ReportField::Support => text(&r.support),
        ReportField::NextSteps => text(&r.next_steps),
    }
}

/// The whole update as text, in the order a person would paste it: the references, then
/// every answer that applies, each under its question.
pub fn plain_text(locale: Locale, r: &ProgressReport, reference: &str) -> String {
    let m = locale.messages();
    let mut out = format!("{}: {reference}\n\n", m.progress_reference());
    for field in ReportField::review(r) {
        let value = answer_text(locale, r, field);
        if !value.trim().is_empty() {
            out.push_str(&format!("{}: {value}\n", super::messages::field_label(locale, field)));
        }
    }
    out
}
