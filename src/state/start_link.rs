//! Start links: the address parameters a facilitator's link sets up a test with, declared once.
//!
//! A link carries its setup either as plain parameters (`?persona=familie&fejl=sager:500`, the
//! old form, still read) or as one opaque setup code (`?opsaetning=…`: the same query,
//! base64url-encoded), so a participant reads no instructions in the address. The app reads the
//! setup once at start — from its own address, from the login page's return address, and from
//! the code — keeps it for the tab, and then takes every setup parameter out of the visible
//! address ([`tidy_address`]). The page's inline start-up script (scripts/frames.mjs) reads
//! [`param::LANGUAGE`], [`param::PERSONA`] and [`param::CODE`] from this file.

use std::cell::OnceCell;

use super::storage_keys as keys;
use super::tab_storage::{forget, recall, remember};

/// The parameter names.
pub mod param {
    /// The persona to log in as.
    pub const PERSONA: &str = "persona";
    /// `da` or `en`.
    pub const LANGUAGE: &str = "sprog";
    /// The scenario clock's day, `YYYY-MM-DD`.
    pub const DATE: &str = "dato";
    /// Failures per source (`sager:500,skat:timeout`).
    pub const FAULTS: &str = "fejl";
    /// Delays per source in ms (`sager:2000`).
    pub const LATENCY: &str = "forsinkelse";
    /// The inactivity timeout in seconds.
    pub const IDLE_TIMEOUT: &str = "udloeb";
    /// A request's time limit in ms.
    pub const REQUEST_TIMEOUT: &str = "tidsgraense";
    /// Opens the facilitator panel.
    pub const FACILITATOR: &str = "facilitator";
    /// The id of the scenario the link belongs to.
    pub const SCENARIO: &str = "scenarie";
    /// The participant's id (a code such as `D3`, never a name).
    pub const PARTICIPANT: &str = "deltager";
    /// The persona ids the login page offers in a study (`a,b`).
    pub const STUDY_PERSONAS: &str = "personer";
    /// The opaque setup code: every other setup parameter, base64url-encoded.
    pub const CODE: &str = "opsaetning";
    /// The login page's return address (not setup; its own setup parameters are).
    pub const AFTER: &str = "efter";
}

/// Every setup parameter: what a start link may set, and what leaves the visible address.
pub const SETUP: [&str; 12] = [
    param::PERSONA,
    param::LANGUAGE,
    param::DATE,
    param::FAULTS,
    param::LATENCY,
    param::IDLE_TIMEOUT,
    param::REQUEST_TIMEOUT,
    param::FACILITATOR,
    param::SCENARIO,
    param::PARTICIPANT,
    param::STUDY_PERSONAS,
    param::CODE,
];

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `text` as a setup code: base64url without padding (RFC 4648 §5).
pub fn encode_code(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// The text of a setup code; `None` if it is not base64url of UTF-8 text.
pub fn decode_code(code: &str) -> Option<String> {
    let code = code.trim_end_matches('=');
    if code.len() % 4 == 1 {
        return None;
    }
    let mut bytes = Vec::with_capacity(code.len() * 3 / 4);
    for chunk in code.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            let value = ALPHABET.iter().position(|a| a == c)? as u32;
            n |= value << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            bytes.push((n >> (16 - 8 * i)) as u8);
        }
    }
    String::from_utf8(bytes).ok()
}

/// A scenario a start link asked for that this tab has not loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Awaited {
    /// The scenario's id.
    pub scenario: String,
    /// The persona the link would have logged in as.
    pub persona: Option<String>,
}

impl Awaited {
    fn encode(&self) -> String {
        format!(
            "{}|{}",
            self.scenario,
            self.persona.as_deref().unwrap_or("")
        )
    }

    fn decode(text: &str) -> Option<Awaited> {
        let (scenario, persona) = text.split_once('|')?;
        Some(Awaited {
            scenario: scenario.to_owned(),
            persona: (!persona.is_empty()).then(|| persona.to_owned()),
        })
    }
}

