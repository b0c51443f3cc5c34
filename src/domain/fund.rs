//! The fund snapshot the app shows: headline figures and every programme record.
//! Absent facts are `None` or empty, and the view shows them as "not published".

use super::date::Date;
use super::gcm::Objective;
use super::history::HistoryPoint;
use super::money::{Currency, Money};
use super::progress::Progress;
use super::safe_url::SafeUrl;

/// The data-file format this build reads. Bumped when a change is not backward compatible.
pub const SCHEMA_VERSION: u64 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    Funded,
    Pipeline,
}

impl Status {
    pub const ALL: [Status; 2] = [Status::Funded, Status::Pipeline];

    pub fn parse(text: &str) -> Option<Status> {
        match text {
            "funded" => Some(Status::Funded),
            "pipeline" => Some(Status::Pipeline),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Funded => "funded",
            Status::Pipeline => "pipeline",
        }
    }
}

/// Where a figure or a record comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub title: String,
    pub url: Option<SafeUrl>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Programme {
    pub id: String,
    pub status: Status,
    pub title: Option<String>,
    pub countries: Vec<String>,
    pub region: Option<String>,
    pub thematic_area: Option<String>,
    pub budget: Option<Money>,
    pub duration_months: Option<u32>,
    pub un_entities: Vec<String>,
    pub gcm_objectives: Vec<Objective>,
    pub summary: Option<String>,
    pub timeline: Option<String>,
    pub notes: Option<String>,
    pub sources: Vec<Source>,
}

impl Programme {
    /// A record with nothing but its status is a placeholder for a programme whose
    /// existence is counted by a source but whose details were never published.
    pub fn details_published(&self) -> bool {
        self.title.is_some()
    }
}

/// Programmes by status: the file's declared counts, and the counts of any set of records
/// (the whole file, or the explorer's result set).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Counts {
    pub funded: u64,
    pub pipeline: u64,
}

impl Counts {
    /// Counts the statuses of a set of records.
    pub fn of(statuses: impl Iterator<Item = Status>) -> Counts {
        statuses.fold(Counts::default(), |c, s| match s {
            Status::Funded => Counts { funded: c.funded + 1, ..c },
            Status::Pipeline => Counts { pipeline: c.pipeline + 1, ..c },
        })
    }

    pub fn total(&self) -> u64 {
        self.funded + self.pipeline
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FundSnapshot {
    pub fund_name: String,
    pub currency: Currency,
    pub target: Money,
    pub raised: Money,
    pub as_of: Date,
    pub source: Source,
    pub counts: Counts,
    pub programmes: Vec<Programme>,
    /// Figures reported at other dates, oldest first (empty when the file has none).
    pub history: Vec<HistoryPoint>,
}

impl FundSnapshot {
    pub fn progress(&self) -> Progress {
        Progress::new(self.target, self.raised)
    }

    /// Counts taken from the records themselves (the decoder has already checked that
    /// they agree with the declared counts).
    pub fn counted(&self) -> Counts {
        Counts::of(self.programmes.iter().map(|p| p.status))
    }

    pub fn programme(&self, id: &str) -> Option<&Programme> {
        self.programmes.iter().find(|p| p.id == id)
    }
}
