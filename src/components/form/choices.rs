//! The words of each choice a wizard offers (its radios, its checkboxes and its answers),
//! written once per choice and listed from one trait, so no radio group spells its options
//! out by hand.

use crate::domain::pledge::progress::Stage;
use crate::domain::pledge::{Choice, EntityType, Nature, Payment, PledgeType, Recipient, Region, YesNo};
use crate::i18n::Messages;

use super::Text;

/// A choice's words: what its radio, its option and its answer say, written once per choice.
pub trait Labelled: Choice {
    fn label(self) -> Text;

    /// Said under the choice's radio, where one helps.
    fn hint(self) -> Option<Text> {
        None
    }

    /// The label in a language.
    fn words(self, m: &Messages) -> &'static str {
        self.label()(m)
    }
}

/// Every value of a choice with its words, in the choice's order: the options of a group of
/// radios.
pub fn options<T: Labelled>() -> Vec<(&'static str, Text, Option<Text>)> {
    T::ALL.iter().map(|&c| (c.as_str(), c.label(), c.hint())).collect()
}

impl Labelled for EntityType {
    fn label(self) -> Text {
        match self {
            EntityType::MemberState => |m| m.entity_member_state(),
            EntityType::UnEntity => |m| m.entity_un_entity(),
            EntityType::CivilSociety => |m| m.entity_civil_society(),
            EntityType::MigrantDiaspora => |m| m.entity_migrant_diaspora(),
            EntityType::PrivateSector => |m| m.entity_private_sector(),
            EntityType::TradeUnion => |m| m.entity_trade_union(),
            EntityType::LocalAuthority => |m| m.entity_local_authority(),
            EntityType::Academia => |m| m.entity_academia(),
            EntityType::Nhri => |m| m.entity_nhri(),
            EntityType::Other => |m| m.entity_other(),
        }
    }
}

impl Labelled for YesNo {
    fn label(self) -> Text {
        match self {
            YesNo::Yes => |m| m.yes(),
            YesNo::No => |m| m.no(),
        }
    }
}

impl Labelled for PledgeType {
    fn label(self) -> Text {
        match self {
            PledgeType::Individual => |m| m.pledge_type_individual(),
            PledgeType::Common => |m| m.pledge_type_common(),
            PledgeType::Partnership => |m| m.pledge_type_partnership(),
        }
    }

    fn hint(self) -> Option<Text> {
        Some(match self {
            PledgeType::Individual => |m| m.pledge_type_individual_hint(),
            PledgeType::Common => |m| m.pledge_type_common_hint(),
            PledgeType::Partnership => |m| m.pledge_type_partnership_hint(),
        })
    }
}

impl Labelled for Nature {
    fn label(self) -> Text {
        match self {
            Nature::Financial => |m| m.kind_financial(),
            Nature::Material => |m| m.kind_human_resources(),
            Nature::Process => |m| m.kind_process(),
            Nature::Policy => |m| m.kind_policy(),
        }
    }

    fn hint(self) -> Option<Text> {
        Some(match self {
            Nature::Financial => |m| m.kind_financial_hint(),
            Nature::Material => |m| m.kind_human_resources_hint(),
            Nature::Process => |m| m.kind_process_hint(),
            Nature::Policy => |m| m.kind_policy_hint(),
        })
    }
}

impl Labelled for Recipient {
    fn label(self) -> Text {
        match self {
            Recipient::Mmptf => |m| m.details_recipient_mmptf(),
            Recipient::Other => |m| m.details_recipient_other(),
        }
    }
}

impl Labelled for Payment {
    fn label(self) -> Text {
        match self {
            Payment::OneOff => |m| m.details_payment_one_off(),
            Payment::Schedule => |m| m.details_payment_schedule(),
        }
    }
}

impl Labelled for Region {
    fn label(self) -> Text {
        match self {
            Region::Africa => |m| m.region_africa(),
            Region::Americas => |m| m.region_americas(),
            Region::Asia => |m| m.region_asia(),
            Region::Europe => |m| m.region_europe(),
            Region::Oceania => |m| m.region_oceania(),
        }
    }
}

impl Labelled for Stage {
    fn label(self) -> Text {
        match self {
            Stage::NotStarted => |m| m.stage_not_started(),
            Stage::Planning => |m| m.stage_planning(),
            Stage::InProgress => |m| m.stage_in_progress(),
            Stage::PartiallyFulfilled => |m| m.stage_partially_fulfilled(),
            Stage::Fulfilled => |m| m.stage_fulfilled(),
            Stage::Withdrawn => |m| m.stage_withdrawn(),
            Stage::Superseded => |m| m.stage_superseded(),
        }
    }

    fn hint(self) -> Option<Text> {
        match self {
            Stage::PartiallyFulfilled => Some(|m| m.stage_partially_fulfilled_hint()),
            Stage::Withdrawn => Some(|m| m.stage_withdrawn_hint()),
            Stage::Superseded => Some(|m| m.stage_superseded_hint()),
            _ => None,
        }
    }
}