/// The setup of a start link, from its parameters in order: a code expands in place of itself
/// (`code` decodes it), a parameter given twice keeps its first value, and a scenario
/// that is not `loaded` holds back the persona (logging in as a scenario's persona without its
/// data would show nothing but errors).
pub fn setup_of(
    params: &[(String, String)],
    loaded: Option<&str>,
    code: impl Fn(&str) -> Vec<(String, String)>,
) -> (Vec<(String, String)>, Option<Awaited>) {
    let mut setup: Vec<(String, String)> = Vec::new();
    let expanded = params.iter().flat_map(|(name, value)| {
        if name == param::CODE {
            code(value)
        } else {
            vec![(name.clone(), value.clone())]
        }
    });
    for (name, value) in expanded {
        if SETUP.contains(&name.as_str()) && !setup.iter().any(|(n, _)| *n == name) {
            setup.push((name, value));
        }
    }
    let scenario = setup
        .iter()
        .find(|(name, _)| name == param::SCENARIO)
        .map(|(_, id)| id.clone());
    let awaited = scenario
        .filter(|id| loaded != Some(id.as_str()))
        .map(|scenario| {
            let persona = setup
                .iter()
                .position(|(name, _)| name == param::PERSONA)
                .map(|at| setup.remove(at).1);
            Awaited { scenario, persona }
        });
    (setup, awaited)
}

thread_local! {
    static START: OnceCell<Vec<(String, String)>> = const { OnceCell::new() };
}

/// A query string's setup parameters and return address (the first value of each), in the
/// order of [`SETUP`], so an explicit parameter comes before the code that might repeat it.
fn query_params(query: &str) -> Vec<(String, String)> {
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(query) else {
        return Vec::new();
    };
    SETUP
        .iter()
        .chain([&param::AFTER])
        .filter_map(|name| params.get(name).map(|value| (name.to_string(), value)))
        .collect()
}

/// The query of an app address (`/sager?x=1` → `x=1`).
fn query_of(target: &str) -> &str {
    target
        .split('#')
        .next()
        .and_then(|t| t.split_once('?'))
        .map_or("", |(_, query)| query)
}

/// The address's parameters, then those of the login page's return address.
fn address_params() -> Vec<(String, String)> {
    let search = leptos::prelude::window()
        .location()
        .search()
        .unwrap_or_default();
    let own = query_params(&search);
    let after = own
        .iter()
        .find(|(name, _)| name == param::AFTER)
        .filter(|(_, target)| target.starts_with('/'))
        .map(|(_, target)| query_params(query_of(target)))
        .unwrap_or_default();
    own.into_iter().chain(after).collect()
}

/// The setup the tab started with (read from the address once); a scenario it asks for that
/// is not loaded is remembered as awaited.
fn start_setup() -> Vec<(String, String)> {
    START.with(|start| {
        start
            .get_or_init(|| {
                let loaded = recall(keys::SCENARIO_ID);
                let (setup, awaited) = setup_of(&address_params(), loaded.as_deref(), |code| {
                    decode_code(code)
                        .map(|query| query_params(&query))
                        .unwrap_or_default()
                });
                let asked = setup.iter().any(|(name, _)| name == param::SCENARIO);
                match awaited {
                    Some(awaited) => remember(keys::AWAITED_SCENARIO, &awaited.encode()),
                    None if asked => forget(keys::AWAITED_SCENARIO),
                    None => {}
                }
                setup
            })
            .clone()
    })
}

/// The value of start-link parameter `name`, if the tab's start address set it.
pub fn start_param(name: &str) -> Option<String> {
    start_setup()
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, value)| value)
}

/// The scenario a start link asked for and this tab has not loaded yet.
pub fn awaited_scenario() -> Option<Awaited> {
    start_setup();
    recall(keys::AWAITED_SCENARIO).and_then(|text| Awaited::decode(&text))
}

