//! The translation layer. Every string a user sees comes from a [`Messages`] table, one per
//! language; a missing key in a language is a compile error, and `tests/i18n.rs` checks that
//! placeholders agree with English. Adding a language touches this folder only.

mod en;
pub mod message;

pub use message::{format_message, Arg, PluralCategory};

macro_rules! messages {
    ($($key:ident),* $(,)?) => {
        /// One language's text for every key.
        pub struct Messages {
            $(pub $key: &'static str,)*
        }

        impl Messages {
            /// Every key with its text, in declaration order (for checks and tooling).
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key),)*]
            }
        }
    };
}

messages! {
    app_name,
    skip_to_content,
    nav_label,
    nav_home,
    nav_explorer,
    nav_pledge,
    nav_about,
    footer_data_source,
    footer_data_pending,
    loading,
    not_published,
    money_compact,
    home_title,
    home_heading,
    home_intro,
    meter_label,
    meter_value_text,
    meter_no_target,
    headline_share,
    headline_raised,
    headline_to_go,
    headline_over_target,
    headline_funded,
    headline_pipeline,
    headline_as_of,
    headline_source,
    home_cta_explore,
    home_cta_pledge,
    explorer_title,
    explorer_heading,
    explorer_intro,
    col_title,
    col_status,
    col_countries,
    col_un_entities,
    col_budget,
    col_objectives,
    status_funded,
    status_pipeline,
    unnamed_programme,
    programmes_caption,
    pledge_title,
    pledge_heading,
    pledge_intro,
    pledge_good_heading,
    pledge_good_concrete,
    pledge_good_measurable,
    pledge_good_realistic,
    pledge_good_time_bound,
    pledge_kinds_heading,
    pledge_kind_financial,
    pledge_kind_human_resources,
    pledge_kind_process,
    pledge_kind_policy,
    pledge_rules_heading,
    pledge_rule_one_per_form,
    pledge_rule_joint,
    pledge_rule_matching,
    pledge_rule_refugees,
    pledge_rule_description,
    pledge_rule_contact,
    about_title,
    about_heading,
    about_fund,
    about_governance,
    about_data,
    about_data_link,
    about_not_published,
    not_found_title,
    not_found_heading,
    not_found_body,
    not_found_home,
    error_title,
    error_heading,
    error_network,
    error_http,
    error_invalid,
    error_more_problems,
    error_host_hint,
    error_retry,
    problem_at,
    problem_empty,
    problem_too_large,
    problem_html,
    problem_syntax,
    problem_truncated,
    problem_missing,
    problem_wrong_type,
    expected_object,
    expected_list,
    expected_text,
    expected_whole_number,
    expected_amount,
    problem_empty_text,
    problem_version,
    problem_currency,
    problem_amount_negative,
    problem_amount_precise,
    problem_amount_large,
    problem_amount_nan,
    problem_date,
    problem_url,
    problem_status,
    problem_duplicate_id,
    problem_objective,
    problem_no_sources,
    problem_too_many,
    problem_count_mismatch,
    problem_percent_mismatch,
    problem_budgets_exceed,
    explorer_counts_funded,
    explorer_counts_pipeline,
    results_live,
    filters_heading,
    search_label,
    filter_status,
    filter_area,
    filter_region,
    filter_objective,
    filter_entity,
    filter_any,
    filter_not_published,
    sort_label,
    sort_file,
    sort_title,
    sort_title_desc,
    sort_budget_desc,
    sort_budget,
    sort_status,
    sort_status_desc,
    clear_filters,
    no_results,
    link_notes,
    link_note_item,
    dismiss,
    page_nav_label,
    page_status,
    page_previous,
    page_next,
    results_range,
    col_region,
    export_heading,
    export_csv,
    export_json,
    export_note,
    export_failed,
    charts_heading,
    charts_note,
    chart_show_table,
    chart_col_category,
    chart_col_programmes,
    chart_status_title,
    chart_status_name,
    chart_area_name,
    chart_region_name,
    chart_objectives_name,
    chart_status_summary,
    chart_area_title,
    chart_region_title,
    chart_summary_top,
    chart_summary_none,
    chart_summary_empty,
    chart_objectives_title,
    chart_objectives_summary,
    chart_objectives_none,
    chart_col_roundtable,
    chart_col_objective,
    objective_short,
    roundtable_name,
    whatif_heading,
    whatif_intro,
    whatif_label,
    whatif_slider_label,
    whatif_result,
    whatif_remaining,
    whatif_over,
    whatif_fundable,
    whatif_rule,
    whatif_error_nan,
    whatif_error_negative,
    whatif_error_precise,
    whatif_error_large,
    whatif_error_overflow,
    detail_back,
    detail_status,
    detail_countries,
    detail_region,
    detail_area,
    detail_budget,
    detail_duration,
    detail_duration_months,
    detail_entities,
    detail_objectives,
    detail_summary,
    detail_timeline,
    detail_notes,
    detail_sources,
    detail_unpublished_intro,
    programme_not_found_title,
    programme_not_found_body,
    objective_01,
    objective_02,
    objective_03,
    objective_04,
    objective_05,
    objective_06,
    objective_07,
    objective_08,
    objective_09,
    objective_10,
    objective_11,
    objective_12,
    objective_13,
    objective_14,
    objective_15,
    objective_16,
    objective_17,
    objective_18,
    objective_19,
    objective_20,
    objective_21,
    objective_22,
    objective_23,
    principle_people_centred,
    principle_international_cooperation,
    principle_national_sovereignty,
    principle_rule_of_law,
    principle_sustainable_development,
    principle_human_rights,
    principle_gender_responsive,
    principle_child_sensitive,
    principle_whole_of_government,
    principle_whole_of_society,
    panic_heading,
    panic_body,
    panic_reload,
}

