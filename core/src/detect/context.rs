//! Small helpers shared by the recognizers: context words near a
//! candidate. All work on bytes of UTF-8 text; returned offsets
//! are char boundaries because they only ever stop at ASCII bytes.

/// The lower-cased ASCII window of at most `n` bytes before `start`, cut at a
/// char boundary.
pub fn window_before(text: &str, start: usize, n: usize) -> String {
    let mut from = start.saturating_sub(n);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text[from..start].to_ascii_lowercase()
}

/// The lower-cased window of at most `n` bytes after `end`.
pub fn window_after(text: &str, end: usize, n: usize) -> String {
    let mut to = (end + n).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    text[end..to].to_ascii_lowercase()
}

/// Whether any of `words` (lower-case) occurs in the `n` bytes before
/// `start`.
pub fn has_context_before(text: &str, start: usize, n: usize, words: &[&str]) -> bool {
    let w = window_before(text, start, n);
    words.iter().any(|k| w.contains(k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_respect_char_boundaries() {
        let t = "ééé MRN: 1234";
        let s = t.find("1234").unwrap();
        assert!(has_context_before(t, s, 6, &["mrn"]));
        assert_eq!(window_before(t, s, 100), "ééé mrn: ".to_ascii_lowercase());
        assert_eq!(window_after(t, 0, 3), "é"); // cut back to a boundary
    }
}
