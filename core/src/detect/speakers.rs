//! The speakers of a dialogue written without timestamps, each line
//! "name: message" (a family's chat, an SMS thread, a transcript):
//!
//! ```text
//! heba: who is the doctor? i want to call
//! Fatma: dr Mia Tran. hospital number 0491 570 341
//! heba: ok. tell baba mohamed says hi
//! ```
//!
//! A form's labels have the same shape ("Plan: rest", "BP: 120/80"), so a
//! line's first words are a speaker's name only in a dialogue: two of
//! them or more each open two lines or more, one of them is a known given
//! name, and each is one or two words of letters (three or more), not all
//! capitals, not every word an English word or a stop word. Every line
//! they open is then read (score 0.6).
//!
//! Cost: nothing unless the names' family found a name opening a line
//! with ": " after it; then one `memchr` pass over ':', where only a ':'
//! followed by a space within 24 bytes of its line's start is looked at.

use super::interrupt::{every_items, sort_by_checked};
use super::lexicon::{fold_into, lexicon, C_ENG, C_FIRST, C_STOP, C_SUR};
use crate::types::{Finding, PhiType};

const SCORE: f32 = 0.6;
/// Longest speaker's name.
const MAX_NAME: usize = 24;
/// Most speakers in a dialogue.
const MAX_SPEAKERS: usize = 32;

#[inline(never)] // a stable symbol for profilers
pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    senders(text, out);
    let b = text.as_bytes();
    // (only where the names' family found one speaker already: a name
    // opening its line, ": " after it)
    let opens = |f: &Finding| {
        f.kind == PhiType::Name && f.score >= 0.5 && b[f.end..].starts_with(b": ") && {
            let ls = memchr::memrchr(b'\n', &b[..f.start]).map_or(0, |k| k + 1);
            f.start == speaker_start(b, ls)
        }
    };
    if !out.iter().any(opens) {
        return;
    }
    // (hash of the folded name, start, end) of each line's candidate
    // name: the bytes' shape only
    let mut lines: Vec<(u64, usize, usize)> = Vec::new();
    for p in memchr::memchr_iter(b':', b) {
        if b.get(p + 1) != Some(&b' ') || p < 3 {
            continue;
        }
        let from = p.saturating_sub(MAX_NAME + MAX_STAMP + 1);
        let ls = match memchr::memrchr(b'\n', &b[from..p]) {
            Some(k) => from + k + 1,
            None if from == 0 => 0,
            None => continue,
        };
        let ls = speaker_start(b, ls);
        // (a stamp may hold ": " itself, "[Sent: 10:30]": its own colon
        // comes before where a name would start)
        if ls < p && p - ls <= MAX_NAME && shaped(&b[ls..p]) {
            let h = fnv(b[ls..p].iter().map(u8::to_ascii_lowercase));
            lines.push((h, ls, p));
            every_items(lines.len());
        }
    }
    if lines.len() < 4 {
        return;
    }
    // the speakers: names opening two lines or more (case aside; names
    // whose hashes collide count together, and are then each read)
    let mut hashes: Vec<u64> = lines.iter().map(|l| l.0).collect();
    sort_by_checked(&mut hashes, u64::cmp);
    let mut keys: Vec<(u64, usize, usize)> = Vec::new();
    for (i, &h) in hashes.iter().enumerate() {
        every_items(i);
        if i > 0 && hashes[i - 1] == h && (i < 2 || hashes[i - 2] != h) {
            // (a dialogue has a few speakers: more than MAX_SPEAKERS
            // repeated is a form's or a list's lines)
            if keys.len() == MAX_SPEAKERS {
                return;
            }
            keys.push((h, 0, 0));
        }
    }
    // each speaker's first line
    for k in keys.iter_mut() {
        let &(_, s, e) = lines.iter().find(|l| l.0 == k.0).expect("a line of each hash");
        (k.1, k.2) = (s, e);
    }
    if keys.len() < 2 {
        return;
    }
    let mut buf = String::new();
    let mut known = false;
    keys.retain(|&(_, s, e)| {
        let (name, first) = words_kind(&text[s..e], &mut buf);
        known |= first;
        name
    });
    if keys.len() < 2 || !known {
        return;
    }
    for (i, &(h, s, e)) in lines.iter().enumerate() {
        every_items(i);
        if keys.iter().any(|k| k.0 == h) {
            out.push(Finding::new(PhiType::Name, s, e, SCORE));
        }
    }
}