/// The languages the app speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    En,
}

impl Locale {
    pub const ALL: [Locale; 1] = [Locale::En];

    /// The language code for `<html lang>` and the URL.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
        }
    }

    /// The tag handed to `Intl`: British English, as the UN writes it ("1 February 2022").
    pub fn intl_tag(self) -> &'static str {
        match self {
            Locale::En => "en-GB",
        }
    }

    pub fn is_rtl(self) -> bool {
        false
    }

    pub fn messages(self) -> &'static Messages {
        match self {
            Locale::En => &en::EN,
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code))
    }
}

use crate::domain::gcm::{Objective, Principle};

impl Messages {
    /// The official English wording of a GCM objective (A/RES/73/195), per language.
    pub fn objective(&self, objective: Objective) -> &'static str {
        const KEYS: [fn(&Messages) -> &'static str; 23] = [
            |m| m.objective_01, |m| m.objective_02, |m| m.objective_03, |m| m.objective_04, |m| m.objective_05,
            |m| m.objective_06, |m| m.objective_07, |m| m.objective_08, |m| m.objective_09, |m| m.objective_10,
            |m| m.objective_11, |m| m.objective_12, |m| m.objective_13, |m| m.objective_14, |m| m.objective_15,
            |m| m.objective_16, |m| m.objective_17, |m| m.objective_18, |m| m.objective_19, |m| m.objective_20,
            |m| m.objective_21, |m| m.objective_22, |m| m.objective_23,
        ];
        KEYS[usize::from(objective.number() - 1)](self)
    }

    pub fn principle(&self, principle: Principle) -> &'static str {
        match principle {
            Principle::PeopleCentred => self.principle_people_centred,
            Principle::InternationalCooperation => self.principle_international_cooperation,
            Principle::NationalSovereignty => self.principle_national_sovereignty,
            Principle::RuleOfLaw => self.principle_rule_of_law,
            Principle::SustainableDevelopment => self.principle_sustainable_development,
            Principle::HumanRights => self.principle_human_rights,
            Principle::GenderResponsive => self.principle_gender_responsive,
            Principle::ChildSensitive => self.principle_child_sensitive,
            Principle::WholeOfGovernment => self.principle_whole_of_government,
            Principle::WholeOfSociety => self.principle_whole_of_society,
        }
    }
}
