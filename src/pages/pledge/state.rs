//! The pledge wizard's state: the one draft state (`state::draft`) holding a pledge.

use crate::components::form::drafts::{draft_error_text, Drafted};
use crate::domain::pledge::file::{parse_draft_file, DraftError};
use crate::domain::pledge::step::Step;
use crate::domain::pledge::PledgeDraft;
use crate::i18n::Messages;
use crate::state::draft::{self, use_draft};

pub type Wizard = draft::Wizard<PledgeDraft>;
pub type Pending = draft::Pending<PledgeDraft>;

pub fn use_wizard() -> Wizard {
    use_draft::<PledgeDraft>()
}

impl Drafted for PledgeDraft {
    const FILE: &'static str = "pledge-draft";
    fn title(&self) -> &str {
        &self.title
    }
    fn start_path() -> String {
        Step::Start.path()
    }
    fn from_file(text: &str) -> Result<Self, DraftError> {
        parse_draft_file(text)
    }
    fn error_text(m: &Messages, e: DraftError) -> &'static str {
        draft_error_text(m, e)
    }
    fn started_again(m: &Messages) -> &'static str {
        m.start_again_done()
    }
}