/// The senders of an exported chat, each line opening with the export's
/// stamp, a date, a comma, a time and a dash ("18/09/2024, 2100 - Taylor:
/// anyone seen bed 30?", "3/23/24, 10:17 PM - Ravi M: 5 min"). The stamp
/// says the words up to the ": " are the sender: one to three words of
/// letters (a hyphen or an apostrophe inside, the last may be an
/// initial), the first a listed given name ([`sender_words`]), none an
/// English word unless mostly a name ("Bloods", "Ward Round", "Security
/// code changed"), nor in capitals ("GCS", "NHS Trust"), nor two letters
/// ("Hb"). A dated log of labels has the same shape, so the chat must
/// have two senders or more. Once one sender is sure, the others may be
/// any listed name, a word too ("Hung"), or words no list knows
/// ("Hyun-woo"): [`sender_loose`].
///
/// Cost: one `memchr` pass over line ends, and a look at each line that
/// opens with a digit.
fn senders(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut buf = String::new();
    // (start, end, hash of the folded name, sure)
    let mut found: Vec<(usize, usize, u64, bool)> = Vec::new();
    let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', b).map(|k| k + 1));
    for (i, ls) in starts.enumerate() {
        every_items(i);
        if !b.get(ls).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let Some(s) = chat_stamp_end(b, ls) else { continue };
        let r = &b[s..b.len().min(s + MAX_SENDER + 2)];
        let Some(k) = memchr::memmem::find(r, b": ") else { continue };
        let e = s + k;
        if !sender_shaped(&b[s..e]) {
            continue;
        }
        let sure = sender_words(&text[s..e], &mut buf);
        if sure || sender_loose(&text[s..e], &mut buf) {
            found.push((s, e, fnv(buf.bytes()), sure));
        }
    }
    if !found.iter().any(|f| f.3) {
        return;
    }
    let mut distinct: Vec<u64> = found.iter().map(|f| f.2).collect();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() < 2 {
        return;
    }
    for (s, e, _, _) in found {
        out.push(Finding::new(PhiType::Name, s, e, SCORE));
    }
}

/// Whether a sender's last word is a ward's or a team's ("Victoria Ward",
/// "Rose Unit").
fn ends_in_place_word(words: &[&str]) -> bool {
    let last = words[words.len() - 1].to_ascii_lowercase();
    matches!(last.as_str(), "ward" | "unit" | "team" | "clinic" | "bay" | "wing" | "house")
}

/// Words a unit's chat writes as a sender that are given names too.
const SENDER_ROLES: &[&str] = &[
    "porter", "nurse", "doctor", "clerk", "warden", "steward", "driver", "chaplain", "matron", "sister", "harbour",
    "forest", "meadow", "reception", "security", "admin", "dispatch", "transport", "triage", "pharmacist", "physio",
];

