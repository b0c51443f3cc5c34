//! Finds the line of a JSON path (`programmes[3].budget`) in a file's text, so that a
//! problem can be shown where the host will edit it. A small scanner that follows the
//! structure without building values; on malformed text it gives up (`None`).

fn skip_ws(b: &[u8], mut i: usize, line: &mut usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\r' | b'\n') {
        if b[i] == b'\n' {
            *line += 1;
        }
        i += 1;
    }
    i
}

fn string_end(b: &[u8], mut i: usize) -> Option<usize> {
    // b[i] is the opening quote; returns the index after the closing quote.
    i += 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

struct Finder<'a> {
    b: &'a [u8],
    target: &'a str,
    found: Option<usize>,
}

impl Finder<'_> {
    /// Scans the value at `i` (whose path is `path`); returns the index after it.
    fn value(&mut self, i: usize, path: &str, line: &mut usize) -> Option<usize> {
        let i = skip_ws(self.b, i, line);
        if self.found.is_none() && path == self.target {
            self.found = Some(*line);
        }
        match *self.b.get(i)? {
            b'{' => {
                let mut i = skip_ws(self.b, i + 1, line);
                if self.b.get(i) == Some(&b'}') {
                    return Some(i + 1);
                }
                loop {
                    if self.b.get(i) != Some(&b'"') {
                        return None;
                    }
                    let end = string_end(self.b, i)?;
                    let key = std::str::from_utf8(&self.b[i + 1..end - 1]).ok()?;
                    let child = if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
                    i = skip_ws(self.b, end, line);
                    if self.b.get(i) != Some(&b':') {
                        return None;
                    }
                    i = self.value(i + 1, &child, line)?;
                    i = skip_ws(self.b, i, line);
                    match self.b.get(i)? {
                        b',' => i = skip_ws(self.b, i + 1, line),
                        b'}' => return Some(i + 1),
                        _ => return None,
                    }
                }
            }
            b'[' => {
                let mut i = skip_ws(self.b, i + 1, line);
                if self.b.get(i) == Some(&b']') {
                    return Some(i + 1);
                }
                let mut n = 0;
                loop {
                    i = self.value(i, &format!("{path}[{n}]"), line)?;
                    n += 1;
                    i = skip_ws(self.b, i, line);
                    match self.b.get(i)? {
                        b',' => i += 1,
                        b']' => return Some(i + 1),
                        _ => return None,
                    }
                }
            }
            b'"' => string_end(self.b, i),
            _ => {
                let mut j = i;
                while j < self.b.len() && !matches!(self.b[j], b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n') {
                    j += 1;
                }
                (j > i).then_some(j)
            }
        }
    }
}

/// The 1-based line where the value at `path` starts (`(root)` is the whole file).
pub fn line_of(text: &str, path: &str) -> Option<usize> {
    let target = if path == "(root)" { "" } else { path };
    let mut finder = Finder { b: text.as_bytes(), target, found: None };
    let mut line = 1;
    finder.value(0, "", &mut line);
    finder.found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_lines_of_paths() {
        let text = "{\n  \"fund\": {\n    \"target\": 70\n  },\n  \"programmes\": [\n    {\"id\": \"a\"},\n    {\n      \"id\": \"b\",\n      \"budget\": -5\n    }\n  ]\n}";
        assert_eq!(line_of(text, "fund.target"), Some(3));
        assert_eq!(line_of(text, "programmes[0].id"), Some(6));
        assert_eq!(line_of(text, "programmes[1].budget"), Some(9));
        assert_eq!(line_of(text, "programmes[1]"), Some(7));
        assert_eq!(line_of(text, "(root)"), Some(1));
        assert_eq!(line_of(text, "counts.funded"), None);
        assert_eq!(line_of("{\"a\": \"x\\\"y\", \"b\": 1}", "b"), Some(1));
        assert_eq!(line_of("{\"a\": [1,", "b"), None);
    }
}
