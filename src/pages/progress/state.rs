//! The progress report's state: the one draft state (`state::draft`) holding a report, kept
//! under its own key beside the pledge's.

use crate::components::form::drafts::Drafted;
use crate::domain::pledge::file::DraftError;
use crate::domain::pledge::progress::file::open_file;
use crate::domain::pledge::progress::step::ReportStep;
use crate::domain::pledge::progress::ProgressReport;
use crate::i18n::Messages;
use crate::state::draft::{self, use_draft};

pub use crate::state::draft::Replacement;

pub type Reporter = draft::Wizard<ProgressReport>;
pub type Pending = draft::Pending<ProgressReport>;

pub fn use_report() -> Reporter {
    use_draft::<ProgressReport>()
}

impl Drafted for ProgressReport {
    const FILE: &'static str = "progress-draft";
    fn title(&self) -> &str {
        &self.title
    }
    fn start_path() -> String {
        ReportStep::Start.path()
    }
    /// A pledge file starts a first report on it; a finished report, the next one.
    fn from_file(text: &str) -> Result<Self, DraftError> {
        open_file(text).map(|opened| opened.into_report())
    }
    fn error_text(m: &Messages, e: DraftError) -> &'static str {
        match e {
            DraftError::Empty => m.draft_error_empty(),
            DraftError::TooLarge => m.progress_file_large(),
            DraftError::NotJson => m.progress_file_json(),
            DraftError::NotADraft => m.progress_file_foreign(),
            DraftError::OldVersion => m.draft_error_old(),
            DraftError::NewerVersion => m.progress_file_newer(),
            DraftError::Invalid => m.draft_error_invalid(),
        }
    }
    fn started_again(m: &Messages) -> &'static str {
        m.progress_started_again()
    }
}