/// Whether a sender's words ([`sender_shaped`]) may be a person's in a
/// chat whose other sender is sure: each word a listed given name or
/// surname, an English word too ("Hung", "Rose"), or a hyphenated given
/// name by its first part ("Hyun-woo"), or a name's particle between
/// ("Ó"), or after the first a word no list knows; no world city's name
/// ("Paris", "Santander"), not two English words ("Ward Round"); not in
/// capitals, three letters or more; the last may be an
/// initial. (Not a word no list knows: a team's, a shop's, a drug's,
/// "Gastro", "Tesco", "Ramipril".) `buf` holds the whole sender folded
/// after.
fn sender_loose(v: &str, buf: &mut String) -> bool {
    let mut w = String::new();
    let words: Vec<&str> = v.split(' ').collect();
    // (words that are all English words are a heading: "Ward Round")
    let mut english = 0;
    for (i, word) in words.iter().enumerate() {
        if i == words.len() - 1 && i > 0 && word.trim_end_matches('.').chars().count() == 1 {
            continue;
        }
        let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
        if i > 0 && i < words.len() - 1 && letters.len() <= 2 && letters.iter().any(|c| !c.is_ascii()) {
            continue;
        }
        if letters.len() < 3 || letters.iter().all(|c| c.is_uppercase()) || !letters[0].is_uppercase() {
            return false;
        }
        fold_into(word, &mut w);
        // (not a world city's name: "Paris", "Santander")
        if super::lexicon::is_world_city(&w) {
            return false;
        }
        // (nor a role's or a place's word a unit's chat writes as its
        // sender: "Porter", "Nurse", "Harbour")
        if words.len() == 1 && SENDER_ROLES.contains(&w.as_str()) {
            return false;
        }
        // (nor a British town's: "Derby")
        if words.len() == 1 && super::lexicon::is_city(&w) && super::lexicon::is_english(&w) {
            return false;
        }
        let eng = super::lexicon::is_english(&w);
        english += usize::from(eng);
        let class = lexicon(&w);
        // (after the first, a surname no list knows: "Suresh Ó
        // Súilleabháin")
        let unknown_sur = i > 0 && class.is_none() && !eng;
        // (an English word alone is a given name too, "Hung", "Rose", not
        // only a surname: "Porter", "Nurse", "Clerk", "Forest")
        let mut listed = class.is_some_and(|e| e & (C_FIRST | C_SUR) != 0 && !(eng && words.len() == 1 && e & C_FIRST == 0));
        if !listed {
            if let Some((head, _)) = word.split_once('-') {
                fold_into(head, &mut w);
                listed = lexicon(&w).is_some_and(|e| e & C_FIRST != 0 && e & C_STOP == 0);
            }
        }
        if !listed && !unknown_sur {
            return false;
        }
    }
    if english >= 2 || ends_in_place_word(&words) {
        return false;
    }
    fold_into(v, buf);
    true
}

/// Whether a sender's words ([`sender_shaped`]) may be a person's: each
/// no English or stop word unless mostly a name, not in capitals, not two
/// letters (a last initial and a name's particle aside), none a world
/// city's ("Paris"), the first a listed given name (not a team's, a
/// shop's, a drug's: "Gastro", "Tesco", "Ramipril"), and the last no
/// ward's word ("Victoria Ward"). `buf` holds the whole sender folded
/// after.
fn sender_words(v: &str, buf: &mut String) -> bool {
    let mut w = String::new();
    let words: Vec<&str> = v.split(' ').collect();
    let mut given = false;
    for (i, word) in words.iter().enumerate() {
        // (the world's cities only: most given names are some small
        // town's, "Taylor", "Florence")
        fold_into(word, &mut w);
        if super::lexicon::is_world_city(&w) || words.len() == 1 && SENDER_ROLES.contains(&w.as_str()) {
            return false;
        }
        let initial = i == words.len() - 1 && i > 0 && word.trim_end_matches('.').chars().count() == 1;
        if initial {
            continue;
        }
        let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
        // (a particle of a name between its words: "Ó", "Ní", "de", "van")
        let particle = i > 0 && i < words.len() - 1 && (letters.iter().any(|c| !c.is_ascii()) && letters.len() <= 2 || matches!(*word, "de" | "da" | "di" | "du" | "van" | "von" | "le" | "la" | "al" | "el" | "bin" | "ben"));
        if particle {
            continue;
        }
        if letters.len() < 3 || letters.iter().all(|c| c.is_uppercase()) {
            return false;
        }
        let e = lexicon(&w);
        let dominant = e.is_some_and(|e| e & super::lexicon::C_DOMINANT != 0);
        let plain = e.is_some_and(|e| e & C_STOP != 0 || e & C_ENG != 0) || super::lexicon::is_english(&w);
        if plain && !dominant {
            return false;
        }
        given |= i == 0 && e.is_some_and(|e| e & C_FIRST != 0);
    }
    if !given || ends_in_place_word(&words) {
        return false;
    }
    fold_into(v, buf);
    true
}

