//! What a step-by-step form's draft is to the wizard that keeps it: a kind of draft the store
//! keeps (`store::Stored`), with its steps, its questions and its rules. The pledge and the
//! progress report are two such forms; the wizard's state, its fields and its banners are
//! written once for both.

use crate::domain::date::Date;
use crate::domain::pledge::field::Field;
use crate::domain::pledge::progress::field::ReportField;
use crate::domain::pledge::progress::rules as report_rules;
use crate::domain::pledge::progress::step::ReportStep;
use crate::domain::pledge::progress::ProgressReport;
use crate::domain::pledge::rules::{self, FieldError};
use crate::domain::pledge::step::Step;
use crate::domain::pledge::store::Stored;
use crate::domain::pledge::PledgeDraft;

/// A question of a form: the id of the control that asks it, so that an error summary can
/// link to it.
pub trait Question: Copy + PartialEq + Send + Sync + 'static {
    fn id(self) -> String;
}

pub trait Form: Stored + Send + Sync + 'static {
    type Step: Copy + PartialEq + Send + Sync + 'static;
    type Field: Question;
    /// The step's rules. `today` is the visitor's date (an update cannot be dated later).
    fn validate(&self, step: Self::Step, today: Date) -> Vec<FieldError<Self::Field>>;
}

impl Question for Field {
    fn id(self) -> String {
        Field::id(self)
    }
}

impl Form for PledgeDraft {
    type Step = Step;
    type Field = Field;
    fn validate(&self, step: Step, _today: Date) -> Vec<FieldError<Field>> {
        rules::validate(step, self)
    }
}

impl Question for ReportField {
    fn id(self) -> String {
        ReportField::id(self)
    }
}

impl Form for ProgressReport {
    type Step = ReportStep;
    type Field = ReportField;
    fn validate(&self, step: ReportStep, today: Date) -> Vec<FieldError<ReportField>> {
        report_rules::validate(step, self, today)
    }
}
