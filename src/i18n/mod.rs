//! The translation layer. Every string a user sees comes from a [`Messages`] table, one per
//! language. English is compiled in (the reference, and the fallback); the other five
//! languages are files in `public/i18n/` fetched when chosen, so a visitor downloads only
//! the language they read. `tests/i18n.rs` fails if a file lacks a key English has, has one
//! it lacks, or a placeholder differs; at run time a key missing or damaged in a file falls
//! back to English instead of showing nothing.

mod en;
pub mod message;

pub use message::{format_message, Arg, PluralCategory};

macro_rules! messages {
    ($($key:ident),* $(,)?) => {
        /// One language's text for every key.
        // `repr(C)` with every field a `&'static str`: laid out exactly as an array of them,
        // which is how a loaded language's table is built (see `from_texts`).
        #[repr(C)]
        pub struct Messages {
            $(pub $key: &'static str,)*
        }

        /// Every key, in declaration order (the order of the fields).
        pub const KEYS: &[&str] = &[$(stringify!($key)),*];

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
    language_label,
    language_loading,
    language_failed,
    footer_data_source,
    footer_data_source_age,
    footer_data_pending,
    loading,
    not_published,
    money_compact,
    home_title,
    home_heading,
    home_intro,
    meter_label,
    meter_no_target,
    headline_share,
    headline_raised,
    headline_to_go,
    headline_over_target,
    headline_funded,
    headline_pipeline,
    headline_as_of,
    headline_as_of_age,
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
    warning_unknown_field,
    warning_unknown_field_suggest,
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
    wizard_step_of,
    wizard_steps_label,
    wizard_error_prefix,
    wizard_continue,
    wizard_back,
    wizard_save_and_review,
    wizard_error_summary,
    wizard_error_inline_prefix,
    wizard_optional,
    step_start,
    step_about,
    step_partners,
    step_kind,
    step_details,
    step_alignment,
    step_pledge,
    step_review,
    step_confirmation,
    start_need_heading,
    start_need_body,
    start_saving,
    start_begin,
    start_resume_heading,
    start_resume_body,
    start_resume_untitled,
    start_resume,
    start_again,
    start_again_done,
    draft_download,
    draft_open,
    draft_open_hint,
    draft_opened,
    draft_error_empty,
    draft_error_large,
    draft_error_json,
    draft_error_foreign,
    draft_error_old,
    draft_error_newer,
    draft_error_invalid,
    draft_error_read,
    storage_unavailable,
    storage_full,
    about_entity,
    about_entity_hint,
    about_entity_type,
    entity_member_state,
    entity_un_entity,
    entity_civil_society,
    entity_migrant_diaspora,
    entity_private_sector,
    entity_trade_union,
    entity_local_authority,
    entity_academia,
    entity_nhri,
    entity_other,
    about_entity_type_other,
    about_country,
    about_contact_name,
    about_contact_email,
    about_contact_phone,
    partners_matching,
    partners_matched_title,
    partners_matched_id,
    yes,
    no,
    kind_financial,
    kind_financial_hint,
    kind_human_resources,
    kind_human_resources_hint,
    kind_process,
    kind_process_hint,
    kind_policy,
    kind_policy_hint,
    details_amount,
    details_amount_hint,
    details_currency,
    details_recipient,
    details_recipient_mmptf,
    details_recipient_other,
    details_recipient_other_name,
    details_payment,
    details_payment_one_off,
    details_payment_schedule,
    details_year,
    details_year_amount,
    details_add_year,
    details_remove_year,
    details_effect,
    details_effect_other_currency,
    details_staff,
    details_staff_hint,
    details_expertise,
    details_location,
    details_process,
    details_process_hint,
    details_participants,
    details_policy,
    details_instrument,
    details_instrument_hint,
    align_objectives,
    align_objectives_hint,
    align_search,
    align_selected,
    align_principles,
    align_principles_hint,
    pledge_title_label,
    pledge_title_hint,
    pledge_description,
    pledge_description_hint,
    counter_remaining,
    counter_too_many,
    counter_needed,
    storage_occupied,
    other_tab_heading,
    other_tab_changed,
    other_tab_cleared,
    other_tab_body,
    other_tab_load,
    other_tab_keep,
    other_tab_loaded,
    kept_heading,
    kept_body,
    kept_download,
    kept_remove,
    kept_download_numbered,
    kept_remove_numbered,
    kept_removed,
    undo,
    undone,
    replace_start_heading,
    replace_start_body,
    replace_start_yes,
    replace_open_heading,
    replace_open_body,
    replace_open_yes,
    replace_no,
    confirm_email_self,
    confirm_email_too_long,
    mail_attach_body,
    mail_download,
    submit_failed_network,
    submit_failed_status,
    submit_try_again,
    counter_info,
    date_day,
    date_month,
    date_year,
    date_hint,
    error_date_day,
    error_date_month,
    error_date_year,
    error_date_year_digits,
    pledge_start,
    pledge_end,
    pledge_measurement,
    review_change,
    review_change_label,
    review_not_answered,
    review_confirm,
    confirm_reference,
    confirm_body,
    confirm_download,
    confirm_print,
    confirm_copy,
    confirm_copied,
    confirm_copy_failed,
    confirm_email,
    confirm_email_unconfigured,
    confirm_submit,
    confirm_submitting,
    confirm_submitted,
    confirm_submit_failed,
    confirm_new,
    confirm_incomplete,
    confirm_go_review,
    error_field_required,
    error_field_choose,
    error_field_too_long,
    error_field_too_short,
    error_email,
    error_phone,
    error_amount_nan,
    error_amount_negative,
    error_amount_zero,
    error_amount_precise,
    error_amount_large,
    error_currency,
    error_date,
    error_end_before_start,
    error_year,
    error_whole_number,
    error_schedule_total,
    error_need_objective,
    error_too_many,
    about_champion,
    about_champion_hint,
    about_position,
    about_position_hint,
    about_contact_phone_hint,
    about_secondary_name,
    about_secondary_hint,
    about_secondary_email,
    about_country_hint,
    about_country_global,
    about_country_choose,
    about_other_countries,
    about_other_countries_hint,
    about_other_country,
    about_add_country,
    about_remove_country,
    about_region,
    about_region_choose,
    about_legacy_country,
    about_legacy_country_note,
    pledge_type,
    pledge_type_hint,
    pledge_type_individual,
    pledge_type_individual_hint,
    pledge_type_common,
    pledge_type_common_hint,
    pledge_type_partnership,
    pledge_type_partnership_hint,
    pledge_type_choose_again,
    partners_legend,
    partners_hint,
    partner_name,
    partner_country,
    partner_email,
    partner_add,
    partner_remove,
    partners_matched_id_hint,
    mirror_legend,
    mirror_hint,
    nature_legend,
    nature_hint,
    details_intro,
    details_financial_heading,
    details_financial_why,
    details_material_heading,
    details_material_why,
    details_process_heading,
    details_process_why,
    details_policy_heading,
    details_policy_why,
    details_timing_heading,
    details_timing_why,
    align_over_three,
    description_line_breaks,
    describe_button,
    describe_hint,
    describe_confirm,
    describe_replace,
    describe_append,
    describe_keep,
    describe_done,
    describe_nothing,
    describe_lead,
    describe_partners,
    describe_places,
    describe_amount,
    describe_recipient,
    describe_schedule,
    describe_one_off,
    describe_staff,
    describe_expertise,
    describe_location,
    describe_process,
    describe_participants,
    describe_policy,
    describe_instrument,
    describe_dates,
    describe_start,
    describe_end,
    describe_measurement,
    describe_objectives,
    document_url,
    document_url_hint,
    error_url,
    error_need_nature,
    error_need_partner,
    sheet_heading,
    sheet_intro,
    sheet_open_form,
    sheet_section_1,
    sheet_section_2,
    sheet_section_2a,
    sheet_section_2b,
    sheet_section_3,
    sheet_section_4,
    sheet_section_5,
    sheet_section_6,
    sheet_section_7,
    sheet_section_5_note,
    sheet_partner,
    sheet_attach,
    sheet_extra_heading,
    sheet_extra_note,
    sheet_copy,
    sheet_copy_label,
    sheet_copied,
    sheet_copied_status,
    sheet_copy_failed,
    official_entity,
    official_entity_type,
    official_entity_other,
    official_champion,
    official_full_name,
    official_position,
    official_country,
    official_other_country,
    official_region,
    official_email,
    official_secondary,
    official_secondary_email,
    official_title,
    official_type,
    official_mirror,
    official_partner_name,
    official_partner_country,
    official_partner_email,
    official_matched_title,
    official_matched_id,
    official_nature,
    official_objectives,
    official_description,
    official_document,
    official_id_label,
    official_id_hint,
    official_id_save,
    official_id_saved,
    start_official,
    panic_heading,
    panic_body,
    panic_reload,
    noscript_note,
    region_africa,
    region_americas,
    region_asia,
    region_europe,
    region_oceania,
    history_point,
    history_point_since,
    problem_point_date,
    problem_history_order,
    problem_history_no_figure,
    problem_history_disagrees,
    history_heading,
    history_intro,
    history_chart_name,
    history_summary,
    history_legend_funded,
    history_legend_pipeline,
    history_legend_since,
    history_snapshot_marker,
    history_since,
    history_this_snapshot,
    history_table_caption,
    history_col_date,
    history_col_funded,
    history_col_pipeline,
    history_col_raised,
    history_col_allocated,
    history_col_target,
    history_col_share,
    history_col_source,
    history_not_stated,
    check_title,
    check_heading,
    check_intro,
    check_private,
    check_file_label,
    check_file_hint,
    check_paste_label,
    check_paste_button,
    check_pasted_name,
    check_reading,
    check_read_failed,
    check_result_heading,
    check_valid,
    check_invalid,
    check_warnings,
    check_problems_heading,
    check_warnings_heading,
    check_at_line,
    check_preview_note,
    check_preview_overview,
    check_preview_explorer,
    about_check_link,
    error_check_link,
}

/// The languages the app speaks: the six official languages of the United Nations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

impl Locale {
    /// In the UN's order (English alphabetical), as the switcher lists them.
    pub const ALL: [Locale; 6] = [Locale::Ar, Locale::Zh, Locale::En, Locale::Fr, Locale::Ru, Locale::Es];

    /// The language code for `<html lang>`, the URL and the translation file's name.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Ar => "ar",
            Locale::Zh => "zh",
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Ru => "ru",
            Locale::Es => "es",
        }
    }

    /// The tag handed to `Intl`. English is British English, as the UN writes it
    /// ("1 February 2022"); Chinese is simplified.
    pub fn intl_tag(self) -> &'static str {
        match self {
            Locale::Ar => "ar",
            Locale::Zh => "zh-Hans-CN",
            Locale::En => "en-GB",
            Locale::Fr => "fr-FR",
            Locale::Ru => "ru-RU",
            Locale::Es => "es-ES",
        }
    }

    /// The language's own name. A switcher lists each language in itself, whatever the
    /// page's language, so these are the same in every table and live here.
    pub fn autonym(self) -> &'static str {
        match self {
            Locale::Ar => "العربية",
            Locale::Zh => "中文",
            Locale::En => "English",
            Locale::Fr => "Français",
            Locale::Ru => "Русский",
            Locale::Es => "Español",
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Locale::Ar
    }

    fn index(self) -> usize {
        match self {
            Locale::Ar => 0,
            Locale::Zh => 1,
            Locale::En => 2,
            Locale::Fr => 3,
            Locale::Ru => 4,
            Locale::Es => 5,
        }
    }

    /// This language's table once it is loaded (English always is); English until then.
    /// Called from hundreds of views: kept out of line so each call stays a call.
    #[inline(never)]
    pub fn messages(self) -> &'static Messages {
        LOADED.with(|loaded| loaded[self.index()].get()).unwrap_or(&en::EN)
    }

    pub fn is_loaded(self) -> bool {
        self == Locale::En || LOADED.with(|loaded| loaded[self.index()].get().is_some())
    }

    /// The translation file, relative to the document's base like the data file.
    pub fn file_url(self) -> String {
        format!("i18n/{}.json", self.code())
    }

    /// "fr", "FR", "fr-CA", "fr_FR" all mean French.
    pub fn from_code(code: &str) -> Option<Locale> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        Locale::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(primary))
    }
}

