//! What happens before the app is drawn: the language's file and the data file are fetched
//! side by side, so the first paint is already in the visitor's language and, usually,
//! already has the figures.

/// The language file (if not English) and the data file, together. The data is waited for
/// up to half a second (index.html preloads it, so it is usually in by then); after that the
/// app mounts with its loading message and the same request carries on.
pub async fn prepare() {
    futures::future::join(crate::i18n::locale::prepare_language(), crate::state::fund::prefetch(500)).await;
}
