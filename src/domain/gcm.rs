//! The Global Compact for Migration (A/RES/73/195): 23 objectives, 10 guiding principles,
//! and the four IMRF roundtables that review them. Only numbers live here; their wording
//! is user-visible text and so lives in the translation layer.

pub const OBJECTIVE_COUNT: u8 = 23;
pub const PRINCIPLE_COUNT: u8 = 10;

/// A GCM objective, 1 to 23.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Objective(u8);

impl Objective {
    pub fn new(number: u64) -> Option<Objective> {
        (1..=u64::from(OBJECTIVE_COUNT)).contains(&number).then_some(Objective(number as u8))
    }

    pub fn number(self) -> u8 {
        self.0
    }

    /// The objectives named by these numbers, in order, each once; other numbers are dropped.
    pub fn list(numbers: &[u8]) -> Vec<Objective> {
        let mut list: Vec<Objective> = numbers.iter().filter_map(|&n| Objective::new(u64::from(n))).collect();
        list.sort();
        list.dedup();
        list
    }

    pub fn all() -> impl Iterator<Item = Objective> {
        (1..=OBJECTIVE_COUNT).map(Objective)
    }

    pub fn roundtable(self) -> Roundtable {
        Roundtable::ALL.into_iter().find(|rt| rt.objectives().contains(&self.0)).unwrap_or(Roundtable::Rt4)
    }
}

/// The IMRF 2022 roundtables and the objectives each reviewed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Roundtable {
    Rt1,
    Rt2,
    Rt3,
    Rt4,
}

impl Roundtable {
    pub const ALL: [Roundtable; 4] = [Roundtable::Rt1, Roundtable::Rt2, Roundtable::Rt3, Roundtable::Rt4];

    pub fn number(self) -> u8 {
        match self {
            Roundtable::Rt1 => 1,
            Roundtable::Rt2 => 2,
            Roundtable::Rt3 => 3,
            Roundtable::Rt4 => 4,
        }
    }

    pub fn objectives(self) -> &'static [u8] {
        match self {
            Roundtable::Rt1 => &[2, 5, 6, 12, 18],
            Roundtable::Rt2 => &[4, 8, 9, 10, 11, 13, 21],
            Roundtable::Rt3 => &[14, 15, 16, 19, 20, 22],
            Roundtable::Rt4 => &[1, 3, 7, 17, 23],
        }
    }
}

/// The ten guiding principles, in the Compact's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Principle {
    PeopleCentred,
    InternationalCooperation,
    NationalSovereignty,
    RuleOfLaw,
    SustainableDevelopment,
    HumanRights,
    GenderResponsive,
    ChildSensitive,
    WholeOfGovernment,
    WholeOfSociety,
}

impl Principle {
    pub const ALL: [Principle; 10] = [
        Principle::PeopleCentred,
        Principle::InternationalCooperation,
        Principle::NationalSovereignty,
        Principle::RuleOfLaw,
        Principle::SustainableDevelopment,
        Principle::HumanRights,
        Principle::GenderResponsive,
        Principle::ChildSensitive,
        Principle::WholeOfGovernment,
        Principle::WholeOfSociety,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_objective_is_reviewed_by_exactly_one_roundtable() {
        for objective in Objective::all() {
            let holders: Vec<_> =
                Roundtable::ALL.iter().filter(|rt| rt.objectives().contains(&objective.number())).collect();
            assert_eq!(holders.len(), 1, "objective {}", objective.number());
        }
        let total: usize = Roundtable::ALL.iter().map(|rt| rt.objectives().len()).sum();
        assert_eq!(total, 23);
    }

    #[test]
    fn objective_numbers_are_bounded() {
        assert!(Objective::new(0).is_none());
        assert!(Objective::new(24).is_none());
        assert_eq!(Objective::new(21).map(Objective::roundtable), Some(Roundtable::Rt2));
        assert_eq!(Objective::all().count(), 23);
        assert_eq!(Principle::ALL.len(), usize::from(PRINCIPLE_COUNT));
    }
}