thread_local! {
    static LOADED: [std::cell::Cell<Option<&'static Messages>>; 6] = const {
        [const { std::cell::Cell::new(None) }; 6]
    };
}

const COUNT: usize = KEYS.len();
const _: () = assert!(std::mem::size_of::<Messages>() == COUNT * std::mem::size_of::<&'static str>());
const _: () = assert!(std::mem::align_of::<Messages>() == std::mem::align_of::<[&'static str; COUNT]>());

impl Messages {
    /// The texts in key order. A loop over an array keeps the wasm small, where code
    /// naming each of ~400 fields would not.
    fn texts(&self) -> &[&'static str; COUNT] {
        // SAFETY: `Messages` is `repr(C)` and has exactly `COUNT` fields, all
        // `&'static str`, so it has the size (asserted above), alignment and field order of
        // `[&'static str; COUNT]`.
        unsafe { &*(self as *const Messages).cast::<[&'static str; COUNT]>() }
    }

    fn from_texts(texts: [&'static str; COUNT]) -> Messages {
        // SAFETY: as in `texts`: the same layout, and every element is a valid `&'static str`.
        unsafe { std::mem::transmute::<[&'static str; COUNT], Messages>(texts) }
    }
}

/// Why a translation file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TranslationError {
    /// Not JSON, or not an object of texts.
    Malformed,
    /// Parsed, but not one key matched: the wrong file.
    NoKnownKeys,
}

/// What installing a translation file found: texts taken from it and texts that fell back
/// to English (missing, not text, empty, or with placeholders that differ from English's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Installed {
    pub translated: usize,
    pub fallbacks: usize,
}

/// Builds a language's table from its file's JSON text. Each key is checked on its own,
/// so a host's edit that breaks one message costs that message, not the language.
#[inline(never)]
pub fn parse_translation(json: &str) -> Result<(Messages, Installed), TranslationError> {
    // Through `Value`, which the data file's reader already uses, rather than a map type of
    // its own: less code in the wasm.
    let root: serde_json::Value = serde_json::from_str(json).map_err(|_| TranslationError::Malformed)?;
    let map = root.as_object().ok_or(TranslationError::Malformed)?;
    let mut stats = Installed { translated: 0, fallbacks: 0 };
    let mut texts = *en::EN.texts();
    for (slot, key) in texts.iter_mut().zip(KEYS) {
        let english = *slot;
        match map.get(*key).and_then(|v| v.as_str()) {
            Some(text) if !text.trim().is_empty() && message::placeholders(text) == message::placeholders(english) => {
                stats.translated += 1;
                // Loaded once per language per visit, and kept for the page's life.
                *slot = Box::leak(text.to_string().into_boxed_str());
            }
            _ => stats.fallbacks += 1,
        }
    }
    if stats.translated == 0 {
        return Err(TranslationError::NoKnownKeys);
    }
    Ok((Messages::from_texts(texts), stats))
}

/// Makes `locale`'s table the one `Locale::messages` returns.
pub fn install(locale: Locale, json: &str) -> Result<Installed, TranslationError> {
    if locale == Locale::En {
        return Ok(Installed { translated: COUNT, fallbacks: 0 });
    }
    let (table, stats) = parse_translation(json)?;
    let table: &'static Messages = Box::leak(Box::new(table));
    LOADED.with(|loaded| loaded[locale.index()].set(Some(table)));
    Ok(stats)
}

/// `url` with its `lang` query parameter set for `locale`, or removed for English (the
/// default, so English addresses stay as they always were). Any fragment is kept.
pub fn with_lang(url: &str, locale: Locale) -> String {
    let (before_hash, hash) = match url.find('#') {
        Some(i) => url.split_at(i),
        None => (url, ""),
    };
    let (path, query) = match before_hash.find('?') {
        Some(i) => (&before_hash[..i], &before_hash[i + 1..]),
        None => (before_hash, ""),
    };
    let mut pairs: Vec<&str> =
        query.split('&').filter(|p| !p.is_empty() && *p != "lang" && !p.starts_with("lang=")).collect();
    let lang = format!("lang={}", locale.code());
    if locale != Locale::En {
        pairs.push(&lang);
    }
    if pairs.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{}{hash}", pairs.join("&"))
    }
}

/// The language a query string asks for (`?lang=fr`), if any it names is one we speak.
pub fn lang_in_query(query: &str) -> Option<Locale> {
    query.trim_start_matches('?').split('&').filter_map(|pair| pair.strip_prefix("lang=")).find_map(Locale::from_code)
}

/// The first of the browser's preferred languages that we speak.
pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<Locale> {
    preferred.into_iter().find_map(Locale::from_code)
}

use crate::domain::gcm::{Objective, Principle};

impl Messages {
    /// The official English wording of a GCM objective (A/RES/73/195), per language.
    pub fn objective(&self, objective: Objective) -> &'static str {
        const KEYS: [fn(&Messages) -> &'static str; 23] = [
            |m| m.objective_01,
            |m| m.objective_02,
            |m| m.objective_03,
            |m| m.objective_04,
            |m| m.objective_05,
            |m| m.objective_06,
            |m| m.objective_07,
            |m| m.objective_08,
            |m| m.objective_09,
            |m| m.objective_10,
            |m| m.objective_11,
            |m| m.objective_12,
            |m| m.objective_13,
            |m| m.objective_14,
            |m| m.objective_15,
            |m| m.objective_16,
            |m| m.objective_17,
            |m| m.objective_18,
            |m| m.objective_19,
            |m| m.objective_20,
            |m| m.objective_21,
            |m| m.objective_22,
            |m| m.objective_23,
        ];
        KEYS[usize::from(objective.number() - 1)](self)
    }

    /// A region from the data file, in this language. The schema's regions are the UN M49
    /// continents, which are translated; any other value is shown as the file has it.
    pub fn region(&self, raw: &str) -> String {
        let known = match raw.trim().to_ascii_lowercase().as_str() {
            "africa" => self.region_africa,
            "americas" => self.region_americas,
            "asia" => self.region_asia,
            "europe" => self.region_europe,
            "oceania" => self.region_oceania,
            _ => return raw.to_string(),
        };
        known.to_string()
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

thread_local! {
    static CURRENT: std::cell::Cell<Locale> = const { std::cell::Cell::new(Locale::En) };
}

/// The language on screen, for code outside the reactive views (links built once, the
/// panic message).
pub fn current() -> Locale {
    CURRENT.with(std::cell::Cell::get)
}

pub fn set_current(locale: Locale) {
    CURRENT.with(|c| c.set(locale));
}
