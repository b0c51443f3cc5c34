//! The wizard's navigation: its steps in order, each with its address.

/// The wizard's steps, each at its own URL under `/pledge`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Start,
    About,
    Partners,
    Kind,
    Details,
    Alignment,
    YourPledge,
    Review,
    Confirmation,
}

impl Step {
    pub const ALL: [Step; 9] = [
        Step::Start,
        Step::About,
        Step::Partners,
        Step::Kind,
        Step::Details,
        Step::Alignment,
        Step::YourPledge,
        Step::Review,
        Step::Confirmation,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Step::Start => "",
            Step::About => "about-you",
            Step::Partners => "partners",
            Step::Kind => "kind",
            Step::Details => "details",
            Step::Alignment => "alignment",
            Step::YourPledge => "your-pledge",
            Step::Review => "check",
            Step::Confirmation => "confirmation",
        }
    }

    pub fn parse(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn path(self) -> String {
        match self {
            Step::Start => "/pledge".into(),
            s => format!("/pledge/{}", s.slug()),
        }
    }

    /// 1-based position, for "Step 3 of 9".
    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).map_or(1, |i| i + 1)
    }

    pub fn next(self) -> Step {
        Step::ALL.get(self.number()).copied().unwrap_or(Step::Confirmation)
    }

    pub fn previous(self) -> Option<Step> {
        self.number().checked_sub(2).and_then(|i| Step::ALL.get(i).copied())
    }
}
