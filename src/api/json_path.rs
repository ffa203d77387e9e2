//! Finds the JSON path (`data[1].fremdrift.kode`) at a position in a body.
//!
//! Decoding runs with plain `serde_json`; only when it fails does this walk the body up to the
//! error's line and column to name where it broke. One small generic walker instead of a
//! path-tracking second copy of every model's decoder.

/// One open container on the way to the error.
enum Frame {
    /// An object, with the key whose value is being read (if one has been read).
    Object { key: Option<String> },
    /// An array, with the index of the element being read.
    Array { index: usize },
}

/// The path at 1-based `line` and `column` (as `serde_json::Error` reports them) in `body`.
/// The root is `.`; keys join with `.`, indices as `[n]`.
pub fn path_at(body: &str, line: usize, column: usize) -> String {
    let end = byte_offset(body, line, column);
    let mut stack: Vec<Frame> = Vec::new();
    let mut chars = body[..end].char_indices().peekable();
    let mut expecting_key = false;
    while let Some((_, c)) = chars.next() {
        match c {
            '{' => {
                stack.push(Frame::Object { key: None });
                expecting_key = true;
            }
            '[' => {
                stack.push(Frame::Array { index: 0 });
                expecting_key = false;
            }
            '}' | ']' => {
                stack.pop();
                expecting_key = false;
            }
            ',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { key }) => {
                    *key = None;
                    expecting_key = true;
                }
                None => {}
            },
            ':' => expecting_key = false,
            '"' => {
                let mut text = String::new();
                let mut escaped = false;
                let mut closed = false;
                for (_, c) in chars.by_ref() {
                    match (escaped, c) {
                        (true, _) => {
                            text.push(c);
                            escaped = false;
                        }
                        (false, '\\') => escaped = true,
                        (false, '"') => {
                            closed = true;
                            break;
                        }
                        (false, _) => text.push(c),
                    }
                }
                // A key cut off by the error is not yet a key.
                if expecting_key && closed {
                    if let Some(Frame::Object { key }) = stack.last_mut() {
                        *key = Some(text);
                    }
                }
            }
            _ => {}
        }
    }
    render(&stack)
}

/// The byte offset of a 1-based line and column, clamped to the body and to a char boundary.
fn byte_offset(body: &str, line: usize, column: usize) -> usize {
    let line_start = body
        .match_indices('\n')
        .nth(line.saturating_sub(2))
        .map_or(0, |(i, _)| i + 1);
    let line_start = if line <= 1 { 0 } else { line_start };
    let mut end = (line_start + column).min(body.len());
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    end
}

fn render(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Object { key: Some(key) } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None } => {}
            Frame::Array { index } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    if path.is_empty() {
        ".".to_owned()
    } else {
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_of_error(body: &str) -> String {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Item {
            navn: String,
            antal: u32,
        }
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Body {
            data: Vec<Item>,
        }
        let err = serde_json::from_str::<Body>(body).unwrap_err();
        path_at(body, err.line(), err.column())
    }

    #[test]
    fn names_the_field_with_the_wrong_type() {
        assert_eq!(
            path_of_error(r#"{"data":[{"navn":"A","antal":1},{"navn":"B","antal":"to"}]}"#),
            "data[1].antal"
        );
    }

    #[test]
    fn names_the_object_that_lacks_a_field() {
        assert_eq!(
            path_of_error(r#"{"data":[{"navn":"A","antal":1},{"navn":"B"}]}"#),
            "data[1]"
        );
    }

    #[test]
    fn works_across_lines_escapes_and_non_ascii_text() {
        let body = "{\n  \"data\": [\n    {\"navn\": \"Å \\\"x\\\" ,{[\", \"antal\": 1},\n    {\"navn\": \"Ø\", \"antal\": -1}\n  ]\n}";
        assert_eq!(path_of_error(body), "data[1].antal");
    }

    #[test]
    fn broken_syntax_names_where_it_stopped() {
        assert_eq!(
            path_of_error(r#"{"data":[{"navn":"A","antal":1},{"navn"#),
            "data[1]"
        );
        assert_eq!(path_of_error("<html>"), ".");
    }
}
