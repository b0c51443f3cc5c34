//! Everything a wizard says and offers about the draft itself: why it is not saved, drafts
//! kept aside, another tab's change, the question before a draft is replaced, the notice
//! with Undo after it, and the draft file (download, open). Once, for both wizards: each
//! says how its drafts are named and read (`Drafted`).

use std::marker::PhantomData;

use leptos::html::Dialog;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::browser::download::download;
use crate::browser::files::{read_text, take_chosen};
use crate::browser::focus::focus_id;
use crate::domain::pledge::file::{DraftError, MAX_FILE_BYTES};
use crate::domain::pledge::form::Form;
use crate::i18n::locale::use_i18n;
use crate::i18n::{Arg, Messages};
use crate::state::draft::{use_draft, Notice, Pending, Replacement, Unsaved};

/// A form's drafts as its wizard names and reads them.
pub trait Drafted: Form {
    /// The start of its files' names: `pledge-draft`, `progress-draft`.
    const FILE: &'static str;
    /// What the visitor calls it: its title, empty until typed.
    fn title(&self) -> &str;
    /// The wizard's first page, where "Start a new one" goes.
    fn start_path() -> String;
    /// What a file opened with "Open a saved draft" gives (a pledge file opened in the
    /// progress report starts a report on that pledge).
    fn from_file(text: &str) -> Result<Self, DraftError>;
    /// Why a file or a kept draft cannot be read, in this form's words.
    fn error_text(m: &Messages, e: DraftError) -> &'static str;
    /// Said once the draft was replaced by an empty one ("You are starting a new pledge").
    fn started_again(m: &Messages) -> &'static str;
}

/// The pledge wizard's words for a file it cannot read.
pub fn draft_error_text(m: &Messages, e: DraftError) -> &'static str {
    match e {
        DraftError::Empty => m.draft_error_empty(),
        DraftError::TooLarge => m.draft_error_large(),
        DraftError::NotJson => m.draft_error_json(),
        DraftError::NotADraft => m.draft_error_foreign(),
        DraftError::OldVersion => m.draft_error_old(),
        DraftError::NewerVersion => m.draft_error_newer(),
        DraftError::Invalid => m.draft_error_invalid(),
    }
}

/// A draft as the user knows it: its title, or "a draft without a title yet".
pub fn draft_title<D: Drafted>(m: &Messages, d: &D) -> String {
    if d.title().trim().is_empty() {
        m.start_resume_untitled().to_string()
    } else {
        d.title().trim().to_string()
    }
}

/// Every banner about the draft, in the order they matter. (The form is named by a value
/// of its kind, unused, so that the page need not spell out its type.)
#[component]
pub fn DraftBanners<D: Drafted>(#[prop(optional)] _kind: PhantomData<D>) -> impl IntoView {
    view! {
        <StorageBanner<D>/>
        <OtherTabBanner<D>/>
        <KeptBanner<D>/>
        <NoticeBanner<D>/>
        <ConfirmReplace<D>/>
    }
}

#[component]
fn StorageBanner<D: Drafted>(#[prop(optional)] _kind: PhantomData<D>) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_draft::<D>();
    move || {
        let text = match w.unsaved()? {
            Unsaved::Unavailable => i18n.m().storage_unavailable(),
            Unsaved::Full => i18n.m().storage_full(),
            Unsaved::Occupied => i18n.m().storage_occupied(),
        };
        Some(view! {
            <div class="notice warning" role="status">
                <p>{text}</p>
                <DraftDownload<D>/>
            </div>
        })
    }
}

