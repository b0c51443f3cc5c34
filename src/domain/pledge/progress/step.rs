//! The progress report's navigation: its steps in order, each with its address under
//! `/progress`, and the short path taken when nothing significant changed.

use super::ProgressReport;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReportStep {
    Start,
    Pledge,
    Stage,
    Done,
    Next,
    Review,
    Confirmation,
}

impl ReportStep {
    pub const ALL: [ReportStep; 7] = [
        ReportStep::Start,
        ReportStep::Pledge,
        ReportStep::Stage,
        ReportStep::Done,
        ReportStep::Next,
        ReportStep::Review,
        ReportStep::Confirmation,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            ReportStep::Start => "",
            ReportStep::Pledge => "which-pledge",
            ReportStep::Stage => "where-it-stands",
            ReportStep::Done => "what-was-done",
            ReportStep::Next => "evidence-and-next-steps",
            ReportStep::Review => "check",
            ReportStep::Confirmation => "confirmation",
        }
    }

    pub fn parse(slug: &str) -> Option<ReportStep> {
        ReportStep::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn path(self) -> String {
        match self {
            ReportStep::Start => "/progress".into(),
            s => format!("/progress/{}", s.slug()),
        }
    }

    /// 1-based position, for "Step 3 of 7".
    pub fn number(self) -> usize {
        ReportStep::ALL.iter().position(|s| *s == self).map_or(1, |i| i + 1)
    }

    /// Whether the report asks this step: "no significant change" skips what was done and
    /// the evidence (the GRF asks nothing more then), and still records the date.
    pub fn applies(self, r: &ProgressReport) -> bool {
        !(r.no_change && matches!(self, ReportStep::Done | ReportStep::Next))
    }

    pub fn next(self, r: &ProgressReport) -> ReportStep {
        ReportStep::ALL.into_iter().skip(self.number()).find(|s| s.applies(r)).unwrap_or(ReportStep::Confirmation)
    }

    pub fn previous(self, r: &ProgressReport) -> Option<ReportStep> {
        ReportStep::ALL.into_iter().take(self.number().saturating_sub(1)).rev().find(|s| s.applies(r))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_paths_are_under_progress() {
        for step in ReportStep::ALL {
            assert_eq!(ReportStep::parse(step.slug()), Some(step));
            assert!(step.path().starts_with("/progress"));
        }
        assert_eq!(ReportStep::parse("nowhere"), None);
    }

    #[test]
    fn the_short_path_skips_what_was_done_and_evidence() {
        let mut r = ProgressReport::default();
        assert_eq!(ReportStep::Stage.next(&r), ReportStep::Done);
        assert_eq!(ReportStep::Review.previous(&r), Some(ReportStep::Next));
        r.no_change = true;
        assert_eq!(ReportStep::Stage.next(&r), ReportStep::Review);
        assert_eq!(ReportStep::Review.previous(&r), Some(ReportStep::Stage));
        assert_eq!(ReportStep::Start.previous(&r), None);
        assert_eq!(ReportStep::Confirmation.next(&r), ReportStep::Confirmation);
    }
}
