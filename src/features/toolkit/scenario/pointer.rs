//! JSON pointers (RFC 6901) into a scenario file, from the decoder's paths.

/// A JSON pointer token: `~` → `~0`, `/` → `~1` (RFC 6901).
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// The decoder's JSON path (`data[1].fremdrift.kode`, root `.`) as a pointer below `base`.
pub fn path_pointer(base: &str, path: &str) -> String {
    path.replace('[', ".")
        .split(['.', ']'])
        .filter(|token| !token.is_empty())
        .fold(base.to_owned(), |pointer, token| {
            format!("{pointer}/{}", escape(token))
        })
}

/// A pointer's tokens, unescaped.
fn tokens(pointer: &str) -> Vec<String> {
    pointer
        .split('/')
        .skip(1)
        .map(|token| token.replace("~1", "/").replace("~0", "~"))
        .collect()
}

/// What one item of an endpoint's list is called: (Danish, English).
fn item_name(endpoint: &str) -> (&'static str, &'static str) {
    match endpoint {
        "sager" => ("sag", "case"),
        "ydelser" => ("ydelse", "benefit"),
        "udbetalinger" => ("udbetaling", "payout"),
        "adgangslog" => ("opslag", "look-up"),
        "digital-post" => ("brev", "letter"),
        "koeretoejer" => ("køretøj", "vehicle"),
        "samtykker" => ("samtykke", "consent"),
        "fuldmagter" => ("fuldmagt", "power of attorney"),
        _ => ("nr.", "no."),
    }
}

/// A pointer as a person reads it: `/opgaver/3/tekst` → "Opgave 4 → tekst",
/// `/endepunkter/sager/data/0/titel` → "sager → sag 1 → titel",
/// `/endepunkter/sager~1<uuid>/data/sag/titel` → "sagen c7325839 → sag → titel". Lists count
/// from 1, `endepunkter` and an endpoint's `data` are left out. `None` for the whole file.
pub fn readable(pointer: &str, lang: crate::i18n::Lang) -> Option<String> {
    use crate::i18n::Lang;
    let tokens = tokens(pointer);
    if tokens.is_empty() {
        return None;
    }
    let da = lang == Lang::Da;
    let mut parts: Vec<String> = Vec::new();
    let mut endpoint: Option<String> = None;
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        let number = token.parse::<usize>().ok().map(|n| n + 1);
        match (i, token.as_str(), number) {
            (0, "opgaver", _) if tokens.get(1).is_some_and(|t| t.parse::<usize>().is_ok()) => {
                let n = tokens[1].parse::<usize>().unwrap_or(0) + 1;
                parts.push(if da {
                    format!("Opgave {n}")
                } else {
                    format!("Task {n}")
                });
                i += 1;
            }
            (0, "endepunkter", _) => {}
            (1, key, _) if tokens[0] == "endepunkter" => {
                let segments: Vec<&str> = key.split('/').collect();
                let short = |id: &str| id.chars().take(8).collect::<String>();
                let mut words = Vec::new();
                let mut rest = segments.as_slice();
                if let ["paa-vegne-af", id, tail @ ..] = rest {
                    words.push(if da {
                        format!("på vegne af {}", short(id))
                    } else {
                        format!("on behalf of {}", short(id))
                    });
                    rest = tail;
                }
                match rest {
                    ["sager", id] => words.push(if da {
                        format!("sagen {}", short(id))
                    } else {
                        format!("the case {}", short(id))
                    }),
                    other => {
                        endpoint = other.last().map(|s| s.to_string());
                        words.push(other.join("/"));
                    }
                }
                parts.push(words.join(" → "));
            }
            (2, "data", _) if tokens[0] == "endepunkter" => {}
            (_, _, Some(n)) => {
                let (item_da, item_en) = endpoint
                    .as_deref()
                    .filter(|_| i == 3)
                    .map_or(("nr.", "no."), item_name);
                parts.push(format!("{} {n}", if da { item_da } else { item_en }));
            }
            (_, name, None) => parts.push(name.to_owned()),
        }
        i += 1;
    }
    Some(parts.join(" → "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn pointers_read_as_paths() {
        let read = |p: &str| readable(p, Lang::Da).unwrap();
        assert_eq!(readable("", Lang::Da), None);
        assert_eq!(read("/navn"), "navn");
        assert_eq!(read("/opgaver/3/tekst"), "Opgave 4 → tekst");
        assert_eq!(
            read("/opgaver/0/succes/sider/1"),
            "Opgave 1 → succes → sider → nr. 2"
        );
        assert_eq!(
            read("/endepunkter/sager/data/0/titel"),
            "sager → sag 1 → titel"
        );
        assert_eq!(
            read("/endepunkter/sager~1c7325839-dc64-5b99-bf0a-c07f841225cf/data/sag/titel"),
            "sagen c7325839 → sag → titel"
        );
        assert_eq!(
            read("/endepunkter/paa-vegne-af~1d1e2f3a4-0000-4000-8000-000000000000~1ydelser/data/2/navn"),
            "på vegne af d1e2f3a4 → ydelser → ydelse 3 → navn"
        );
        assert_eq!(read("/endepunkter/session/data/navn"), "session → navn");
        assert_eq!(
            readable("/opgaver/3/tekst", Lang::En).as_deref(),
            Some("Task 4 → tekst")
        );
    }
}
