//! The progress report's words: each question's label and each step's title, from the
//! translation layer. Exhaustive matches, so a new question cannot go unlabelled.

use crate::components::form::Asked;
use crate::domain::locale::Locale;
use crate::domain::pledge::progress::field::ReportField;
use crate::domain::pledge::progress::step::ReportStep;
use crate::domain::pledge::progress::ProgressReport;
use crate::i18n::format;
use crate::i18n::{Arg, Messages};

impl Asked for ReportField {
    type Doc = ProgressReport;
    fn label(self, locale: Locale) -> String {
        field_label(locale, self)
    }
    fn step_path(self) -> String {
        self.step().path()
    }
}

pub fn field_label(locale: Locale, field: ReportField) -> String {
    let m: &Messages = locale.messages();
    let numbered = |template: &str, i: usize| format::fill(locale, template, &[("number", Arg::Count(i as u64 + 1))]);
    let text = match field {
        ReportField::OfficialId => m.progress_official_id(),
        ReportField::PledgeReference => m.progress_pledge_reference(),
        ReportField::Title => m.progress_title(),
        ReportField::Entity => m.progress_entity(),
        ReportField::PledgeType => m.pledge_type(),
        ReportField::Natures => m.nature_legend(),
        ReportField::FocalName => m.progress_focal_name(),
        ReportField::FocalEmail => m.progress_focal_email(),
        ReportField::OnBehalfOf => m.progress_on_behalf(),
        ReportField::Stage => m.progress_stage(),
        ReportField::NoChange => m.progress_no_change_label(),
        ReportField::UpdateDate => m.progress_update_date(),
        ReportField::PeriodStart => m.progress_period_start(),
        ReportField::PeriodEnd => m.progress_period_end(),
        ReportField::Actions => m.progress_actions(),
        ReportField::Currency => m.details_currency(),
        ReportField::AmountPledged => m.progress_amount_pledged(),
        ReportField::AmountDelivered => m.progress_amount_delivered(),
        ReportField::Indicators => m.progress_indicators(),
        ReportField::IndicatorMeasure(i) => return numbered(m.progress_indicator_measure(), i),
        ReportField::IndicatorBaseline(i) => return numbered(m.progress_indicator_baseline(), i),
        ReportField::IndicatorCurrent(i) => return numbered(m.progress_indicator_current(), i),
        ReportField::IndicatorUnit(i) => return numbered(m.progress_indicator_unit(), i),
        ReportField::Objectives => m.progress_objectives(),
        ReportField::Evidence => m.progress_evidence(),
        ReportField::EvidenceLink(i) => return numbered(m.progress_evidence_link(), i),
        ReportField::Challenges => m.progress_challenges(),
        ReportField::Support => m.progress_support(),
        ReportField::NextSteps => m.progress_next_steps(),
    };
    text.to_string()
}

/// A step's title, as the step indicator, the heading and the page title give it.
pub fn step_title(m: &Messages, step: ReportStep) -> &'static str {
    match step {
        ReportStep::Start => m.progress_step_start(),
        ReportStep::Pledge => m.progress_step_pledge(),
        ReportStep::Stage => m.progress_step_stage(),
        ReportStep::Done => m.progress_step_done(),
        ReportStep::Next => m.progress_step_next(),
        ReportStep::Review => m.progress_step_review(),
        ReportStep::Confirmation => m.progress_step_confirmation(),
    }
}
