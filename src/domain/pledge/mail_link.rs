//! `mailto:` links that carry the whole pledge, or say they cannot: mail programs and
//! browsers cut or refuse longer links, so a text that does not fit is never cut silently.

use crate::domain::safe_url::encode;

/// The longest link every common mail program and browser takes whole.
pub const MAX_MAIL_LINK: usize = 2000;

/// The link, or its length when it would be longer than [`MAX_MAIL_LINK`].
pub fn mail_link(to: &str, subject: &str, body: &str) -> Result<String, usize> {
    let link = format!("mailto:{}?subject={}&body={}", encode(to.trim()), encode(subject), encode(body));
    let length = link.chars().count();
    if length > MAX_MAIL_LINK {
        Err(length)
    } else {
        Ok(link)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_texts_fit_whole() {
        let link = mail_link("a@example.org", "IMRF pledge", "Line one\nLine two").unwrap_or_default();
        assert_eq!(link, "mailto:a%40example.org?subject=IMRF%20pledge&body=Line%20one%0ALine%20two");
    }

    #[test]
    fn long_texts_are_refused_with_their_length() {
        let body = "x".repeat(3000);
        assert_eq!(mail_link("a@example.org", "s", &body), Err("mailto:a%40example.org?subject=s&body=".len() + 3000));
        // Arabic letters are encoded to six characters each: 400 of them are too many.
        assert!(mail_link("a@example.org", "s", &"ع".repeat(300)).is_ok());
        assert!(mail_link("a@example.org", "s", &"ع".repeat(400)).is_err());
        assert!(mail_link("a@example.org", "s", &"x".repeat(1900)).is_ok());
    }
}
