//! Words for the domain's fixed lists (GCM objectives and principles, regions), per language.

use super::Messages;
use crate::domain::fund::Status;
use crate::domain::gcm::{Objective, Principle};

impl Messages {
    pub fn status(&self, status: Status) -> &'static str {
        match status {
            Status::Funded => self.status_funded(),
            Status::Pipeline => self.status_pipeline(),
        }
    }

    /// The official English wording of a GCM objective (A/RES/73/195), per language.
    pub fn objective(&self, objective: Objective) -> &'static str {
        const KEYS: [fn(&Messages) -> &'static str; 23] = [
            |m| m.objective_01(),
            |m| m.objective_02(),
            |m| m.objective_03(),
            |m| m.objective_04(),
            |m| m.objective_05(),
            |m| m.objective_06(),
            |m| m.objective_07(),
            |m| m.objective_08(),
            |m| m.objective_09(),
            |m| m.objective_10(),
            |m| m.objective_11(),
            |m| m.objective_12(),
            |m| m.objective_13(),
            |m| m.objective_14(),
            |m| m.objective_15(),
            |m| m.objective_16(),
            |m| m.objective_17(),
            |m| m.objective_18(),
            |m| m.objective_19(),
            |m| m.objective_20(),
            |m| m.objective_21(),
            |m| m.objective_22(),
            |m| m.objective_23(),
        ];
        KEYS[usize::from(objective.number() - 1)](self)
    }

    /// A region from the data file, in this language. The schema's regions are the UN M49
    /// continents, which are translated; any other value is shown as the file has it.
    pub fn region(&self, raw: &str) -> String {
        let known = match raw.trim().to_ascii_lowercase().as_str() {
            "africa" => self.region_africa(),
            "americas" => self.region_americas(),
            "asia" => self.region_asia(),
            "europe" => self.region_europe(),
            "oceania" => self.region_oceania(),
            _ => return raw.to_string(),
        };
        known.to_string()
    }

    pub fn principle(&self, principle: Principle) -> &'static str {
        match principle {
            Principle::PeopleCentred => self.principle_people_centred(),
            Principle::InternationalCooperation => self.principle_international_cooperation(),
            Principle::NationalSovereignty => self.principle_national_sovereignty(),
            Principle::RuleOfLaw => self.principle_rule_of_law(),
            Principle::SustainableDevelopment => self.principle_sustainable_development(),
            Principle::HumanRights => self.principle_human_rights(),
            Principle::GenderResponsive => self.principle_gender_responsive(),
            Principle::ChildSensitive => self.principle_child_sensitive(),
            Principle::WholeOfGovernment => self.principle_whole_of_government(),
            Principle::WholeOfSociety => self.principle_whole_of_society(),
        }
    }
}