/// FNV-1a over `bytes`: a speaker's or a sender's name, compared by hash.
fn fnv(bytes: impl Iterator<Item = u8>) -> u64 {
    bytes.fold(0xcbf2_9ce4_8422_2325u64, |h, c| (h ^ c as u64).wrapping_mul(0x100_0000_01b3))
}

/// Longest sender's name in an exported chat.
const MAX_SENDER: usize = 40;

/// The end of an exported chat's stamp opening the line at `ls`: a date
/// of digits and '/' or '.', ", ", a time of digits (a ':' between, and
/// an AM or PM after, or neither), " - ".
fn chat_stamp_end(b: &[u8], ls: usize) -> Option<usize> {
    let r = &b[ls..b.len().min(ls + 32)];
    let mut p = 0;
    let run = |p: &mut usize, min: usize, max: usize, ok: fn(&u8) -> bool| {
        let s = *p;
        while *p < r.len() && ok(&r[*p]) {
            *p += 1;
        }
        (min..=max).contains(&(*p - s))
    };
    let digits = |c: &u8| c.is_ascii_digit();
    // the date: three groups of digits, one kind of separator
    if !run(&mut p, 1, 4, digits) {
        return None;
    }
    let sep = *r.get(p).filter(|c| matches!(c, b'/' | b'.'))?;
    for _ in 0..2 {
        if r.get(p) != Some(&sep) {
            return None;
        }
        p += 1;
        if !run(&mut p, 1, 4, digits) {
            return None;
        }
    }
    if !r[p..].starts_with(b", ") {
        return None;
    }
    p += 2;
    // the time: "2100", "21:51", "10:17 PM"
    if !run(&mut p, 1, 4, digits) {
        return None;
    }
    if r.get(p) == Some(&b':') {
        p += 1;
        if !run(&mut p, 2, 2, digits) {
            return None;
        }
    }
    for m in [&b" AM"[..], b" PM", b" am", b" pm"] {
        if r[p..].starts_with(m) {
            p += 3;
            break;
        }
    }
    r[p..].starts_with(b" - ").then_some(ls + p + 3)
}

/// A sender's words: one to three, one space between, letters (or
/// non-ASCII bytes) with a hyphen or an apostrophe inside a word; every
/// word two letters or more but the last, which may be an initial (its
/// period after it).
fn sender_shaped(v: &[u8]) -> bool {
    let words: Vec<&[u8]> = v.split(|&c| c == b' ').collect();
    let n = words.len();
    (1..=3).contains(&n)
        && words.iter().enumerate().all(|(i, w)| {
            let w = w.strip_suffix(b".").filter(|_| i == n - 1 && n > 1).unwrap_or(w);
            let letters = w.iter().filter(|&&c| c.is_ascii_alphabetic() || c >= 0x80).count();
            let inner = |c: &u8| matches!(c, b'-' | b'\'');
            !w.is_empty()
                && w.iter().all(|c| c.is_ascii_alphabetic() || *c >= 0x80 || inner(c))
                && !inner(&w[0])
                && !inner(&w[w.len() - 1])
                && (letters >= 2 || i == n - 1 && n > 1)
        })
}

/// Longest stamp in brackets before a speaker's name.
const MAX_STAMP: usize = 24;

