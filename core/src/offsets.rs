//! Byte offsets to the character positions PostgreSQL reports
//! (`position()`, `substr()` count characters, 1-based).

/// Converts ascending byte offsets of one text into 0-based character
/// offsets in a single forward pass; on ASCII text it is the identity.
pub struct CharIndex<'t> {
    text: &'t str,
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'t> CharIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        CharIndex { text, ascii: text.is_ascii(), byte: 0, chars: 0 }
    }

    /// Character offset of `byte`. Calls with non-decreasing offsets are
    /// O(distance); a smaller offset restarts from the beginning.
    pub fn char_offset(&mut self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multibyte_offsets() {
        let t = "Zoë Ñúñez SSN 123-45-6789";
        let b = t.find("123").unwrap();
        let mut ix = CharIndex::new(t);
        assert_eq!(ix.char_offset(4), 3); // after "Zoë"
        assert_eq!(ix.char_offset(b), t[..b].chars().count());
        assert_eq!(ix.char_offset(2), 2); // backwards restarts
    }
}
