//! The fund snapshot the app shows: headline figures and every programme record.
//! Absent facts are `None` or empty, and the view shows them as "not published".

use crate::domain::date::Date;
use crate::domain::gcm::Objective;
use crate::domain::money::{Currency, Money};
use crate::domain::progress::Progress;
use crate::domain::safe_url::SafeUrl;

pub mod decode;
pub mod fields;
pub mod locate;
pub mod report;
pub mod timeline;

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

// How the fund has grown: figures reported at other dates than the snapshot, each from its
// own source (the data file's optional `history`). Sources state different things at
// different dates, so every figure is optional and none is derived from another.

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Day,
    /// The source dates the figure only to a month ("mid-July 2021").
    Month,
}

/// A point's date: a day (`2022-02-01`), or a month (`2021-07`) when the source gives no
/// closer date. A month is held as its first day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PointDate {
    pub date: Date,
    pub precision: Precision,
}

impl PointDate {
    pub fn parse(text: &str) -> Option<PointDate> {
        if let Some(date) = Date::parse_iso(text) {
            return Some(PointDate { date, precision: Precision::Day });
        }
        if text.len() == 7 {
            return Date::parse_iso(&format!("{text}-01")).map(|date| PointDate { date, precision: Precision::Month });
        }
        None
    }

    /// Reported after the snapshot: a month counts as after only when it starts after it.
    pub fn is_after(&self, snapshot: Date) -> bool {
        self.date > snapshot
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryPoint {
    pub date: PointDate,
    pub funded: Option<u64>,
    pub pipeline: Option<u64>,
    /// Money paid into the fund (its capitalisation).
    pub raised: Option<Money>,
    /// Money allocated to programmes, which is not what the fund raised.
    pub allocated: Option<Money>,
    pub target: Option<Money>,
    /// The share of the target raised, as the source states it (whole percent).
    pub share_percent: Option<u64>,
    /// What the figures count, or how the date is known.
    pub note: Option<String>,
    pub source: Source,
}
