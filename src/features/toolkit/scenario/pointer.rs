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
