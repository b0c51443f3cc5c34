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
