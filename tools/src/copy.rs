//! PostgreSQL `COPY ... FROM` text format (the default, not CSV).

/// Escapes one column value for COPY text format: backslash, tab, newline
/// and carriage return become `\\`, `\t`, `\n`, `\r`. (A lone `\.` line
/// cannot arise because every backslash is doubled.)
pub fn escape_copy_text(s: &str, out: &mut String) {
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}

/// One single-column COPY row, newline-terminated.
pub fn copy_row(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    escape_copy_text(s, &mut out);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(copy_row("a\\b\tc\nd\re José"), "a\\\\b\\tc\\nd\\re José\n");
        assert_eq!(copy_row("\\."), "\\\\.\n");
    }
}