/// Where a speaker's name would start on the line starting at `ls`: there,
/// or after a stamp in brackets that holds a digit ("[03:55] sandy: hi",
/// "[6 March 03:05] colm: ok").
fn speaker_start(b: &[u8], ls: usize) -> usize {
    if b.get(ls) != Some(&b'[') {
        return ls;
    }
    let r = &b[ls + 1..b.len().min(ls + 1 + MAX_STAMP)];
    match memchr::memchr2(b']', b'\n', r) {
        Some(k) if r[k] == b']' && r[..k].iter().any(u8::is_ascii_digit) && b.get(ls + k + 2) == Some(&b' ') => ls + k + 3,
        _ => ls,
    }
}

/// One or two words of three bytes or more, letters (or non-ASCII
/// bytes), one space between, not all ASCII capitals.
fn shaped(v: &[u8]) -> bool {
    let mut words = 1;
    let mut len = 0;
    let mut lower = false;
    for &c in v {
        if c == b' ' {
            if len < 3 || words == 2 {
                return false;
            }
            words += 1;
            len = 0;
        } else if c.is_ascii_alphabetic() || c >= 0x80 {
            lower |= c.is_ascii_lowercase() || c >= 0x80;
            len += 1;
        } else {
            return false;
        }
    }
    len >= 3 && lower
}

