//! Links that come from data: only absolute http(s) URLs become `href`s, so a data file
//! cannot smuggle in `javascript:` or `data:` links.

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafeUrl(String);

impl SafeUrl {
    pub fn parse(text: &str) -> Option<SafeUrl> {
        let trimmed = text.trim();
        let lower = trimmed.get(..8).unwrap_or(trimmed).to_ascii_lowercase();
        let rest = if lower.starts_with("https://") {
            &trimmed[8..]
        } else if lower.starts_with("http://") {
            &trimmed[7..]
        } else {
            return None;
        };
        let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let host = &rest[..host_end];
        let host_ok = !host.is_empty()
            && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']' | '_'));
        // Whitespace and control characters inside a URL are a sign of a mangled value.
        let body_ok = !trimmed.chars().any(|c| c.is_whitespace() || c.is_control());
        (host_ok && body_ok).then(|| SafeUrl(trimmed.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Percent-encodes a query value (RFC 3986 unreserved characters stay as they are).
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push_str("%20"),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_http_and_https() {
        assert!(SafeUrl::parse("https://migrationnetwork.un.org/projects/x").is_some());
        assert!(SafeUrl::parse("http://mptf.undp.org/factsheet/fund/MIG00").is_some());
        assert!(SafeUrl::parse("HTTPS://EXAMPLE.ORG").is_some());
        assert!(SafeUrl::parse("https://digital506.com/destinaran-%c2%a21000").is_some());
    }

    #[test]
    fn refuses_scripts_and_other_schemes() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>",
            "//evil.example",
            "ftp://x.org",
            "https://",
            "https:///path",
            "https://ex ample.org",
            "https://a.org/\u{0}",
            "vbscript:x",
            "",
            "https://user@evil.org",
            "mailto:a@b.org",
        ] {
            assert!(SafeUrl::parse(bad).is_none(), "{bad}");
        }
    }
}