/// A change saved from another tab: nothing is written over until the user chooses.
#[component]
fn OtherTabBanner<D: Drafted>(#[prop(optional)] _kind: PhantomData<D>) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_draft::<D>();
    move || {
        let theirs = w.other()?;
        let m = i18n.m();
        let what = if theirs.is_empty() {
            m.other_tab_cleared().to_string()
        } else {
            i18n.fill(|m| m.other_tab_changed(), &[("title", Arg::Text(&draft_title(m, &theirs)))])
        };
        Some(view! {
            <div class="notice warning" role="alert">
                <h2>{m.other_tab_heading()}</h2>
                <p>{what}</p>
                <p>{m.other_tab_body()}</p>
                <div class="actions">
                    <button type="button" class="primary" on:click=move |_| w.take_other()>{m.other_tab_load()}</button>
                    <button type="button" class="secondary" on:click=move |_| w.keep_mine()>{m.other_tab_keep()}</button>
                </div>
            </div>
        })
    }
}

/// Drafts this version cannot read: kept exactly as found, offered as files, removed only
/// on the user's word.
#[component]
fn KeptBanner<D: Drafted>(#[prop(optional)] _kind: PhantomData<D>) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_draft::<D>();
    move || {
        let kept = w.kept();
        if kept.is_empty() {
            return None;
        }
        let m = i18n.m();
        let many = kept.len() > 1;
        let items = kept
            .into_iter()
            .enumerate()
            .map(|(i, k)| {
                let number = [("number", Arg::Count(i as u64 + 1))];
                let (download_label, remove_label) = if many {
                    (i18n.fill(|m| m.kept_download_numbered(), &number), i18n.fill(|m| m.kept_remove_numbered(), &number))
                } else {
                    (m.kept_download().to_string(), m.kept_remove().to_string())
                };
                let file = format!("{}-kept-{}.json", D::FILE, i + 1);
                let text = k.text.clone();
                view! {
                    <li>
                        <p>{D::error_text(m, k.problem)}</p>
                        <div class="actions">
                            <button type="button" class="secondary" on:click=move |_| { let _ = download(&file, "application/json", &text); }>{download_label}</button>
                            <button type="button" class="secondary" on:click=move |_| w.remove_kept(k.clone())>{remove_label}</button>
                        </div>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <div class="notice warning kept" role="status">
                <h2>{m.kept_heading()}</h2>
                <p>{m.kept_body()}</p>
                <ul class="kept-list">{items}</ul>
            </div>
        })
    }
}

#[component]
fn NoticeBanner<D: Drafted>(#[prop(optional)] _kind: PhantomData<D>) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_draft::<D>();
    move || {
        let notice = w.notice()?;
        let m = i18n.m();
        let (text, undo) = match notice {
            Notice::FileError(e) => (D::error_text(m, e).to_string(), false),
            Notice::FileUnreadable => (m.draft_error_read().to_string(), false),
            Notice::Replaced { why, previous } => {
                let text = match why {
                    Replacement::StartedAgain => D::started_again(m).to_string(),
                    Replacement::Opened(file) => i18n.fill(|m| m.draft_opened(), &[("file", Arg::Text(&file))]),
                    Replacement::TookOther => m.other_tab_loaded().to_string(),
                };
                (text, !previous.is_empty())
            }
            Notice::KeptRemoved(_) => (m.kept_removed().to_string(), true),
            Notice::Undone => (m.undone().to_string(), false),
        };
        Some(view! {
            <div class="notice" role="status">
                <p>{text}</p>
                <div class="actions">
                    {undo.then(|| view! { <button type="button" class="primary" id="undo" on:click=move |_| w.undo()>{m.undo()}</button> })}
                    <button type="button" class="secondary" on:click=move |_| w.dismiss_notice()>{m.dismiss()}</button>
                </div>
            </div>
        })
    }
}

/// The GOV.UK "are you sure" before a draft is replaced, as a modal dialog: it says what
/// will be lost, No is where the focus starts, and Escape means No.
#[component]
fn ConfirmReplace<D: Drafted>(#[prop(optional)] _kind: PhantomData<D>) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_draft::<D>();
    let navigate = use_navigate();
    let dialog = NodeRef::<Dialog>::new();
    Effect::new(move |_| {
        let open = w.is_asking();
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                let _ = d.show_modal();
            } else if !open && d.open() {
                d.close();
            }
        }
    });
    let yes = move |_| {
        let Some(pending) = w.answer_yes() else {
            return;
        };
        match pending {
            Pending::StartAgain => w.replace(D::default(), Replacement::StartedAgain),
            Pending::StartNew => {
                w.replace(D::default(), Replacement::StartedAgain);
                navigate(&i18n.nav(&D::start_path()), Default::default());
            }
            Pending::Open { name, draft } => w.replace(*draft, Replacement::Opened(name)),
        }
        request_animation_frame(|| focus_id("undo"));
    };
    let content = move || {
        let pending = w.question()?;
        let m = i18n.m();
        let current = w.read_untracked(|d| draft_title(m, d));
        let (heading, body, yes_label) = match &pending {
            Pending::StartAgain | Pending::StartNew => (
                m.replace_start_heading(),
                i18n.fill(|m| m.replace_start_body(), &[("title", Arg::Text(&current))]),
                m.replace_start_yes(),
            ),
            Pending::Open { name, .. } => (
                m.replace_open_heading(),
                i18n.fill(|m| m.replace_open_body(), &[("title", Arg::Text(&current)), ("file", Arg::Text(name))]),
                m.replace_open_yes(),
            ),
        };
        Some(view! {
            <h2 id="replace-heading">{heading}</h2>
            <p id="replace-body">{body}</p>
            <div class="actions">
                <button type="button" class="warning" on:click=yes.clone()>{yes_label}</button>
                <button type="button" class="secondary" autofocus=true on:click=move |_| w.answer_no()>{m.replace_no()}</button>
                <DraftDownload<D>/>
            </div>
        })
    };
    view! {
        <dialog node_ref=dialog class="confirm"
            aria-labelledby=move || w.is_asking().then_some("replace-heading")
            aria-describedby=move || w.is_asking().then_some("replace-body")
            on:close=move |_| w.answer_no()>
            {content}
        </dialog>
    }
}