/// Forgets the awaited scenario (loaded, or the facilitator went on without it).
pub fn stop_awaiting() {
    forget(keys::AWAITED_SCENARIO);
}

/// `target` (an app address) without setup parameters.
pub fn without_setup(target: &str) -> String {
    let (rest, hash) = match target.split_once('#') {
        Some((rest, hash)) => (rest, format!("#{hash}")),
        None => (target, String::new()),
    };
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(query) else {
        return target.to_owned();
    };
    for name in SETUP {
        params.delete(name);
    }
    if let Some(after) = params.get(param::AFTER) {
        params.set(param::AFTER, &without_setup(&after));
    }
    let query = String::from(params.to_string());
    match query.as_str() {
        "" => format!("{path}{hash}"),
        query => format!("{path}?{query}{hash}"),
    }
}

/// Reads the start setup (if not yet read) and takes it out of the visible address, so a
/// participant sees `/oekonomi`, not the faults in force; the page does not reload.
pub fn tidy_address() {
    start_setup();
    let window = leptos::prelude::window();
    let location = window.location();
    let here = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    let tidy = without_setup(&here);
    if tidy != here {
        if let Ok(history) = window.history() {
            let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
            let _ = history.replace_state_with_url(&state, "", Some(&tidy));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_code_is_base64url_and_reads_back() {
        for text in [
            "",
            "a",
            "ab",
            "abc",
            "persona=familie&fejl=sager%3A500",
            "æøå ✓",
        ] {
            let code = encode_code(text);
            assert!(code.bytes().all(|b| ALPHABET.contains(&b)), "{code}");
            assert_eq!(decode_code(&code).as_deref(), Some(text));
        }
        assert_eq!(encode_code("persona=a"), "cGVyc29uYT1h");
        assert_eq!(decode_code("cGVyc29uYT1h=").as_deref(), Some("persona=a"));
        assert_eq!(decode_code("cGVy!29u"), None);
        assert_eq!(decode_code("c"), None);
        assert_eq!(decode_code("_w"), None, "not UTF-8");
    }

    fn expand(code: &str) -> Vec<(String, String)> {
        match code {
            "K" => pairs(&[("fejl", "sager:500"), ("persona", "from-code")]),
            _ => Vec::new(),
        }
    }

    #[test]
    fn the_setup_takes_setup_parameters_once_and_expands_the_code_in_place() {
        let params = pairs(&[
            ("side", "2"),
            ("persona", "familie"),
            ("opsaetning", "K"),
            ("efter", "/sager"),
            ("sprog", "en"),
        ]);
        let (setup, awaited) = setup_of(&params, None, expand);
        assert_eq!(
            setup,
            pairs(&[
                ("persona", "familie"),
                ("fejl", "sager:500"),
                ("sprog", "en")
            ])
        );
        assert_eq!(awaited, None);
    }

    #[test]
    fn a_scenario_not_loaded_holds_the_persona_back() {
        let params = pairs(&[
            ("scenarie", "vejle"),
            ("persona", "vejle"),
            ("dato", "2026-05-01"),
        ]);
        let (setup, awaited) = setup_of(&params, Some("other"), expand);
        assert_eq!(
            setup,
            pairs(&[("scenarie", "vejle"), ("dato", "2026-05-01")])
        );
        assert_eq!(
            awaited,
            Some(Awaited {
                scenario: "vejle".into(),
                persona: Some("vejle".into())
            })
        );
        let (setup, awaited) = setup_of(&params, Some("vejle"), expand);
        assert_eq!(setup.len(), 3);
        assert_eq!(awaited, None);
        let waiting = Awaited {
            scenario: "vejle".into(),
            persona: None,
        };
        assert_eq!(Awaited::decode(&waiting.encode()), Some(waiting));
    }

    #[test]
    fn the_address_query_is_read_without_its_hash() {
        assert_eq!(query_of("/sager?fejl=x#top"), "fejl=x");
        assert_eq!(query_of("/sager"), "");
    }
}
