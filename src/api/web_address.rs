//! Addresses that come from data (where to read a letter, an authority's self-service, whom to
//! contact, where a law was read). Each is checked once, here, when it is read: only an `https:`
//! URL with a host becomes a [`SafeUrl`], the one type the views put into an `href`. Anything
//! else (`javascript:`, `data:`, `http:`, a broken address) stays text and never becomes a link,
//! and the section it is in keeps working.

use serde::{Deserialize, Serialize};

/// An address from data as it was sent. It becomes a link only through [`WebAddress::link`],
/// which checks it (where a view needs the link, so the decoders of the first view carry no
/// parser).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct WebAddress {
    raw: String,
}

impl From<String> for WebAddress {
    fn from(raw: String) -> Self {
        WebAddress { raw }
    }
}

impl WebAddress {
    /// The address as a link, if it is a safe one.
    pub fn link(&self) -> Option<SafeUrl> {
        SafeUrl::parse(&self.raw)
    }

    /// The address as it was sent (to show as text, never as a link).
    pub fn raw(&self) -> &str {
        &self.raw
    }
}

/// An `https:` URL with a host and nothing a browser would read differently: made only by
/// [`SafeUrl::parse`], so an `href` built from it cannot run script or leave for `http:`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafeUrl(String);

impl SafeUrl {
    /// `text` as a link if it is `https://host[:port][/path][?query][#fragment]`, the host of
    /// letters, digits, dots and hyphens, and no whitespace, control character or backslash
    /// anywhere (browsers drop or reinterpret those).
    pub fn parse(text: &str) -> Option<SafeUrl> {
        if text
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
        {
            return None;
        }
        let scheme = text.get(..8)?;
        if !scheme.eq_ignore_ascii_case("https://") {
            return None;
        }
        let rest = &text[8..];
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let authority = &rest[..end];
        let host = match authority.rsplit_once(':') {
            Some((host, port)) if !port.is_empty() && port.chars().all(|c| c.is_ascii_digit()) => {
                host
            }
            Some(_) => return None,
            None => authority,
        };
        let valid_host = !host.is_empty()
            && !host.starts_with(['.', '-'])
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
        valid_host.then(|| SafeUrl(text.to_owned()))
    }

    /// The URL, for an `href`.
    pub fn get(&self) -> String {
        self.0.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_with_a_host_is_a_link() {
        for good in [
            "https://www.borger.dk",
            "https://www.aarhus.dk/borger/selvbetjening?sag=1#top",
            "HTTPS://skat.dk/",
            "https://localhost:8443/x",
        ] {
            assert!(SafeUrl::parse(good).is_some(), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "http://www.borger.dk",
            "https://",
            "https:///evil",
            "https://user@evil.example",
            "https://evil.example\\@www.borger.dk",
            "https://www.borger.dk/\u{0}",
            "https://www.borger.dk /x",
            "https://www.borger.dk:abc/",
            "//evil.example",
            "/sager",
            "",
        ] {
            assert!(SafeUrl::parse(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn an_address_that_is_no_link_is_still_read_and_kept_as_text() {
        let address: WebAddress = serde_json::from_str(r#""javascript:alert(1)""#).unwrap();
        assert_eq!(address.link(), None);
        assert_eq!(address.raw(), "javascript:alert(1)");
        let address: WebAddress = serde_json::from_str(r#""https://www.borger.dk""#).unwrap();
        assert_eq!(
            address.link().map(|url| url.get()).as_deref(),
            Some("https://www.borger.dk")
        );
        assert_eq!(
            serde_json::to_string(&address).unwrap(),
            r#""https://www.borger.dk""#
        );
    }
}