#[component]
pub fn DraftDownload<D: Drafted>(#[prop(optional)] _kind: PhantomData<D>) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_draft::<D>();
    let on_click = move |_| {
        let text = w.read_untracked(D::to_text);
        if download(&format!("{}.json", D::FILE), "application/json", &text).is_ok() {
            w.mark_downloaded();
        }
    };
    view! { <button type="button" class="secondary" on:click=on_click>{i18n.t(|m| m.draft_download())}</button> }
}

/// "Open a saved draft": a file input, checked before anything is replaced; over a draft
/// with content, it asks first.
#[component]
pub fn DraftOpen<D: Drafted>(
    #[prop(optional)] _kind: PhantomData<D>,
    /// The label and hint, when not the pledge's "Open a saved draft".
    #[prop(optional)]
    words: Option<(super::Text, super::Text)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_draft::<D>();
    let on_change = move |ev: leptos::ev::Event| {
        let Some(file) = take_chosen(&ev) else {
            return;
        };
        let name = file.name();
        // Refused before it is read: a huge file would otherwise be read whole into memory.
        if file.size() > MAX_FILE_BYTES as f64 {
            w.tell(Notice::FileError(DraftError::TooLarge));
            return;
        }
        leptos::task::spawn_local(async move {
            match read_text(&file).await.map(|t| D::from_file(&t)) {
                Some(Ok(draft)) => {
                    if w.read_untracked(|d| d.is_empty() || *d == draft) {
                        w.replace(draft, Replacement::Opened(name));
                    } else {
                        w.ask(Pending::Open { name, draft: Box::new(draft) });
                    }
                }
                Some(Err(e)) => w.tell(Notice::FileError(e)),
                None => w.tell(Notice::FileUnreadable),
            }
        });
    };
    let (label, hint): (super::Text, super::Text) = words.unwrap_or((|m| m.draft_open(), |m| m.draft_open_hint()));
    view! {
        <div class="field">
            <label for="open-draft">{i18n.t(label)}</label>
            <p class="hint" id="open-draft-hint">{i18n.t(hint)}</p>
            <input id="open-draft" type="file" accept=".json,application/json" aria-describedby="open-draft-hint" on:change=on_change/>
        </div>
    }
}
