//! Every question of the progress report as a type: its HTML id, the step that asks it and
//! whether it applies to a given report. The rules, the review, the file and the text to
//! copy all read this one place.

use super::step::ReportStep;
use super::ProgressReport;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReportField {
    // Which pledge, and who reports
    OfficialId,
    PledgeReference,
    Title,
    Entity,
    PledgeType,
    Natures,
    FocalName,
    FocalEmail,
    OnBehalfOf,
    // Where it stands
    Stage,
    NoChange,
    UpdateDate,
    PeriodStart,
    PeriodEnd,
    // What was done
    Actions,
    Currency,
    AmountPledged,
    AmountDelivered,
    /// The indicators as a whole.
    Indicators,
    IndicatorMeasure(usize),
    IndicatorBaseline(usize),
    IndicatorCurrent(usize),
    IndicatorUnit(usize),
    Objectives,
    // Evidence and what comes next
    /// The links as a whole.
    Evidence,
    EvidenceLink(usize),
    Challenges,
    Support,
    NextSteps,
}

impl ReportField {
    /// The id of the control that asks it (for a group, its first control).
    pub fn id(self) -> String {
        let fixed = match self {
            ReportField::OfficialId => "official-id",
            ReportField::PledgeReference => "pledge-reference",
            ReportField::Title => "title",
            ReportField::Entity => "entity",
            ReportField::PledgeType => "pledge-type",
            ReportField::Natures => "nature-financial",
            ReportField::FocalName => "focal-name",
            ReportField::FocalEmail => "focal-email",
            ReportField::OnBehalfOf => "on-behalf-of",
            ReportField::Stage => "stage",
            ReportField::NoChange => "no-change",
            ReportField::UpdateDate => "update-date",
            ReportField::PeriodStart => "period-start",
            ReportField::PeriodEnd => "period-end",
            ReportField::Actions => "actions",
            ReportField::Currency => "currency",
            ReportField::AmountPledged => "amount-pledged",
            ReportField::AmountDelivered => "amount-delivered",
            ReportField::Indicators => "indicator-measure-0",
            ReportField::IndicatorMeasure(i) => return format!("indicator-measure-{i}"),
            ReportField::IndicatorBaseline(i) => return format!("indicator-baseline-{i}"),
            ReportField::IndicatorCurrent(i) => return format!("indicator-current-{i}"),
            ReportField::IndicatorUnit(i) => return format!("indicator-unit-{i}"),
            ReportField::Objectives => "moved-objectives",
            ReportField::Evidence => "evidence-0",
            ReportField::EvidenceLink(i) => return format!("evidence-{i}"),
            ReportField::Challenges => "challenges",
            ReportField::Support => "support",
            ReportField::NextSteps => "next-steps",
        };
        fixed.to_string()
    }

    pub fn step(self) -> ReportStep {
        use ReportField::*;
        match self {
            OfficialId | PledgeReference | Title | Entity | PledgeType | Natures | FocalName | FocalEmail
            | OnBehalfOf => ReportStep::Pledge,
            Stage | NoChange | UpdateDate | PeriodStart | PeriodEnd => ReportStep::Stage,
            Actions | Currency | AmountPledged | AmountDelivered | Indicators | IndicatorMeasure(_)
            | IndicatorBaseline(_) | IndicatorCurrent(_) | IndicatorUnit(_) | Objectives => ReportStep::Done,
            Evidence | EvidenceLink(_) | Challenges | Support | NextSteps => ReportStep::Next,
        }
    }

    /// Whether the question is asked of this report. Answers to questions that do not apply
    /// stay in the draft (the reporter may come back) but are left out of the review and the
    /// file.
    pub fn applies(self, r: &ProgressReport) -> bool {
        use ReportField::*;
        if !self.step().applies(r) {
            return false;
        }
        match self {
            PledgeReference => !r.pledge_reference.trim().is_empty(),
            OnBehalfOf => r.is_joint(),
            Currency | AmountPledged | AmountDelivered => r.is_financial(),
            Indicators | IndicatorMeasure(_) | IndicatorBaseline(_) | IndicatorCurrent(_) | IndicatorUnit(_) => {
                r.asks_indicators()
            }
            _ => true,
        }
    }

    /// Rows of "Check your answers", in the report's order (lists as one row each).
    pub const REVIEW: &'static [ReportField] = &[
        ReportField::OfficialId,
        ReportField::PledgeReference,
        ReportField::Title,
        ReportField::Entity,
        ReportField::PledgeType,
        ReportField::Natures,
        ReportField::FocalName,
        ReportField::FocalEmail,
        ReportField::OnBehalfOf,
        ReportField::Stage,
        ReportField::NoChange,
        ReportField::UpdateDate,
        ReportField::PeriodStart,
        ReportField::PeriodEnd,
        ReportField::Actions,
        ReportField::AmountPledged,
        ReportField::AmountDelivered,
        ReportField::Indicators,
        ReportField::Objectives,
        ReportField::Evidence,
        ReportField::Challenges,
        ReportField::Support,
        ReportField::NextSteps,
    ];

    pub fn review(r: &ProgressReport) -> Vec<ReportField> {
        ReportField::REVIEW.iter().copied().filter(|f| f.applies(r)).collect()
    }
}