/// Of words [`shaped`] passed: (whether they may be a name: letters
/// only, not every word an English or a stop word; whether the first is
/// a known given name).
fn words_kind(v: &str, buf: &mut String) -> (bool, bool) {
    if !v.chars().all(|c| c.is_alphabetic() || c == ' ') {
        return (false, false);
    }
    fold_into(v, buf);
    let mut plain = true;
    let mut first = false;
    for (i, w) in buf.split(' ').enumerate() {
        let e = lexicon(w);
        plain &= e.is_some_and(|e| e & C_STOP != 0 || e & C_ENG != 0 && e & (C_FIRST | C_SUR) == 0);
        first |= i == 0 && e.is_some_and(|e| e & C_FIRST != 0);
    }
    (!plain, first && !plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What this pass adds to the names' family's candidates.
    fn names(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        super::super::names::find(t, &mut out);
        let n = out.len();
        find(t, &mut out);
        out[n..].iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn the_speakers_of_a_dialogue() {
        let t = "heba: who is the doctor? i want to call\nFatma: dr Mia Tran. number 0491 570 341\nheba: ok. tell baba says hi\nFatma: send me the address\n";
        assert_eq!(names(t), ["heba", "Fatma", "heba", "Fatma"]);
    }

    #[test]
    fn the_speakers_of_a_chat_after_their_stamps() {
        let t = "[03:55] sandy: hi its Sandy Short, think my waters went\n[09:15] rose: hi sandy! sounds like early labour\n[10:50] rose: perfect\n[10:55] sandy: ok\n";
        assert_eq!(names(t), ["sandy", "rose", "rose", "sandy"]);
        // a stamp without a digit, or not in brackets, starts no speaker
        let t = "[note] sandy: hi\n[note] rose: hi\n[note] sandy: ok\n[note] rose: ok\nSandy Short: hello\n";
        assert!(names(t).is_empty());
        // a stamp that holds a colon and a space
        let t = "heba: who is the doctor?\nFatma: dr Mia Tran.\n[Sent: 10:30] heba: ok\nFatma: ok\n";
        assert_eq!(names(t), ["heba", "Fatma", "heba", "Fatma"]);
    }

    #[test]
    fn the_senders_of_an_exported_chat() {
        let t = "18/09/2024, 2100 - Taylor: anyone seen bed 30?\n25/03/2025, 22:00 - Ravi M: 5 min. what's his NHS No?\n25/03/2025, 22:10 - Suresh Ó Súilleabháin: fyi\n3/23/24, 10:17 PM - Hyun-woo: ok\n";
        // (and, the chat's senders sure, listed names that are words too,
        // or a hyphenated given name by its first part)
        assert_eq!(names(t), ["Taylor", "Ravi M", "Suresh Ó Súilleabháin", "Hyun-woo"]);
        let t = "Group\n18/09/2024, 2100 - Taylor: anyone seen bed 30?\n18/09/2024, 2104 - Hung: i'll come\n";
        assert_eq!(names(t), ["Taylor", "Hung"]);
        // a sender that is an English word, a number, a line without the
        // export's stamp
        let t = "18/09/2024, 2100 - Clinic: your results are in\n18/09/2024, 2104 - +44 7700 900123: ok\n18/09/2024 - Yusuf: hi\n18/09/2024, 2100 Yusuf: hi\n";
        assert!(names(t).is_empty());
        let t = "18/09/2024, 2100 - Gastro: seen\n18/09/2024, 2104 - Tesco: order\n18/09/2024, 2104 - Ramipril: held\n18/09/2024, 2104 - Taylor: ok\n18/09/2024, 2104 - Ravi: ok\n";
        assert_eq!(names(t), ["Taylor", "Ravi"]);
        let t = "18/09/2024, 2100 - Victoria Ward: bed ready\n18/09/2024, 2104 - Paris: ok\n18/09/2024, 2104 - Santander: payment\n18/09/2024, 2104 - Taylor: ok\n18/09/2024, 2104 - Ravi: ok\n";
        assert_eq!(names(t), ["Taylor", "Ravi"]);
        let t = "Chat\n18/09/2024, 2100 - Taylor: hi\n";
        assert!(names(t).is_empty());
        // no sure sender: listed names that are words too, alone
        let t = "18/09/2024, 2100 - Hung: hi\n18/09/2024, 2104 - Will: ok\n";
        assert!(names(t).is_empty());
        // a role's, a town's or a surname's word as a sender beside a sure one
        let t = "18/09/2024, 2100 - Taylor: bed 3?\n18/09/2024, 2104 - Porter: on my way\n18/09/2024, 2105 - Derby: ok\n18/09/2024, 2106 - Nurse: done\n18/09/2024, 2107 - Ravi: ta\n";
        assert_eq!(names(t), ["Taylor", "Ravi"]);
        // a dated log of labels is no chat: English words, capitals, two
        // letters, plurals ("Bloods"), one sender only
        let t = "18/09/2024, 2100 - BP: 120/80\n18/09/2024, 2100 - Plan rest: fluids\n";
        assert!(names(t).is_empty());
        let t = "01/02/2024, 09:00 - Ward Round: pt seen\n01/02/2024, 09:30 - Bloods: sent\n01/02/2024, 09:40 - GCS: 15\n01/02/2024, 09:45 - Hb: 101\n01/02/2024, 09:50 - Security code changed: tap\n01/02/2024, 09:55 - NHS Trust: ok\n01/02/2024, 10:00 - Taylor: ok\n";
        assert!(names(t).is_empty());
        let t = "01/02/2024, 09:00 - Taylor: hi\n01/02/2024, 09:05 - Taylor: there\n";
        assert!(names(t).is_empty());
    }

    #[test]
    fn a_form_s_labels_are_no_speakers() {
        let t = "Plan: rest\nPlan: fluids\nHPI: cough\nHPI: fever\nDx: flu\nDx: flu\n";
        assert!(names(t).is_empty());
        // one speaker only, or no known given name among them
        let t = "heba: hi\nheba: there\nheba: ok\nheba: bye\n";
        assert!(names(t).is_empty());
        let t = "Zorblat: hi\nQuixel: there\nZorblat: ok\nQuixel: bye\n";
        assert!(names(t).is_empty());
        // no speaker the names' family knows opening a line
        let t = "heba: hi\nsalma: there\nheba: ok\nsalma: bye\n";
        assert!(names(t).is_empty());
    }
}
