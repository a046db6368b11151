//! Names written in lower case, as patients type them in portal messages
//! and chats ("From: karl-heinz adjei-brenner", "hi this is hector
//! bergstrom", "[08:25:26] yusuf al-harbi: only on the stairs"). The
//! capitalized-name scanner ([`super::names`]) skips lower-case words, so
//! this pass reads them only where something says a name follows:
//!
//! - a message header: "From: " at the start of a line, "message from ";
//! - a self-introduction: "this is ", "my name is ", "it's ", "hi its ";
//! - a salutation: "Hello marcus,";
//! - a title in lower case: "doctor mcallister", "also mrs hoang in 743";
//! - a relative after "for my": "calling for my mother, milena wang"; or
//!   after "her", "his", "your", "their": "Her grandson leif kvalvik";
//! - whom a text is for, or is not ("hello this is for dalia", "hi is
//!   this marcia", "wrong number this isnt freja"); a dictated label
//!   ("patient name emily williams comma"), a lawyer ("attorney samir
//!   farouk of ...");
//! - a street named without its number after "near" ("the cvs near
//!   pulaski blvd", "near Elm Ln");
//! - a transcription footer's typist, initials after the date typed
//!   ("transcribed 1/7/22 dh", "T: 12/11/2021 E.G.");
//! - thanks with the name ending the line, or only marks after it ("thank
//!   u so much dalia !!", "ty clodagh 🙏");
//! - a sign-off: the line after "thanks" or "thank you", when the whole
//!   line is the name, or a message's last line before a blank line and
//!   the reply's or the quoted message's rule ("evelyn\n\n--- Reply");
//! - a guarantor: "guarantor maria delgado", "Guarantor: babatunde eze";
//! - a relative or companion, capitalized: "Son tomasz petrovic",
//!   "Escort: eleanor hollins", "Caregiver at home: jean-pierre gorringe",
//!   and a caregiver in lower case;
//! - a chat speaker: "[hh:mm:ss] " at the start of a line, the name ending
//!   at ": "; or the name starting the line, its stamp after it ("daniel
//!   18:08: ", "andrew r | 9 July 2022 11:22");
//! - a landlord: "landlord maria lopez"; a greeting, "hi gráinne"; a
//!   note signed "-- siobhán f";
//! - a partner, a roommate, a grandchild ("her bf gary", "roommate dale"),
//!   and a parent after "with" or a possessive ("home with mum greta",
//!   "jun's mum yesenia"), a listed given name after them;
//!   what someone does after their name: "precious rang back", "leroy
//!   cant hear it";
//! - someone called for or addressed: "calling for miguel", "attention
//!   kevvin", "our mutual patient haroold schneidder", "the referral for
//!   adebbayo adeeleke", a relative after "my" ("call my wife veronica
//!   macaraaeg");
//! - a quoted e-mail's header: "On Sat, 9 Nov 24 08:04, david morris
//!   <davidmorris@yahoo.co.uk> wrote:";
//! - an e-mail header's display name before an address in angle brackets,
//!   any case, English words too when one word is none and none names an
//!   organisation ("Cc: Sunita <sunita_rag51@example.org>", "..., eleanor
//!   wood <eleanor.wood56@hotmail.com> wrote:"; not "From: Privacy Office
//!   <...>").
//!
//! Then one to three lower-case words, none an English word, with name
//! particles between ("lucia lo bianco", "ahmad bin rashid"), and the
//! first a known given name (a hyphenated one by its first part) or, after
//! a header, a relative or as a chat speaker, any two such words. A text
//! costs one `memchr` pass over its '['s, one over its line ends (which
//! also reads a handoff's census lines, [`super::census`]), one `memmem` pass ("From: ")
//! and one Aho-Corasick pass for the cues' phrases; relatives are found
//! among the capitalized words the name scanner has read.

use super::lexicon::{fold_into, lexicon, C_DOMINANT, C_ENG, C_FIRST, C_STOP, C_SUR};
use crate::types::{Finding, PhiType};

/// What introduced the words: how much the words themselves must prove.
#[derive(Clone, Copy, PartialEq)]
enum Cue {
    /// A header or a chat speaker: two unknown non-English words suffice.
    Strong,
    /// A relative, companion or guarantor: as [`Cue::Strong`], but two
    /// unknown words must each look like a name (three letters or more,
    /// with a vowel), since a family history may follow ("mother htn dm").
    /// Also a self-introduction by "my name is" or "it's".
    Kin,
    /// "for my": a relative's word follows, then the name as after
    /// [`Cue::Kin`] ("calling for my mother, milena wang").
    Relative,
    /// A self-introduction or a salutation ("this is ", "my name is ",
    /// "it's ", "dear "): as [`Cue::Kin`], and a given name and a surname
    /// that are English words too ("this is summer hill", "my name is
    /// hyacinth grant"; see [`pair`]).
    Intro,
    /// "doctor": one lower-case word that is no English word suffices
    /// ("seen by doctor mcallister").
    Title,
    /// "spelled": the letters spelled out one by one ("last name spelled
    /// m c n a m a r a").
    Spelled,
    /// "thanks", "thank you": the next line, when it is all name, as after
    /// [`Cue::Kin`] ("Thank you,\ndesmond pennock").
    SignOff,
    /// Someone addressed or called for ("calling for miguel", "attention
    /// kevvin"): as [`Cue::Kin`], or one word of four letters or more that
    /// looks like a name (a speech-to-text spelling). ("our mutual patient
    /// haroold schneidder", "the referral for adebbayo adeeleke": as
    /// [`Cue::Kin`].)
    Addressed,
    /// "wrote": a quoted e-mail's header, "On <date>, <name> [<address>]
    /// wrote:", read back from the verb.
    Wrote,
    /// A relative's word alone, without "my" ("daughter sherece is nice but
    /// son yves"): a listed given name must start the name ("son adhd
    /// asd", "wife eliquis was held" are none).
    Bare,
    /// A town in lower case where someone lives, stays, works, grew up or
    /// comes from ("lives in shepparton", "coming from naas", "the team in
    /// clonmel", "staying w me in fall river"; read back from "where they
    /// live": "drove her from whyalla where they live"): see [`town_at`],
    /// [`town_before`].
    Town,
    /// A family's members counted out after their plural ("kids are rose,
    /// thanh and sung-ho", "the grandkids Noor, declan and Li"): see
    /// [`list_at`].
    List,
    /// A transcription's footer: the typist's initials after the date it
    /// was typed, ending the line ("transcribed 1/7/22 dh", "T: 12/11/2021
    /// E.G."): see [`typist_at`].
    Typist,
    /// A street named without its number after "near", as a text names
    /// where a pharmacy is ("the cvs near elm ln", "near pulaski blvd"):
    /// see [`street_near`].
    Near,
    /// A verb of what someone says, wants or may do, after the name ("tell
    /// mummy yetunde says hi", "katarzyna can stay with the kids", "the
    /// nurse marcus said"): read back from the verb, one or two words, the
    /// last a listed given name that is no English word.
    Verb,
}

const PARTICLES: &[&str] = &[
    "bin", "bint", "al", "el", "lo", "la", "de", "del", "da", "di", "van", "von", "der", "le", "du", "dos", "abu", "ibn",
    // Irish: "caoimhe ó súilleabháin", "aoife ní bhriain"
    // (and as folded for the lexicon: "o", "ni", "ui")
    "ó", "ní", "uí", "o", "ni", "ui", "mac", "nic",
];

/// The cues (each without its first letter, which may be either case),
/// the heads they may have (none: the cue is whole, at a word's start),
/// and their strength.
const CUE_LIST: [(&str, [&str; 2], Cue); 167] = [
    ("essage from", ["m", "M"], Cue::Strong),
    ("alling for", ["c", "C"], Cue::Addressed),
    // whom a message is for, whom the caller lives by or looks after ("hi
    // this message is for linh hoang", "the neighbor of sylvie lavoie", "i
    // look after jasmine jefferson")
    ("essage is for", ["m", "M"], Cue::Addressed),
    ("essage for", ["m", "M"], Cue::Addressed),
    ("eighbor of", ["n", "N"], Cue::Kin),
    ("eighbour of", ["n", "N"], Cue::Kin),
    ("ook after", ["l", "L"], Cue::Kin),
    ("ooking after", ["l", "L"], Cue::Kin),
    ("ttention", ["a", "A"], Cue::Addressed),
    // a form's or a dictation's label in lower case ("patient name emily
    // williams comma date of birth"), and a lawyer named ("referred by
    // attorney takeshi long of injury law partners")
    ("atient name", ["p", "P"], Cue::Kin),
    ("ttorney", ["a", "A"], Cue::Kin),
    ("atient", ["p", "P"], Cue::Kin),
    ("eferral for", ["r", "R"], Cue::Kin),
    ("rote", ["w", "W"], Cue::Wrote),
    // a relative after "my" ("call my wife veronica macaraaeg"), the
    // longer words first (the leftmost, first listed match is taken)
    ("y daughter-in-law", ["m", "M"], Cue::Kin),
    ("y son-in-law", ["m", "M"], Cue::Kin),
    ("y mother-in-law", ["m", "M"], Cue::Kin),
    ("y father-in-law", ["m", "M"], Cue::Kin),
    ("y granddaughter", ["m", "M"], Cue::Kin),
    ("y grandson", ["m", "M"], Cue::Kin),
    ("y daughter", ["m", "M"], Cue::Kin),
    ("y son", ["m", "M"], Cue::Kin),
    ("y wife", ["m", "M"], Cue::Kin),
    ("y husband", ["m", "M"], Cue::Kin),
    ("y mother", ["m", "M"], Cue::Kin),
    ("y father", ["m", "M"], Cue::Kin),
    ("y dad", ["m", "M"], Cue::Kin),
    ("y mum", ["m", "M"], Cue::Kin),
    ("y mom", ["m", "M"], Cue::Kin),
    ("y sister", ["m", "M"], Cue::Kin),
    ("y brother", ["m", "M"], Cue::Kin),
    ("y neighbor", ["m", "M"], Cue::Kin),
    ("y neighbour", ["m", "M"], Cue::Kin),
    ("y partner", ["m", "M"], Cue::Kin),
    ("y friend", ["m", "M"], Cue::Kin),
    ("y niece", ["m", "M"], Cue::Kin),
    ("y nephew", ["m", "M"], Cue::Kin),
    ("y cousin", ["m", "M"], Cue::Kin),
    ("y carer", ["m", "M"], Cue::Kin),
    // whom a text is for, or is not ("hello this is for dalia - scott",
    // "hi is this marcia", "wrong number this isnt freja")
    ("his is for", ["t", "T"], Cue::Kin),
    ("his isnt", ["t", "T"], Cue::Kin),
    ("his isn't", ["t", "T"], Cue::Kin),
    ("s this", ["i", "I"], Cue::Kin),
    ("his is", ["t", "T"], Cue::Intro),
    ("uarantor", ["g", "G"], Cue::Kin),
    ("aregiver", ["c", "C"], Cue::Kin),
    ("ame is", ["n", "N"], Cue::Intro),
    ("octor", ["d", "D"], Cue::Title),
    // a title typed in lower case ("also mrs hoang in 743", "mr dunmore
    // (101m)", "from dr kamińska"); the longer first
    // (with their space: a cue of two letters would stop the search at
    // every "mr" and "ms" inside a word, "symptoms")
    ("mrs. ", ["", ""], Cue::Title),
    ("mrs ", ["", ""], Cue::Title),
    ("mr. ", ["", ""], Cue::Title),
    ("mr ", ["", ""], Cue::Title),
    ("ms. ", ["", ""], Cue::Title),
    // ("papers from dr kamińska", "is dr lindqvist covering?")
    ("dr. ", ["", ""], Cue::Title),
    ("dr ", ["", ""], Cue::Title),
    // a transcription's footer ("D: 2021-09-13 transcribed 2021-09-15 pg",
    // "T: 12/11/2021 E.G.")
    ("ranscribed ", ["t", "T"], Cue::Typist),
    ("T: ", ["", ""], Cue::Typist),
    ("pelled", ["s", "S"], Cue::Spelled),
    // (and as British English spells it: "surname spelt b i s h o p")
    ("pelt", ["s", "S"], Cue::Spelled),
    // a caller spelling the name just said ("my father anil chaudhry
    // that's c h a u d h r y")
    ("hat's", ["t", "T"], Cue::Spelled),
    // a letter's subject line in lower case, at a line's start ("re wayne
    // parker dob 24/02/1968"), and a salutation anywhere ("new paragraph
    // dear harjit sandhu")
    ("\nre ", ["", ""], Cue::Kin),
    ("\nRe ", ["", ""], Cue::Kin),
    ("dear ", ["", ""], Cue::Intro),
    ("Dear ", ["", ""], Cue::Intro),
    ("t's", ["i", "I"], Cue::Intro),
    // "hi its hector bergstrom" (its for it's), "Hello marcus,"
    // (whole, so that the greeting's "hi " after does not take it)
    ("hi its", ["", ""], Cue::Intro),
    ("Hi its", ["", ""], Cue::Intro),
    // ("hey its mai i look after ...", a voicemail's transcript)
    ("ey its", ["h", "H"], Cue::Intro),
    ("ello", ["h", "H"], Cue::Addressed),
    // (whole, so that "or my daughter-in-law" is left to the relative's cue)
    ("for my", ["", ""], Cue::Relative),
    ("For my", ["", ""], Cue::Relative),
    // another's relative ("Her grandson leif kvalvik called", "your wife
    // saether seo-yeon"): a relative's word must follow
    // ("bf", "gf" after a possessive, before the possessive's own cue: alone
    // they name a feed or a diet)
    ("her bf ", ["", ""], Cue::Bare),
    ("his bf ", ["", ""], Cue::Bare),
    ("my bf ", ["", ""], Cue::Bare),
    ("her gf ", ["", ""], Cue::Bare),
    ("his gf ", ["", ""], Cue::Bare),
    ("her", ["", ""], Cue::Relative),
    ("Her", ["", ""], Cue::Relative),
    ("his", ["", ""], Cue::Relative),
    ("His", ["", ""], Cue::Relative),
    ("your", ["", ""], Cue::Relative),
    ("Your", ["", ""], Cue::Relative),
    ("their", ["", ""], Cue::Relative),
    ("Their", ["", ""], Cue::Relative),
    // who did it, in a log ("sent to sponsor SFTP by graciela bennett")
    ("by ", ["", ""], Cue::Kin),
    // thanks with the name after it, ending its line ("thank u so much
    // dalia !!", "ty clodagh")
    ("hank you so much", ["t", "T"], Cue::SignOff),
    ("hank u so much", ["t", "T"], Cue::SignOff),
    ("hanks so much", ["t", "T"], Cue::SignOff),
    ("ty ", ["", ""], Cue::SignOff),
    ("hank you", ["t", "T"], Cue::SignOff),
    ("hanks", ["t", "T"], Cue::SignOff),
    // ("👍 thx chiamaka")
    ("hx ", ["t", "T"], Cue::SignOff),
    // a relative named in lower case without "my" ("daughter sherece is
    // nice but son yves kinda difficult", "niece farzana called back"),
    // the word whole
    (" son ", ["", ""], Cue::Bare),
    (" daughter ", ["", ""], Cue::Bare),
    (" son-in-law ", ["", ""], Cue::Bare),
    (" daughter-in-law ", ["", ""], Cue::Bare),
    (" niece ", ["", ""], Cue::Bare),
    (" nephew ", ["", ""], Cue::Bare),
    (" grandson ", ["", ""], Cue::Bare),
    (" granddaughter ", ["", ""], Cue::Bare),
    (" wife ", ["", ""], Cue::Bare),
    (" husband ", ["", ""], Cue::Bare),
    (" sister ", ["", ""], Cue::Bare),
    (" brother ", ["", ""], Cue::Bare),
    (" cousin ", ["", ""], Cue::Bare),
    (" partner ", ["", ""], Cue::Bare),
    (" boyfriend ", ["", ""], Cue::Bare),
    (" girlfriend ", ["", ""], Cue::Bare),
    (" roommate ", ["", ""], Cue::Bare),
    (" grandchild ", ["", ""], Cue::Bare),
    (" grandkid ", ["", ""], Cue::Bare),
    // a parent's word after "with" or a possessive ("home with mum greta",
    // "jun's mum yesenia"; alone, a family history's disease follows it
    // as often, "FHx: mom gerd, dad tia")
    ("with mum ", ["", ""], Cue::Bare),
    ("with mom ", ["", ""], Cue::Bare),
    ("with dad ", ["", ""], Cue::Bare),
    ("'s mum ", ["", ""], Cue::Bare),
    ("'s mom ", ["", ""], Cue::Bare),
    ("'s dad ", ["", ""], Cue::Bare),
    // a town in lower case where someone lives or comes from
    // (whole words after a space: a pattern that starts with a common
    // letter slows the automaton's search for all of them)
    (" lives in ", ["", ""], Cue::Town),
    (" live in ", ["", ""], Cue::Town),
    (" lived in ", ["", ""], Cue::Town),
    (" work in ", ["", ""], Cue::Town),
    (" grew up in ", ["", ""], Cue::Town),
    (" out past ", ["", ""], Cue::Town),
    (" living in ", ["", ""], Cue::Town),
    (" staying in ", ["", ""], Cue::Town),
    (" staying w me in ", ["", ""], Cue::Town),
    (" staying with me in ", ["", ""], Cue::Town),
    (" staying with us in ", ["", ""], Cue::Town),
    // (read back: "who drove her from whyalla where they live")
    (" where they live", ["", ""], Cue::Town),
    (" where she lives", ["", ""], Cue::Town),
    (" where he lives", ["", ""], Cue::Town),
    (" lives out past ", ["", ""], Cue::Town),
    (" lives just outside ", ["", ""], Cue::Town),
    (" coming from ", ["", ""], Cue::Town),
    (" en route from ", ["", ""], Cue::Town),
    (" team in ", ["", ""], Cue::Town),
    (" work out of ", ["", ""], Cue::Town),
    // a street without its number ("the rite aid near dogwood street")
    (" near ", ["", ""], Cue::Near),
    // a family's members listed after their plural
    ("ids", ["k", "K"], Cue::List),
    ("randkids", ["g", "G"], Cue::List),
    ("hildren", ["c", "C"], Cue::List),
    ("randchildren", ["g", "G"], Cue::List),
    // ("Cousins mohammed and Rowena (twins) untested")
    ("ousins", ["c", "C"], Cue::List),
    ("ephews", ["n", "N"], Cue::List),
    ("ieces", ["n", "N"], Cue::List),
    ("randsons", ["g", "G"], Cue::List),
    ("randdaughters", ["g", "G"], Cue::List),
    ("iblings", ["s", "S"], Cue::List),
    ("ons are", ["s", "S"], Cue::List),
    ("aughters are", ["d", "D"], Cue::List),
    ("rothers are", ["b", "B"], Cue::List),
    ("isters are", ["s", "S"], Cue::List),
    ("arents are", ["p", "P"], Cue::List),
    // after the name: "yetunde says hi", "katarzyna can stay"
    (" says ", ["", ""], Cue::Verb),
    (" said ", ["", ""], Cue::Verb),
    (" can ", ["", ""], Cue::Verb),
    (" will ", ["", ""], Cue::Verb),
    (" wants ", ["", ""], Cue::Verb),
    (" asked ", ["", ""], Cue::Verb),
    // ("precious rang back", "leroy cant hear it", "ruby called upset")
    (" rang ", ["", ""], Cue::Verb),
    (" called ", ["", ""], Cue::Verb),
    (" told ", ["", ""], Cue::Verb),
    (" cant ", ["", ""], Cue::Verb),
    // a landlord named in lower case ("says landlord tariq reddy wont fix
    // it"; not a parent's word, which a family history's disease follows
    // as often, "FHx: mom gerd, dad tia")
    // (without a space before: another cue's space after, " says ", must
    // not hide it)
    ("landlord ", ["", ""], Cue::Bare),
    // a greeting in a text ("hi gráinne its barry"; a listed given name
    // after it, not a misspelt word, "hi thhere")
    ("hi ", ["", ""], Cue::Kin),
    ("Hi ", ["", ""], Cue::Kin),
    // a note signed in lower case ("-- siobhán f", "-- sunita")
    ("\n-- ", ["", ""], Cue::Kin),
];

/// All the cues, searched for in one pass (seven `memmem` passes cost
/// 2% of all detection, this one a third of that).
static CUES: once_cell::sync::Lazy<aho_corasick::AhoCorasick> = once_cell::sync::Lazy::new(|| {
    // (a DFA whatever the number of cues: the builder's own choice turns
    // to a slower automaton past 100 patterns, 3% of all detection)
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(CUE_LIST.iter().map(|c| c.0))
        .expect("cue automaton")
});

/// Relatives and companions, capitalized as they start a sentence or a
/// field ("Son tomasz petrovic", "Escort: eleanor hollins"): marked in the
/// lexicon (`L_KIN`), so the name scanner, which classifies every
/// capitalized word anyway, finds them at no cost and asks
/// [`after_relative`]. (In lower case, "son" and "other" start so many
/// words that searching for them cost 4-8% of all detection; a loop over
/// the capitalized words comparing each with this list, 3-4%.)
pub(crate) const KIN: &[&str] = &[
    "son", "daughter", "wife", "husband", "mother", "father", "grandson", "granddaughter", "niece", "nephew",
    "brother", "sister", "partner", "spouse", "escort",
];

/// Services by their short names, which a title in lower case precedes
/// as a doctor's name would ("dr hosp paged", "doctor endo aware").
const SERVICES: &[&str] = &[
    "hosp", "endo", "neuro", "ortho", "cards", "psych", "derm", "onc", "pulm", "renal", "uro", "gyn", "obs", "gastro",
    "rheum", "nephro", "haem", "hem", "rads", "path", "anes", "gen", "surg", "vasc", "plastics", "ent", "eyes",
];

static FROM: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> = once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new("From: "));

/// A chat user's handle in brackets after the name shown ("Seán Ó
/// Súilleabháin (@sosuilleabhain) [staff]:"): two to 32 letters, digits,
/// dots, dashes or underscores, then ')'; not an English word ("BP
/// 150/90 (@home)", '@' for "at").
fn handles(b: &[u8], out: &mut Vec<Finding>, buf: &mut String) {
    for p in memchr::memmem::find_iter(b, b"(@") {
        let s = p + 2;
        let len = b[s..].iter().take(33).take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-')).count();
        if !((2..=32).contains(&len) && b.get(s + len) == Some(&b')') && b[s].is_ascii_alphabetic()) {
            continue;
        }
        buf.clear();
        buf.extend(b[s..s + len].iter().map(|c| c.to_ascii_lowercase() as char));
        if !super::lexicon::is_english(buf) {
            out.push(Finding::new(PhiType::Name, s, s + len, 0.8));
            if let Some((ns, ne)) = handle_owner(b, p, buf) {
                out.push(Finding::new(PhiType::Name, ns, ne, 0.8));
            }
        }
    }
}

/// A login's shape after "by" at `e` (the cue's end): letters and
/// digits, or letters joined by one '.' or '_' ("modified by jsmith2",
/// "edited by k.lee"; not "by mouth", "by 2pm", "by q4h", "by
/// mail.example.com"), no English word.
fn login_after_by(b: &[u8], e: usize, buf: &mut String) -> Option<Finding> {
    if b.get(e) != Some(&b' ') {
        return None;
    }
    let s = e + 1;
    let len = login_len(b, s)?;
    let tok = &b[s..s + len];
    let digits = tok.iter().any(u8::is_ascii_digit);
    let joins = tok.iter().filter(|&&c| matches!(c, b'.' | b'_')).count();
    let joined = joins == 1 && tok.windows(3).any(|w| w[0].is_ascii_lowercase() && matches!(w[1], b'.' | b'_') && w[2].is_ascii_lowercase());
    let letters_first = tok.iter().take_while(|c| c.is_ascii_lowercase()).count() >= 3;
    if !((digits && letters_first && joins == 0) || joined) {
        return None;
    }
    buf.clear();
    buf.extend(tok.iter().map(|&c| c as char));
    (!super::lexicon::is_english(buf)).then(|| Finding::new(PhiType::Name, s, s + len, 0.8))
}

/// A user's login after "user" in an audit trail or a log ("by user
/// bautistam (Maricel Bautista, LPN)", "07/08/2021 18:18  user tw",
/// "Username: ferdinand.dimaculangan"): two to 32 lower-case letters,
/// digits, '.', '_' or '-', a letter first, no English word.
fn logins(b: &[u8], out: &mut Vec<Finding>, buf: &mut String) {
    for q in SER.find_iter(b) {
        // ("user" or "User", a word's start)
        if q == 0 || !matches!(b[q - 1], b'u' | b'U') {
            continue;
        }
        let p = q - 1;
        if p > 0 && b[p - 1].is_ascii_alphanumeric() {
            continue;
        }
        let mut k = p + 4;
        // "User", "Username", "User ID", "user_id", then ':' or '='
        for tail in [&b"name"[..], b"_name", b" id", b"_id", b"id"] {
            if b.len() >= k + tail.len() && b[k..k + tail.len()].eq_ignore_ascii_case(tail) {
                k += tail.len();
                break;
            }
        }
        if matches!(b.get(k), Some(b':' | b'=')) {
            k += 1;
        }
        let sp = b[k..].iter().take(3).take_while(|&&c| c == b' ').count();
        if sp == 0 && b.get(k - 1) != Some(&b'=') {
            continue;
        }
        let s = k + sp;
        let Some(len) = login_len(b, s) else { continue };
        buf.clear();
        buf.extend(b[s..s + len].iter().map(|&c| c as char));
        if super::lexicon::is_english(buf) || matches!(buf.as_str(), "id" | "name" | "ids" | "names" | "acct") {
            continue;
        }
        out.push(Finding::new(PhiType::Name, s, s + len, 0.8));
    }
}

/// The length of a login's token at `s`: two to 32 lower-case letters,
/// digits, '.', '_' or '-', a letter first and a letter or digit last,
/// then no letter, digit or '@' (an e-mail's local part).
fn login_len(b: &[u8], s: usize) -> Option<usize> {
    let len = b[s.min(b.len())..].iter().take(33).take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'_' | b'-')).count();
    if !(2..=32).contains(&len) || !b[s].is_ascii_lowercase() || !b[s + len - 1].is_ascii_alphanumeric() {
        return None;
    }
    (!b.get(s + len).is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80 || c == b'@')).then_some(len)
}

static SER: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> = once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new("ser"));

/// The name a chat shows before its user's handle at `p` ("[14:03]
/// fatima al-sayed (@fatima_alsa): ..."): one to four words of letters,
/// any case, between the line's start, a time stamp's ']' or a ':' and
/// the handle; a title first is left out ("Dr. Ayesha Cooper"); a word no
/// English word, none an organisation's ("Front Desk (@frontdesk)").
fn handle_owner(b: &[u8], p: usize, buf: &mut String) -> Option<(usize, usize)> {
    if p < 2 || b[p - 1] != b' ' {
        return None;
    }
    let e = p - 1;
    let floor = e.saturating_sub(60);
    let mut s = e;
    while s > floor && (b[s - 1].is_ascii_alphabetic() || b[s - 1] >= 0x80 || matches!(b[s - 1], b' ' | b'-' | b'\'' | b'.')) {
        s -= 1;
    }
    if !(s == 0 || matches!(b[s - 1], b'\n' | b']' | b':' | b'\t')) {
        return None;
    }
    let text = std::str::from_utf8(&b[s..e]).ok()?;
    let mut words: Vec<(usize, &str)> = text.split(' ').scan(s, |at, w| {
        let ws = *at;
        *at += w.len() + 1;
        Some((ws, w))
    }).filter(|(_, w)| !w.is_empty()).collect();
    if let Some((_, w)) = words.first() {
        fold_into(w.trim_end_matches('.'), buf);
        if matches!(buf.as_str(), "dr" | "doctor" | "mr" | "mrs" | "ms" | "miss" | "mx" | "nurse" | "prof") {
            words.remove(0);
        }
    }
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    let mut person = false;
    for (_, w) in &words {
        fold_into(w.trim_matches(|c: char| !c.is_alphabetic()), buf);
        if buf.is_empty() || ORG_WORDS.contains(&buf.as_str()) {
            return None;
        }
        person |= !super::lexicon::is_english(buf);
    }
    let (ns, _) = words[0];
    let (ls, lw) = words[words.len() - 1];
    let ne = ls + lw.trim_end_matches(|c: char| !c.is_alphabetic()).len();
    (person && ne > ns && (b[ns].is_ascii_alphabetic() || b[ns] >= 0x80)).then_some((ns, ne))
}

/// Words that name a service, not a person, in a message's header.
const ORG_WORDS: [&str; 24] = [
    "office", "support", "system", "messaging", "connection", "team", "services", "service", "department", "clinic",
    "hospital", "hopital", "center", "centre", "desk", "portal", "noreply", "notifications", "pharmacy", "lab",
    "laboratory", "billing", "records", "practice",
];

/// The name an e-mail header shows before an address in angle brackets:
/// "Cc: Sunita <sunita_rag51@example.org>", "From: Pham Quoc Bao
/// <qpham@example.org>", "On Jun 2 2025 1:18 PM, eleanor wood
/// <eleanor.wood56@hotmail.com> wrote:". One to four words of letters
/// (any case, English words too: the place says what they are), after a
/// header's label, a ", " or the line's start.
fn display_names(b: &[u8], out: &mut Vec<Finding>, first: usize) {
    for p in memchr::memchr_iter(b'<', b) {
        // "<local@domain>" right after one space
        let Some(close) = b[p..b.len().min(p + 80)].iter().position(|&c| c == b'>' || c == b'\n' || c == b' ') else { continue };
        if b[p + close] != b'>' || !b[p + 1..p + close].contains(&b'@') || p < 2 || b[p - 1] != b' ' {
            continue;
        }
        let e = p - 1;
        let floor = e.saturating_sub(60);
        let mut s = e;
        while s > floor && (b[s - 1].is_ascii_alphabetic() || b[s - 1] >= 0x80 || matches!(b[s - 1], b' ' | b'-' | b'\'' | b'.')) {
            s -= 1;
        }
        // what the words follow: a label's ':', a ',', the line's start
        let lead = if s == 0 { b'\n' } else { b[s - 1] };
        if !matches!(lead, b':' | b',' | b'\n' | b'"' | b'\t') {
            continue;
        }
        if lead == b':' {
            // (a header's label: "From", "To", "Cc", "Bcc", "Reply-To", "Sender")
            let ls = b[..s - 1].iter().rposition(|&c| !(c.is_ascii_alphabetic() || c == b'-')).map_or(0, |k| k + 1);
            let label = &b[ls..s - 1];
            if ![&b"from"[..], b"to", b"cc", b"bcc", b"reply-to", b"sender"].iter().any(|l| label.eq_ignore_ascii_case(l)) {
                continue;
            }
        }
        // after a ',': a quoted e-mail's "On <date>, <name> <address>
        // wrote:", or a header's list ("To: a <x@y>, Bob <b@c>")
        if lead == b',' {
            let wrote = b[p + close + 1..].starts_with(b" wrote") || b[p + close + 1..].starts_with(b" wroet");
            let ls = b[..s].iter().rposition(|&c| c == b'\n').map_or(0, |k| k + 1);
            let listed = [&b"to:"[..], b"cc:", b"bcc:", b"from:"].iter().any(|l| b[ls..].len() >= l.len() && b[ls..ls + l.len()].eq_ignore_ascii_case(l));
            if !wrote && !listed {
                continue;
            }
        }
        while s < e && matches!(b[s], b' ' | b'"') {
            s += 1;
        }
        // at a line's start, capitalised words alone ("Send the results
        // to <lab@x.org>" is a sentence)
        if matches!(lead, b'\n' | b'\t') && !b[s..e].split(|&c| c == b' ').filter(|w| !w.is_empty()).all(|w| w[0].is_ascii_uppercase() || w[0] >= 0x80) {
            continue;
        }
        let words = b[s..e].split(|&c| c == b' ').filter(|w| !w.is_empty()).count();
        let letters = b[s..e].iter().filter(|c| c.is_ascii_alphabetic() || **c >= 0x80).count();
        // a person's, not a service's ("Privacy Office", "Voicemail
        // System", "Hôpital Sainte-Agathe Secure Messaging"): a word no
        // English word, none an organisation's
        let mut buf = String::new();
        let mut person = false;
        let mut org = false;
        for w in std::str::from_utf8(&b[s..e]).unwrap_or("").split(' ').filter(|w| !w.is_empty()) {
            fold_into(w.trim_matches(|c: char| !c.is_alphabetic()), &mut buf);
            org |= ORG_WORDS.contains(&buf.as_str());
            person |= !super::lexicon::is_english(&buf);
        }
        if person && !org && (1..=4).contains(&words) && letters >= 2 && b[s] != b'.' && b[s] != b'-' {
            let end = if b[e - 1] == b'"' { e - 1 } else { e };
            push_once(out, first, Finding::new(PhiType::Name, s, end, 0.8));
        }
    }
}

/// Pushes `f` unless this pass (its findings from `first` on) read the
/// same span already, by another cue.
fn push_once(out: &mut Vec<Finding>, first: usize, f: Finding) {
    // (the last 64 only: a name read twice is read by two cues near each
    // other, and a walk over all of them made a text of many cues
    // quadratic; a duplicate further back is merged when the findings are
    // resolved)
    let from = first.max(out.len().saturating_sub(64));
    if !out[from..].iter().any(|g| (g.start, g.end) == (f.start, f.end)) {
        out.push(f);
    }
}

pub(crate) fn find(text: &str, out: &mut Vec<Finding>) {
    let first = out.len();
    let b = text.as_bytes();
    let mut buf = String::new();
    // headers and chat speakers, at the start of a line
    let at_line_start = |p: usize| p == 0 || b[p - 1] == b'\n';
    for p in FROM.find_iter(b) {
        if at_line_start(p) {
            if let Some(f) = words_at(text, p + 6, Cue::Strong, false, &mut buf) {
                out.push(f);
            }
        }
    }
    if memchr::memchr(b'@', b).is_some() {
        handles(b, out, &mut buf);
    }
    logins(b, out, &mut buf);
    // a chat's handles after a stamp of four digits ("[1412] charlotteh:
    // pt in Rm 223"), a flowsheet's hour or a year's as often: only
    // handles made of a person's names, one of them without reading an
    // initial before a surname (a drug's name splits so, "f|lomax")
    let mut handles: Vec<(Finding, bool)> = Vec::new();
    for p in memchr::memchr_iter(b'[', b) {
        if !at_line_start(p) {
            continue;
        }
        let rest = &b[p..];
        let Some(n) = super::names::chat_stamp(rest).filter(|&n| rest.len() > n + 1 && rest[n] == b' ') else {
            if hhmm_stamp(rest) && rest.get(6) == Some(&b' ') {
                let at = p + 7 + usize::from(b.get(p + 7) == Some(&b'@'));
                if let Some(f) = username_at(text, at, &mut buf) {
                    if let Some(plain) = handle_reading(&text[f.start..f.end], &mut buf) {
                        handles.push((f, plain));
                        super::interrupt::every_items(handles.len());
                    }
                }
            }
            continue;
        };
        // (a handle after its '@': "[11:26am] @benoit.butler: pt in 338")
        let at = p + n + 1 + usize::from(rest.get(n + 1) == Some(&b'@'));
        if let Some(f) = words_at(text, p + n + 1, Cue::Strong, true, &mut buf).or_else(|| username_at(text, at, &mut buf)) {
            out.push(f);
        }
    }
    if handles.iter().any(|h| h.1) {
        out.extend(handles.iter().map(|h| h.0));
    }
    // chat and portal exports' speakers, their stamp after the name
    // ("daniel 18:08: hey can u", "andrew r | 9 July 2022 11:22"), and a
    // handoff's patients by room ("Rm 279 - Johnson 71 yo")
    // (kept until the cues are read: "thanks\ndesmond pennock" is read
    // by both)
    let mut replies = Vec::new();
    for p in std::iter::once(0).chain(memchr::memchr_iter(b'\n', b).map(|p| p + 1)) {
        let Some(&c) = b.get(p) else { continue };
        if c.is_ascii_lowercase() {
            if let Some(f) = speaker_before_stamp(text, p, &mut buf) {
                out.push(f);
                continue;
            }
        }
        // a message's last line, its writer's name, before the reply or
        // the quoted message under it ("- yannick rousseau\n\n--- Reply
        // from", "evelyn\n\n-----Original Message-----")
        if c.is_ascii_lowercase() || (c == b'-' && b.get(p + 1) == Some(&b' ')) {
            if let Some(f) = signed_before_reply(text, p, &mut buf) {
                replies.push(f);
                continue;
            }
        }
        if matches!(c, b'R' | b'r' | b'B' | b'b' | b' ') {
            super::census::at_line(b, p, out);
        }
        // a texted handoff's speaker after the time ("1315 luc: hey so",
        // "9:50 AM tunde: ok got it")
        if c.is_ascii_digit() {
            // (as after a relative's word, not a header's: "0800 cbc bmp:
            // sent" is a log's entry)
            if let Some(k) = time_at(b, p) {
                if let Some(f) = words_at(text, k, Cue::Kin, true, &mut buf) {
                    out.push(f);
                }
            }
        }
    }
    // ("calling for my mother, milena wang": two cues of one name, one after
    // the other, kept once)
    let from = out.len();
    for m in CUES.find_iter(b) {
        let (pattern, heads, cue) = CUE_LIST[m.pattern().as_usize()];
        let p = m.start();
        if cue == Cue::Verb {
            if let Some(f) = name_before_verb(text, p, &mut buf) {
                push_once(out, first, f);
            }
            continue;
        }
        // the cue's head before it, at a word's start (for a family's
        // plural, an ASCII one: "kids" inside a run of other letters,
        // "病人的kids很好", starts no list)
        let whole = heads[0].is_empty();
        let head_ok = if whole {
            pattern.starts_with(' ') || p == 0 || !b[p - 1].is_ascii_alphanumeric()
        } else {
            p > 0 && heads.iter().any(|h| b[p - 1] == h.as_bytes()[0]) && !(p >= 2 && (b[p - 2].is_ascii_alphanumeric() || cue == Cue::List && b[p - 2] >= 0x80))
        };
        if !head_ok {
            continue;
        }
        if cue == Cue::Town {
            let f = if pattern.starts_with(" where") { town_before(text, p, &mut buf) } else { town_at(text, m.end(), &mut buf) };
            if let Some(f) = f {
                out.push(f);
            }
            continue;
        }
        if cue == Cue::List {
            list_at(text, m.end(), out, &mut buf);
            continue;
        }
        if cue == Cue::Near {
            if let Some(e) = street_near(text, m.end(), &mut buf) {
                out.push(Finding::new(PhiType::Address, m.end(), e, 0.7));
            }
            continue;
        }
        if cue == Cue::Typist {
            if let Some((s, e)) = typist_at(b, m.end()) {
                out.push(Finding::new(PhiType::Name, s, e, 0.7));
            }
            continue;
        }
        // (a cue with its space ends before it)
        let e = m.end() - usize::from(b[m.end() - 1] == b' ');
        let f = match cue {
            // "calling for my mother, milena wang": the relative's rule
            Cue::Addressed if b[e..].starts_with(b" my ") => relative_word_end(b, e + 3).and_then(|e| after_cue(text, e, Cue::Kin, &mut buf)),
            Cue::Wrote => wrote_at(text, p - 1, &mut buf),
            Cue::Relative => relative_word_end(b, e).and_then(|e| after_cue(text, e, Cue::Kin, &mut buf)),
            // (the next line, or the rest of this one: "thanks siobhán")
            Cue::SignOff => next_line(b, e)
                .and_then(|s| words_at(text, s, Cue::SignOff, false, &mut buf))
                .or_else(|| (b.get(e) == Some(&b' ')).then(|| words_at(text, e + 1, Cue::SignOff, false, &mut buf)).flatten()),
            // ("that's": only a name just said, spelled: "anil chaudhry
            // that's c h a u d h r y", not "metformin that's m e t f o r m
            // i n", "the code that's x y z")
            Cue::Spelled if pattern == "hat's" => spelled_at(b, e).filter(|f| said_before(text, p - 1, f, &out[first..], &mut buf)),
            Cue::Spelled => spelled_at(b, e),
            _ => after_cue(text, e, cue, &mut buf),
        };
        // (after "by", one word only when it is no English word too:
        // "accompanied by foster parent")
        let by = pattern == "by ";
        // (after "by", a login's shape: "modified by jsmith2")
        let f = if by && f.is_none() { login_after_by(b, e, &mut buf) } else { f };
        // (whom a text is for: one listed given name, no English word, and
        // the clause ends after it: "is this marcia - texting", not "is this
        // tinea versicolor", "this is for lantus solostar", "is this bill from")
        let for_cue = matches!(pattern, "his is for" | "his isnt" | "his isn't" | "s this");
        let f = if for_cue {
            f.filter(|f| {
                let w = &text[f.start..f.end];
                let first = w.split(' ').next().unwrap_or("");
                fold_into(first, &mut buf);
                let given = lexicon(&buf).is_some_and(|c| c & C_FIRST != 0 && c & C_STOP == 0) && !super::lexicon::is_english(&buf);
                let r = &b[f.end..];
                let closes = r.is_empty() || matches!(r[0], b'?' | b'!' | b'.' | b',' | b'\n' | b'\r') || r.starts_with(b" -") || r.starts_with(b" ?");
                given && closes && !FAMILY_WORDS.contains(&buf.as_str())
            })
        } else {
            f
        };
        // (thanks to a relative by a family word, not a name: "ty nana")
        let thanks_cue = matches!(pattern, "hank you so much" | "hank u so much" | "hanks so much" | "ty ");
        let f = if thanks_cue {
            f.filter(|f| {
                fold_into(&text[f.start..f.end], &mut buf);
                !FAMILY_WORDS.contains(&buf.as_str())
            })
        } else {
            f
        };
        let mut english_alone = |f: &Finding| {
            let w = &text[f.start..f.end];
            !w.contains(' ') && {
                fold_into(w, &mut buf);
                super::lexicon::is_english(&buf)
            }
        };
        if let Some(f) = f.filter(|f| out[from..].last().is_none_or(|l| (l.start, l.end) != (f.start, f.end))).filter(|f| !(by && english_alone(f))) {
            out.push(f);
        }
    }
    // (after the cues: a quoted e-mail's "wrote" reads some of them)
    if memchr::memchr(b'@', b).is_some() {
        display_names(b, out, first);
    }
    for f in replies {
        push_once(out, first, f);
    }
    // a field's value after a role's label and its colon, in lower case
    // ("Health care proxy / POA: marco echeverria (friend)", "Interpreter:
    // jun-ho park"), as a relative's name is read
    // (the starts found so far, sorted, so that asking whether a name was
    // found already costs a bisection, not a walk over all of them)
    let mut seen: Vec<usize> = out[first..].iter().map(|f| f.start).collect();
    seen.sort_unstable();
    for p in memchr::memchr_iter(b':', b) {
        // (and a name a scanned form's OCR misread, "RE: Est3ban
        // Echeverrí4 Olrnos   DOB", "Attn: B4ptiste Lemair3")
        if b.get(p + 1) != Some(&b' ') {
            continue;
        }
        if let Some((s, e)) = misread_name_at(text, p + 2, &mut buf).filter(|&(s, _)| super::names::role_before(text, s)) {
            out.push(Finding::new(PhiType::Name, s, e, 0.75));
            continue;
        }
        // (and a name in Chinese, Japanese or Korean script: "Name in
        // original script: 吴明", "Patient name (original script): 王明")
        if let Some(e) = cjk_name_at(text, p + 2).filter(|_| super::names::role_before(text, p + 2)) {
            out.push(Finding::new(PhiType::Name, p + 2, e, 0.8));
            continue;
        }
        if b.get(p + 2).is_some_and(u8::is_ascii_lowercase) && super::names::role_before(text, p + 2) {
            // (not again what a header, a chat's stamp or a cue found:
            // "From: ", "guarantor: ")
            // (nor a chat's two letters, "[10:02] nurse: ok")
            let f = words_at(text, p + 2, Cue::Kin, false, &mut buf).filter(|f| f.end - f.start >= 3);
            if let Some(f) = f.filter(|f| seen.binary_search(&f.start).is_err()) {
                out.push(f);
            }
        }
    }
}

/// Whether `c` is a Han ideograph, a kana or a Hangul syllable.
fn cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// The end of a name written in Chinese, Japanese or Korean script at `i`:
/// two to six such characters, one space allowed between two parts ("吴明",
/// "윤수진", "山田 太郎"), then the line's end, a space, a bracket or a
/// separator.
fn cjk_name_at(text: &str, i: usize) -> Option<usize> {
    let rest = text.get(i..)?;
    let mut n = 0;
    let mut end = i;
    let mut spaced = false;
    let mut it = rest.char_indices().peekable();
    while let Some((k, c)) = it.next() {
        if cjk(c) && n < 6 {
            n += 1;
            end = i + k + c.len_utf8();
        } else if c == ' ' && !spaced && n >= 1 && it.peek().is_some_and(|&(_, d)| cjk(d)) {
            spaced = true;
        } else {
            break;
        }
    }
    let after = text.as_bytes().get(end).copied();
    ((2..=6).contains(&n) && matches!(after, None | Some(b'\n' | b'\r' | b' ' | b'\t' | b')' | b'(' | b',' | b';' | b'|' | b'/'))).then_some(end)
}

/// A name as a fax's OCR reads it, letters mistaken for digits
/// ("Est3ban Echeverrí4 Olrnos", "HENDR1KJE V4N OOSTERH0UT", "H4mza
/// N4ssar"), at `i` (after "PATIENT" there, which a cover sheet prints
/// before it): two to four words, the first and the last capitalized,
/// each starting with a letter and at least half letters, one of them with
/// a digit next to a letter, none an English word; then the line's end,
/// two spaces, " /" or a word in capitals. (The name scanner reads a word
/// up to its digit: the rest never makes a name there.) Where it starts
/// and ends.
fn misread_name_at(text: &str, i: usize, buf: &mut String) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut i = i;
    while b.get(i) == Some(&b' ') && i < b.len() {
        i += 1;
    }
    if b.len() >= i + 8 && b[i..i + 8].eq_ignore_ascii_case(b"patient ") {
        i += 8;
    }
    let starts_upper = |k: usize| text.get(k..).and_then(|t| t.chars().next()).is_some_and(char::is_uppercase);
    if !starts_upper(i) {
        return None;
    }
    let mut k = i;
    let mut words = 0;
    let mut misread = false;
    let mut last_start;
    let mut bounds = [(0usize, 0usize); 4];
    loop {
        let ws = k;
        let (mut letters, mut len) = (0usize, 0usize);
        while k < b.len() && len <= 24 {
            let c = b[k];
            let n = if c >= 0x80 { text[k..].chars().next().map_or(1, char::len_utf8) } else { 1 };
            let letter = c.is_ascii_alphabetic() || (c >= 0x80 && text[k..].chars().next().is_some_and(char::is_alphabetic));
            if c.is_ascii_digit() {
                misread |= (k > ws && (b[k - 1].is_ascii_alphabetic() || b[k - 1] >= 0x80)) || b.get(k + 1).is_some_and(|&d| d.is_ascii_alphabetic());
            } else if !(letter || (matches!(c, b'\'' | b'-') && k > ws)) {
                break;
            }
            letters += usize::from(letter);
            len += 1;
            k += n;
        }
        let first_letter = b[ws].is_ascii_alphabetic() || b[ws] >= 0x80;
        if k == ws || !first_letter || letters < 2 || letters * 2 < len {
            return None;
        }
        bounds[words] = (ws, k);
        words += 1;
        last_start = ws;
        // the next word after one space
        if words < 4 && b.get(k) == Some(&b' ') && b.get(k + 1).is_some_and(|&c| c.is_ascii_alphabetic() || c >= 0x80) {
            let save = k;
            k += 1;
            // (the name's end before a label in capitals: "... DOB")
            if b.len() >= k + 3 && b[k..k + 3].eq_ignore_ascii_case(b"dob") && !b.get(k + 3).is_some_and(u8::is_ascii_alphabetic) {
                k = save;
                break;
            }
            continue;
        }
        break;
    }
    let end = k;
    let after_ok = match b.get(end) {
        None | Some(b'\n' | b'\r') => true,
        Some(b' ') => matches!(b.get(end + 1), Some(b' ' | b'/' | b'(')) || b.get(end + 1).is_some_and(u8::is_ascii_uppercase),
        Some(b',') => true,
        _ => false,
    };
    if !(words >= 2 && misread && starts_upper(last_start) && after_ok) {
        return None;
    }
    // (no English word: "Clearwater End0crine Group", "H2O Intake")
    let english = bounds[..words].iter().any(|&(ws, we)| {
        fold_into(&text[ws..we], buf);
        super::lexicon::is_english(buf) && lexicon(buf).is_none_or(|c| c & C_DOMINANT == 0)
    });
    (!english).then_some((i, end))
}

/// A chat speaker's user name at `i`, then ": " ("abankston6: ",
/// "thanhpha: "): five to twenty lower-case letters, digits, '.' or '_',
/// starting with a letter, and not an English word ("nurse: "). A role
/// after a '-' or a '_' is left out of it ("todriscoll-pharm: ",
/// "sedwards_rn: ").
fn username_at(text: &str, i: usize, buf: &mut String) -> Option<Finding> {
    let b = text.as_bytes();
    let mut e = i;
    while e < b.len() && e - i <= 20 && (b[e].is_ascii_lowercase() || b[e].is_ascii_digit() || matches!(b[e], b'.' | b'_')) {
        e += 1;
    }
    // a role's suffix
    let mut end = e;
    if b.get(e) == Some(&b'-') {
        let rs = e + 1;
        let re = rs + b[rs..].iter().take(6).take_while(|c| c.is_ascii_lowercase()).count();
        // (a service's account has a role too: "ortho-pharm", "stepdown-rn")
        if ROLE_SUFFIXES.contains(&&text[rs..re]) && b.get(re) == Some(&b':') && name_handle(&text[i..e], buf) {
            e = re;
        }
    } else if let Some(u) = text[i..e].rfind('_') {
        if ROLE_SUFFIXES.contains(&&text[i + u + 1..e]) {
            // (a service's account: "neuro_md", "triage_rn")
            if !name_handle(&text[i..i + u], buf) {
                return None;
            }
            end = i + u;
        }
    }
    if !(5..=20).contains(&(end - i)) || !b[i].is_ascii_lowercase() || b.get(e) != Some(&b':') || b.get(e + 1) != Some(&b' ') {
        return None;
    }
    let e = end;
    let letters = text[i..e].trim_end_matches(|c: char| c.is_ascii_digit());
    fold_into(letters, buf);
    // (digits only at the end, "abankston6"; '.' and '_' anywhere,
    // "erik.nyberg")
    if super::lexicon::is_english(buf) || letters.contains(|c: char| !(c.is_ascii_lowercase() || c == '.' || c == '_')) {
        return None;
    }
    Some(Finding::new(PhiType::Name, i, e, 0.7))
}

/// A staff role written after a chat handle ("-pharm", "_rn").
const ROLE_SUFFIXES: &[&str] = &["rn", "md", "do", "np", "pa", "rt", "sw", "ot", "pt", "lpn", "cna", "crna", "pharm", "rph", "tech", "dr", "mo", "hca", "slp", "rd"];

/// Whether `s` starts with a stamp of four digits in brackets that is a
/// time of day ("[1412]", not "[2519]").
fn hhmm_stamp(s: &[u8]) -> bool {
    s.len() >= 6 && s[0] == b'[' && s[5] == b']' && s[1..5].iter().all(u8::is_ascii_digit) && {
        let (h, m) = (u32::from(s[1] - b'0') * 10 + u32::from(s[2] - b'0'), u32::from(s[3] - b'0') * 10 + u32::from(s[4] - b'0'));
        h < 24 && m < 60
    }
}

/// Whether a handle (its digits after it aside) is made of a person's
/// names: parts apart by '.' or '_', each a listed given name or surname
/// or an initial, one a name ("craig.foster", "davies.r"); or one word, a
/// given name and an initial ("charlotteh", "leroys"), one or two
/// initials and a surname ("mpillai", "todriscoll"), or a given name and
/// a surname ("mathieuleblanc"); never an English word.
pub(crate) fn name_handle(h: &str, buf: &mut String) -> bool {
    handle_reading(h, buf).is_some()
}

/// How a handle is made of a person's names ([`name_handle`]): `None` when
/// it is not; else whether it is read without an initial before a
/// surname (parts apart by '.' or '_', a given name and an initial, a
/// given name and a surname), which a drug's name splits into as often
/// ("f|lomax").
fn handle_reading(h: &str, buf: &mut String) -> Option<bool> {
    let h = h.trim_end_matches(|c: char| c.is_ascii_digit());
    if h.is_empty() || !h.is_ascii() {
        return None;
    }
    let class = |w: &str, buf: &mut String| {
        fold_into(w, buf);
        lexicon(buf).unwrap_or(0)
    };
    // (nor a word the lists keep from names: a drug's, "ambien")
    if super::lexicon::is_english(h) || class(h, buf) & C_STOP != 0 {
        return None;
    }
    let parts: Vec<&str> = h.split(['.', '_']).collect();
    if parts.len() > 1 {
        // (parts apart by '.' or '_' may be names that are words too,
        // "craig.foster", one not)
        let mut named = false;
        for w in &parts {
            if w.len() == 1 {
                continue;
            }
            fold_into(w, buf);
            let c = lexicon(buf).unwrap_or(0);
            if c & (C_FIRST | C_SUR) == 0 {
                return None;
            }
            named |= c & C_ENG == 0;
        }
        return (named && parts.len() <= 3).then_some(true);
    }
    let n = h.len();
    let first = |w: &str, buf: &mut String| w.len() >= 3 && class(w, buf) & C_FIRST != 0;
    // (a surname after initials is no English word too: "jp|drain",
    // "on|call", "p|harm"; `strict`: nor one the English list inflects)
    let sur = |w: &str, strict: bool, buf: &mut String| {
        w.len() >= 4 && class(w, buf) & (C_SUR | C_ENG) == C_SUR && !(strict && super::lexicon::is_english(buf))
    };
    let given_initial = n >= 5 && first(&h[..n - 1], buf);
    let given_surname = |strict: bool, buf: &mut String| (3..n.saturating_sub(3)).any(|k| first(&h[..k], buf) && sur(&h[k..], strict, buf));
    let named = given_initial || sur(&h[1..], true, buf) || (n >= 6 && sur(&h[2..], true, buf)) || given_surname(true, buf);
    named.then(|| given_initial || given_surname(false, buf))
}

/// The speaker that starts the line at `ls` in a chat or portal export
/// whose stamp follows the name: one to three lower-case words, then a
/// time and ':' ("daniel 18:08: hey", "vera 9:41:03: ok"), or " | " and a
/// stamp with a date and a time ("andrew r | 9 July 2022 11:22",
/// "kathleen mckenzie | 23/04/2022 5:12 PM"). The words must make a name
/// as after a header ([`Cue::Strong`]: a known given name, or two words
/// that are not English), all of them.
fn speaker_before_stamp(text: &str, ls: usize, buf: &mut String) -> Option<Finding> {
    let b = text.as_bytes();
    if !b.get(ls).is_some_and(u8::is_ascii_lowercase) {
        return None;
    }
    // the words: lower-case letters, '-', '\'', non-ASCII, single spaces
    let mut e = ls;
    let mut spaces = 0;
    while e < b.len() && e - ls < 40 {
        match b[e] {
            b'a'..=b'z' | b'-' | b'\'' | 0x80..=0xff => e += 1,
            b' ' if spaces < 2 && b.get(e + 1).is_some_and(|&c| c.is_ascii_lowercase() || c >= 0x80) => {
                spaces += 1;
                e += 1;
            }
            _ => break,
        }
    }
    let r = &b[e..];
    let stamp = if r.starts_with(b" | ") {
        // a date and a time on the rest of the line, which is short
        let rest = &r[3..];
        let line = &rest[..memchr::memchr(b'\n', rest).unwrap_or(rest.len())];
        line.len() <= 32 && line.first().is_some_and(|c| c.is_ascii_alphanumeric()) && has_time(line) && has_year(line)
    } else {
        r.first() == Some(&b' ') && time_then_colon(&r[1..])
    };
    if !stamp {
        return None;
    }
    // (a last word of one letter is an initial: "andrew r")
    let initial = e - ls >= 4 && b[e - 2] == b' ' && b[e - 1].is_ascii_lowercase();
    let name_end = if initial { e - 2 } else { e };
    let mut f = words_at(text, ls, Cue::Strong, false, buf).filter(|f| f.end == name_end || f.end == e)?;
    f.end = e;
    Some(f)
}

/// Whether `r` starts with a time ("18:08", "9:41:03") and then ": ".
fn time_then_colon(r: &[u8]) -> bool {
    let d = |k: usize| r.get(k).is_some_and(u8::is_ascii_digit);
    let h = if d(0) && d(1) { 2 } else if d(0) { 1 } else { return false };
    let mut k = h;
    for _ in 0..2 {
        if r.get(k) == Some(&b':') && d(k + 1) && d(k + 2) {
            k += 3;
        } else {
            break;
        }
    }
    k > h && r.get(k) == Some(&b':') && r.get(k + 1) == Some(&b' ')
}

/// Whether `line` holds a year: four digits starting "19" or "20", or the
/// last of three numbers joined by '/' ("23/04/2022", "07/20/23").
fn has_year(line: &[u8]) -> bool {
    let mut k = 0;
    while k < line.len() {
        if !line[k].is_ascii_digit() {
            k += 1;
            continue;
        }
        let s = k;
        while k < line.len() && line[k].is_ascii_digit() {
            k += 1;
        }
        let run = &line[s..k];
        let year4 = run.len() == 4 && (run.starts_with(b"19") || run.starts_with(b"20"));
        // (the number before the '/' starts at `m`; another '/' and a
        // digit before it)
        let slashed = s >= 4 && line[s - 1] == b'/' && {
            let m = s - 1 - line[..s - 1].iter().rev().take_while(|c| c.is_ascii_digit()).count();
            m < s - 1 && m >= 2 && line[m - 1] == b'/' && line[m - 2].is_ascii_digit()
        };
        if year4 || slashed {
            return true;
        }
    }
    false
}

/// Whether `line` holds a time: a digit, ':' and two digits.
fn has_time(line: &[u8]) -> bool {
    line.windows(4).any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit())
}

/// The name in a quoted e-mail's header, "On Sat, 9 Nov 24 08:04, david
/// morris <davidmorris@yahoo.co.uk> wrote:" or "> On 2024-07-16, jennifer
/// wright wrote via portal:", with `w` where "wrote" starts: the words
/// after the line's last ", " before it (and before the address in '<'
/// '>'), one to four of letters, '-', '\'' and '.', no digit, on a line
/// that starts "On " (after any '>' quoting).
fn wrote_at(text: &str, w: usize, buf: &mut String) -> Option<Finding> {
    let b = text.as_bytes();
    if w < 2 || b[w - 1] != b' ' {
        return None;
    }
    let mut e = w - 1;
    // the address
    if e > 0 && b[e - 1] == b'>' {
        let lt = memchr::memrchr(b'<', &b[..e])?;
        if e - lt > 80 || !b[lt..e].contains(&b'@') || lt == 0 || b[lt - 1] != b' ' {
            return None;
        }
        e = lt - 1;
    }
    // (a header line is short: at most 200 bytes are read back, so that a
    // long line of "wrote"s costs no more than its length times 200)
    let floor = e.saturating_sub(200);
    let ls = match memchr::memrchr(b'\n', &b[floor..e]) {
        Some(k) => floor + k + 1,
        None if floor == 0 => 0,
        None => return None,
    };
    let mut q = ls;
    while q < e && matches!(b[q], b'>' | b' ') {
        q += 1;
    }
    if !b[q..e].starts_with(b"On ") {
        return None;
    }
    let comma = memchr::memrchr(b',', &b[q..e]).map(|k| q + k)?;
    let s = comma + 2;
    if s >= e || b[comma + 1] != b' ' {
        return None;
    }
    let name = text.get(s..e)?;
    let words = name.split(' ').count();
    let ok = (1..=4).contains(&words)
        && name.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '.'))
        && name.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && name.split(' ').all(|x| !x.is_empty());
    if !ok {
        return None;
    }
    // no English word ("On 3/4, the nurse wrote"), but a name that is one
    let english = name.split(' ').any(|x| {
        fold_into(x, buf);
        !PARTICLES.contains(&buf.as_str()) && super::lexicon::is_english(buf) && lexicon(buf).is_none_or(|c| c & C_DOMINANT == 0)
    });
    if english {
        return None;
    }
    Some(Finding::new(PhiType::Name, s, e, 0.8))
}

/// After "spelled" ending at `e`: three or more single letters, each
/// after one space ("spelled m c n a m a r a").
fn spelled_at(b: &[u8], e: usize) -> Option<Finding> {
    let mut q = e;
    let mut n = 0;
    while q + 1 < b.len() && b[q] == b' ' && b[q + 1].is_ascii_alphabetic() && !b.get(q + 2).is_some_and(u8::is_ascii_alphanumeric) {
        q += 2;
        n += 1;
    }
    (n >= 3).then(|| Finding::new(PhiType::Name, e + 1, q, 0.8))
}

/// Whether the letters `f` spells are the word that ends before `t` (the
/// start of "that's"), and that word a name's: a name read before over
/// it, or a word the lists know as a name's and no English word or town.
fn said_before(text: &str, t: usize, f: &Finding, found: &[Finding], buf: &mut String) -> bool {
    let b = text.as_bytes();
    let Some(we) = t.checked_sub(1).filter(|&k| b[k] == b' ') else { return false };
    let ws = b[..we].iter().rposition(|c| !c.is_ascii_alphabetic()).map_or(0, |k| k + 1);
    let word = &b[ws..we];
    let letters = b[f.start..f.end].iter().filter(|c| **c != b' ');
    if word.len() < 2 || word.len() != letters.clone().count() || !word.iter().zip(letters).all(|(a, c)| a.eq_ignore_ascii_case(c)) {
        return false;
    }
    if found.iter().any(|g| g.kind == PhiType::Name && g.start <= ws && we <= g.end) {
        return true;
    }
    let w = &text[ws..we];
    fold_into(w, buf);
    lexicon(buf).is_some_and(|c| c & (C_FIRST | C_SUR) != 0 && c & C_STOP == 0) && !super::lexicon::is_english(buf) && !super::lexicon::is_city(buf)
}

/// After "for my" ending at `e`: the end of the relative's word that
/// follows ("for my mother"), if one does.
fn relative_word_end(b: &[u8], e: usize) -> Option<usize> {
    if b.get(e) != Some(&b' ') {
        return None;
    }
    let s = e + 1;
    let mut q = s;
    while q < b.len() && q - s < 14 && b[q].is_ascii_lowercase() {
        q += 1;
    }
    let w = std::str::from_utf8(&b[s..q]).ok()?;
    // "for my daughter-in-law"
    let in_law = if b[q..].starts_with(b"-in-law") { q + 7 } else { q };
    KIN.contains(&w).then_some(in_law)
}

/// Whether `r` (what follows a word) makes the word a verb's subject or
/// a caller: " says", " will", " his ", " from ", ...
fn subject_of(r: &[u8]) -> bool {
    const AFTER: [&[u8]; 21] = [
        b" says", b" said", b" will ", b" his ", b" her ", b" is ", b" can ", b" has ", b" wants", b" thinks",
        b" from ", b" calling", b" called", b" rang", b" came", b" moved", b" lives", b" drove",
        b" brought", b" kinda", b" needs",
    ];
    AFTER.iter().any(|a| r.starts_with(a))
}

/// Vowels in a word (non-ASCII letters count as one each byte: "ó").
fn vowels(w: &[u8]) -> usize {
    w.iter().filter(|&&c| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y') || c >= 0x80).count()
}

/// After "thanks" or "thank you" ending at `e`, and nothing on the line
/// but ',', '.' or '!': where the next line starts.
fn next_line(b: &[u8], mut e: usize) -> Option<usize> {
    // ("thank you so much 😩", "thanks again :)")
    for w in [&b" so much"[..], b" very much", b" again", b" a lot"] {
        if b[e..].starts_with(w) {
            e += w.len();
            break;
        }
    }
    let from = e;
    while e < b.len() && e - from < 24 && (matches!(b[e], b',' | b'.' | b'!' | b' ' | b'\r' | b'?' | b':' | b'(' | b')' | b';') || b[e] >= 0x80) {
        e += 1;
    }
    (b.get(e) == Some(&b'\n')).then_some(e + 1)
}

/// The name after a relative's word (`KIN`, capitalized) ending at `end`.
/// A name's words found again in lower case ("barry (dn): hi gráinne its
/// barry the district nurse", once "Barry" was read; "harjit will leave
/// the gate open" after "Harjit Kaur"): every word of three letters or
/// more of a name the families found (score 0.5 or more) that is no
/// English word nor a stop word, wherever it stands in lower case as a
/// word of its own and no finding covers it. ("rose", "will", "grace"
/// are English words: in lower case they are read only where a cue says
/// a name follows.)
#[inline(never)] // a stable symbol for profilers
pub(crate) fn mentions(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let n = out.len();
    // the words in lower case, back to back
    let mut store = String::with_capacity(128);
    // (start, end, what it is: 0 not yet asked, 1 read again, 2 not) of
    // each word in `store`; a word is looked up in the lists only once it
    // is found again, most never are
    let mut seen: Vec<(usize, usize, u8)> = Vec::with_capacity(24);
    // (the words' first two bytes, hashed: most of the text's words start
    // with none of them)
    let mut pairs = [0u64; 16];
    for f in &out[..n] {
        if f.kind != PhiType::Name || f.score < 0.5 {
            continue;
        }
        let span = &text[f.start..f.end];
        // (split on bytes where the name is ASCII, as nearly all are)
        let ascii = span.is_ascii();
        let split = |c: char| if ascii { !c.is_ascii_alphabetic() } else { !c.is_alphabetic() };
        for w in span.split(split) {
            // (not initials, "CXR", nor three capitals of another kind)
            if w.len() < 3 || seen.len() >= 24 || !ascii && w.chars().nth(2).is_none() || w.len() == 3 && w.bytes().all(|c| c.is_ascii_uppercase()) {
                continue;
            }
            // (each word once: the families find a name again and again)
            let s = store.len();
            if w.is_ascii() {
                store.extend(w.bytes().map(|c| c.to_ascii_lowercase() as char));
            } else {
                store.extend(w.chars().flat_map(char::to_lowercase));
            }
            if seen.iter().any(|&(a, e, _)| store[a..e] == store[s..]) {
                store.truncate(s);
                continue;
            }
            seen.push((s, store.len(), 0));
            let h = pair_hash(store.as_bytes()[s], store.as_bytes()[s + 1]);
            pairs[h / 64] |= 1 << (h % 64);
        }
    }
    if seen.is_empty() {
        return;
    }
    let sb = store.as_bytes();
    let mut buf = String::with_capacity(32);
    // the findings' spans by start, and the furthest end up to each, for
    // asking whether one covers a byte range in a binary search (sorted
    // when a word is first found again)
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut sorted = false;
    let mut pushed = 0;
    // word starts whose byte starts one of the words, 64 bytes at a time
    // (a byte outside ASCII counts as a letter: after one, no word starts)
    // (a lower-case ASCII letter after such a byte is looked at too, and
    // kept where the character before is no letter or digit: a curly
    // quote, a dash, a no-break space, "“harjit” will call")
    let mut carry = 0u64;
    let mut carry_high = 0u64;
    let mut base = 0;
    while base < b.len() {
        let blk = super::context::Block::load(b, base);
        let word = blk.mask(|x| x.fold_case().lower() | x.digit() | x.high() | x.eq(b'_') | x.eq(b'.') | x.eq(b'@'));
        let lower = blk.mask(|x| x.lower());
        let high = blk.mask(|x| x.high());
        let first = lower | high;
        let after_high = lower & (high << 1 | carry_high);
        let mut m = first & !(word << 1 | carry) | after_high;
        carry = word >> 63;
        carry_high = high >> 63;
        while m != 0 {
            let p = base + m.trailing_zeros() as usize;
            m &= m - 1;
            if after_high >> (p - base) & 1 == 1 && text[..p].chars().next_back().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let h = pair_hash(b[p], b.get(p + 1).copied().unwrap_or(0));
            if pairs[h / 64] & 1 << (h % 64) == 0 {
                continue;
            }
            let mut hit = None;
            for (a, e, state) in seen.iter_mut() {
                let w = &sb[*a..*e];
                if *state == 2 || w[0] != b[p] || !b[p..].starts_with(w) || text[p + w.len()..].chars().next().is_some_and(char::is_alphanumeric) {
                    continue;
                }
                if *state == 0 {
                    fold_into(&store[*a..*e], &mut buf);
                    let no = buf.len() <= 4 && (PARTICLES.contains(&buf.as_str()) || LOWER_ABBREVIATIONS.contains(&buf.as_str()))
                        || lexicon(&buf).is_some_and(|e| e & C_STOP != 0)
                        || super::lexicon::is_english(&buf);
                    *state = if no { 2 } else { 1 };
                }
                if *state == 1 {
                    hit = Some(p + w.len());
                    break;
                }
            }
            let Some(mut e) = hit else { continue };
            // (a login made of it, whole: "gaetan_roy29")
            if matches!(b.get(e), Some(b'_' | b'.')) && b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric) {
                let mut k = e;
                while k < b.len() && (b[k].is_ascii_alphanumeric() || (matches!(b[k], b'_' | b'.') && b.get(k + 1).is_some_and(u8::is_ascii_alphanumeric))) {
                    k += 1;
                }
                // (not an e-mail address's local part)
                if b.get(k) == Some(&b'@') {
                    continue;
                }
                e = k;
            }
            if !sorted {
                spans.extend(out[..n].iter().map(|f| (f.start, f.end)));
                super::interrupt::sort_by_checked(&mut spans, |a, b| a.cmp(b));
                let mut reach = 0;
                for sp in spans.iter_mut() {
                    reach = reach.max(sp.1);
                    sp.1 = reach;
                }
                sorted = true;
            }
            let k = spans.partition_point(|sp| sp.0 < e);
            if !(k > 0 && spans[k - 1].1 > p) {
                out.push(Finding::new(PhiType::Name, p, e, 0.6));
                pushed += 1;
                super::interrupt::every_items(pushed);
            }
        }
        base += 64;
        super::interrupt::every_bytes(base, 64);
    }
}

/// Names that notes write in lower case as clinical abbreviations ("PMH:
/// htn, tia 2019", "ana neg", "gerd"): not read again by [`mentions`].
const LOWER_ABBREVIATIONS: &[&str] = &["tia", "ana", "ros", "mac", "gerd", "endo", "sal", "ami", "ida", "cam", "ada", "les", "ira", "ards", "copd"];

/// A hash of a word's first two bytes into 1024 bits ([`mentions`]).
#[inline(always)]
fn pair_hash(a: u8, b: u8) -> usize {
    ((a as usize) << 5 ^ b as usize) & 1023
}

pub(crate) fn after_relative(text: &str, end: usize, out: &mut Vec<Finding>) {
    if let Some(f) = after_cue(text, end, Cue::Kin, &mut String::new()) {
        out.push(f);
    }
}

/// The name after a cue ending at `e`: then " ", ": " or ", " ("Caregiver
/// at home: " too), then a lower-case letter.
/// The name right before a verb's space at `p` ([`Cue::Verb`]): a listed
/// given name of three letters or more, no English or stop word, in
/// lower case or capitalized, and a listed given name before it if any
/// ("arnel reyes said"); not after a title or a possessive's word, which
/// other readers take.
fn name_before_verb(text: &str, p: usize, buf: &mut String) -> Option<Finding> {
    let b = text.as_bytes();
    let word_start = |e: usize| -> Option<usize> {
        let s = super::lexicon::word_start_before(text, e, false)?;
        (s == 0 || !b[s - 1].is_ascii_alphanumeric() && !matches!(b[s - 1], b'\'' | b'.' | b'@' | b'_')).then_some(s)
    };
    let given = |w: &str, buf: &mut String| -> bool {
        let mut cs = w.chars();
        let ok_case = cs.next().is_some_and(char::is_alphabetic) && cs.all(char::is_lowercase);
        fold_into(w, buf);
        let class = lexicon(buf);
        ok_case
            && w.chars().count() >= 3
            && class.is_some_and(|c| c & C_FIRST != 0 && c & super::lexicon::C_STOP == 0)
            && !super::lexicon::is_english(buf)
    };
    // (or a given name more often than a word, "john says the ot", where
    // a sentence, a clause or a line starts and no "be" follows the verb:
    // not "x ray will be repeated", "poison ivy will resolve", "gene can
    // be tested")
    let dominant = |s: usize, buf: &mut String| -> bool {
        let w = &text[s..p];
        fold_into(w, buf);
        let starts = s == 0 || {
            let mut k = s;
            while k > 0 && b[k - 1] == b' ' {
                k -= 1;
            }
            k == 0 || matches!(b[k - 1], b'\n' | b'.' | b'!' | b'?' | b':' | b',' | b'(' | b'-' | b';')
        };
        let verb_end = p + 1 + b[p + 1..].iter().position(|&c| c == b' ').unwrap_or(b.len() - p - 1);
        starts
            && w.chars().count() >= 3
            && w.chars().skip(1).all(char::is_lowercase)
            && lexicon(buf).is_some_and(|c| c & C_FIRST != 0 && c & C_DOMINANT != 0 && c & super::lexicon::C_STOP == 0)
            && !b[verb_end.min(b.len())..].starts_with(b" be ")
    };
    let s = word_start(p)?;
    if !given(&text[s..p], buf) {
        return dominant(s, buf).then(|| Finding::new(PhiType::Name, s, p, 0.7));
    }
    let mut start = s;
    if s >= 2 && b[s - 1] == b' ' {
        if let Some(s0) = word_start(s - 1) {
            let w0 = &text[s0..s - 1];
            fold_into(w0, buf);
            if matches!(buf.as_str(), "dr" | "mr" | "mrs" | "ms" | "doctor") {
                return None;
            }
            if given(w0, buf) && w0.chars().next().is_some_and(char::is_lowercase) == text[s..].starts_with(char::is_lowercase) {
                start = s0;
            }
        }
    }
    Some(Finding::new(PhiType::Name, start, p, 0.7))
}

fn after_cue(text: &str, mut e: usize, cue: Cue, buf: &mut String) -> Option<Finding> {
    let b = text.as_bytes();
    if b[e..].starts_with(b" at home") {
        e += 8;
    }
    if matches!(b.get(e), Some(b':' | b',')) {
        e += 1;
    }
    if b.get(e) != Some(&b' ') || !b.get(e + 1).is_some_and(u8::is_ascii_lowercase) {
        return None;
    }
    words_at(text, e + 1, cue, false, buf)
}

/// The name at `i`, if the words there make one (see the module's
/// documentation); `speaker`: it must end at ": ".
/// The name alone on the line at `p` ("- " before it allowed) when a
/// blank line and a reply's or a quoted message's rule follow it ("---",
/// "-----Original Message-----", "___"): read as after a sign-off.
fn signed_before_reply(text: &str, p: usize, buf: &mut String) -> Option<Finding> {
    let b = text.as_bytes();
    let le = memchr::memchr(b'\n', &b[p..]).map_or(b.len(), |k| p + k);
    let rest = &b[le..];
    let rule = |r: &[u8]| r.starts_with(b"---") || r.starts_with(b"___") || r.starts_with(b"From: ");
    if !(rest.starts_with(b"\n\n") && rule(&rest[2..]) || rest.starts_with(b"\r\n\r\n") && rule(&rest[4..])) || le - p > 48 {
        return None;
    }
    let s = if b[p] == b'-' { p + 2 } else { p };
    words_at(text, s, Cue::SignOff, false, buf)
}

/// Towns of the lists that are, in lower case, a drug's, an anatomy's or
/// a trade's word ("weaned to vaso", "keta gtt", "bursa injection").
const NOT_TOWNS: [&str; 14] =
    ["vaso", "soma", "keta", "norco", "bursa", "doula", "ganja", "dura", "hila", "vena", "insula", "chiari", "coban", "para"];

/// A listed town in lower case at `s` ([`Cue::Town`]): two words or one
/// that the city lists hold ("shepparton", "palmerston north"), then no
/// letter or digit; one word no English word ("lives in reading" is
/// left alone), four letters or more.
fn town_at(text: &str, s: usize, buf: &mut String) -> Option<Finding> {
    let b = text.as_bytes();
    let word = |k: usize| -> Option<usize> {
        let n = b.get(k..)?.iter().take(24).take_while(|c| c.is_ascii_lowercase()).count();
        (n > 0 && !b.get(k + n).is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80 || c == b'-' || c == b'\'')).then_some(k + n)
    };
    let e1 = word(s)?;
    let e2 = (b.get(e1) == Some(&b' ')).then(|| word(e1 + 1)).flatten();
    let listed = |e: usize, buf: &mut String| {
        buf.clear();
        buf.push_str(&text[s..e]);
        super::lexicon::is_city(buf) || super::lexicon::is_world_city(buf)
    };
    if let Some(e2) = e2.filter(|&e2| listed(e2, buf)) {
        return Some(Finding::new(PhiType::Address, s, e2, 0.7));
    }
    (e1 - s >= 4
        && listed(e1, buf)
        && !super::lexicon::is_english(buf)
        && lexicon(buf).is_none_or(|c| c & C_STOP == 0)
        && !NOT_TOWNS.contains(&buf.as_str()))
    .then(|| Finding::new(PhiType::Address, s, e1, 0.7))
}

/// Family words a text thanks by, no names ("ty nana", "thank you so much amma").
const FAMILY_WORDS: &[&str] = &[
    "nan", "nana", "nanna", "nani", "nonna", "dadi", "dada", "baba", "amma", "appa", "ammi", "abba", "oma", "opa", "tia", "tio",
    "mijo", "mija", "mama", "mami", "papi", "papa", "bubbe", "zayde", "abuela", "abuelo", "shalom", "didi", "bhai", "bhaiya",
];

/// Words before a street type that say what kind of road, not its name
/// ("near busy road", "near bike lane"), and "st"/"drive" as a note means
/// them ("near baseline st segment", "near zero drive").
const NEAR_GENERIC: &[&str] = &[
    "busy", "main", "ring", "country", "bike", "bus", "cycle", "slip", "service", "side", "back", "dirt", "gravel", "private",
    "quiet", "major", "minor", "local", "motorway", "dual", "zero", "absent", "baseline", "isoelectric", "normal", "sex",
];

/// Street types after a street's name without its number ([`street_near`]):
/// not "dr" or "ct" (a doctor, a scan), nor "court" or "place" (words of a
/// note as often).
const NEAR_TYPES: &[&str] = &[
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "lane", "ln", "way", "parkway", "pkwy",
    "highway", "hwy", "terrace", "crescent",
];

/// The end of a street named at `s` without its number, after "near": one
/// or two words of three letters or more (all in lower case, or all
/// capitalized), none a stop word, then a street type ([`NEAR_TYPES`]) in
/// the same case, then no letter or digit: "near elm ln", "near Pulaski
/// Blvd". Not "near the way", "near total st...".
fn street_near(text: &str, s: usize, buf: &mut String) -> Option<usize> {
    let b = text.as_bytes();
    let cap = b.get(s)?.is_ascii_uppercase();
    let mut k = s;
    for n in 0..3 {
        let ws = k;
        if !(if cap { b.get(k)?.is_ascii_uppercase() } else { b.get(k)?.is_ascii_lowercase() }) {
            return None;
        }
        k += 1;
        while k < b.len() && b[k].is_ascii_lowercase() {
            k += 1;
        }
        if k < b.len() && (b[k].is_ascii_alphanumeric() || b[k] >= 0x80) {
            return None;
        }
        fold_into(&text[ws..k], buf);
        if NEAR_GENERIC.contains(&buf.as_str()) {
            return None;
        }
        if n >= 1 && NEAR_TYPES.contains(&buf.as_str()) {
            return Some(k);
        }
        if k - ws < 3 || lexicon(buf).is_some_and(|c| c & C_STOP != 0) || b.get(k) != Some(&b' ') {
            return None;
        }
        k += 1;
    }
    None
}

/// A listed town in lower case ([`town_at`]) of one or two words ending at
/// `e`, " from " or " in " before it: "who drove her from whyalla where
/// they live", "from mount gambier where they live".
fn town_before(text: &str, e: usize, buf: &mut String) -> Option<Finding> {
    let b = text.as_bytes();
    let word_start = |k: usize| -> usize { k - b[..k].iter().rev().take(24).take_while(|c| c.is_ascii_lowercase()).count() };
    let s1 = word_start(e);
    let lead = |s: usize| [&b" from "[..], b" in "].iter().any(|l| b[..s].ends_with(l));
    if s1 < e && lead(s1) {
        return town_at(text, s1, buf).filter(|f| f.end == e);
    }
    if s1 < e && s1 >= 2 && b[s1 - 1] == b' ' {
        let s2 = word_start(s1 - 1);
        if s2 < s1 - 1 && lead(s2) {
            return town_at(text, s2, buf).filter(|f| f.end == e);
        }
    }
    None
}

/// The given names listed after a family's plural ending at `e` ("kids
/// are rose, thanh and sung-ho", "grandkids Noor, declan and Li",
/// "children - William (lives in Utica) and Hunter"): after " are", " -",
/// ":" or nothing, two to eight single words joined by ", ", " and ", " &
/// " or ", and ", a parenthesis of up to 48 bytes allowed after each;
/// each a listed given name or, no English word, three to 24 letters with
/// a vowel, and one of them at least a listed given name (not a list of
/// drugs, "Kids: Zyrtec, Flonase and Claritin"). All or none after "and"
/// or "&": a word there that is neither makes no list ("kids are rose,
/// thanh and fine"); after a comma it ends the list ("rose, thanh and
/// sung-ho, school contact").
fn list_at(text: &str, e: usize, out: &mut Vec<Finding>, buf: &mut String) {
    let b = text.as_bytes();
    let mut k = e;
    if b.get(k).is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80) {
        return;
    }
    for lead in [&b" are "[..], b": ", b" - ", b" "] {
        if b.get(k..k + lead.len()) == Some(lead) {
            k += lead.len();
            break;
        }
    }
    let mut found: [(usize, usize); 8] = [(0, 0); 8];
    let mut n = 0;
    let mut given_n = 0;
    // (whether the last joint was "and" or "&")
    let mut conj = false;
    loop {
        let s = k;
        // (a word of 24 bytes at most: a run of letters without spaces is
        // read once, not once per cue inside it)
        while k < b.len() && k - s <= 24 && (b[k].is_ascii_alphabetic() || b[k] >= 0x80 || (matches!(b[k], b'-' | b'\'') && k > s && b.get(k + 1).is_some_and(u8::is_ascii_alphabetic))) {
            k += 1;
        }
        let w = text.get(s..k).filter(|w| !w.is_empty() && k - s <= 24 && !b.get(k).is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80));
        let Some(w) = w else {
            // (no word after "and": no list)
            if conj {
                return;
            }
            break;
        };
        fold_into(w, buf);
        let class = lexicon(buf);
        let given = class.is_some_and(|c| c & (C_FIRST | C_DOMINANT) != 0 && c & C_STOP == 0);
        let english = super::lexicon::is_english(buf);
        let looks = w.len() >= 3 && w.bytes().any(|c| matches!(c | 0x20, b'a' | b'e' | b'i' | b'o' | b'u' | b'y') || c >= 0x80);
        if !(given || (!english && looks)) {
            // (a word after "and" that is no name: no list; after a comma,
            // the list has ended: "rose, thanh and sung-ho, school contact")
            if conj {
                return;
            }
            break;
        }
        if n == found.len() {
            return;
        }
        found[n] = (s, k);
        n += 1;
        given_n += usize::from(given);
        // a parenthesis after it: "(lives in Utica)"
        if b[k..].starts_with(b" (") {
            match memchr::memchr(b')', &b[k..(k + 50).min(b.len())]) {
                Some(q) => k += q + 1,
                None => break,
            }
        }
        let next = [&b", and "[..], b", ", b" and ", b" & "].into_iter().find(|sep| b[k..].starts_with(sep));
        match next {
            Some(sep) => {
                k += sep.len();
                conj = sep != b", ";
            }
            None => break,
        }
    }
    if n >= 2 && given_n >= 1 {
        for &(s, e) in &found[..n] {
            out.push(Finding::new(PhiType::Name, s, e, 0.75));
        }
    }
}

/// After a time opening a line at `p` ("1315", "07:20", "9:50 AM", "8:15
/// pm") and one space: where the next word starts.
fn time_at(b: &[u8], p: usize) -> Option<usize> {
    let num = |r: &[u8]| r.iter().fold(0u32, |a, &c| a * 10 + u32::from(c - b'0'));
    let d = b[p..].iter().take(5).take_while(|c| c.is_ascii_digit()).count();
    let (h, m, mut k) = match d {
        4 => (num(&b[p..p + 2]), num(&b[p + 2..p + 4]), p + 4),
        1 | 2 if b.get(p + d) == Some(&b':') && b.get(p + d + 1..p + d + 3).is_some_and(|m| m.iter().all(u8::is_ascii_digit)) => {
            (num(&b[p..p + d]), num(&b[p + d + 1..p + d + 3]), p + d + 3)
        }
        _ => return None,
    };
    if h > 23 || m > 59 {
        return None;
    }
    if b.get(k..k + 3).is_some_and(|r| r.eq_ignore_ascii_case(b" am") || r.eq_ignore_ascii_case(b" pm")) {
        k += 3;
    }
    (b.get(k) == Some(&b' ') && b.get(k + 1).is_some_and(u8::is_ascii_lowercase)).then_some(k + 1)
}

/// Letters a note writes after a date that are no typist's initials.
const TYPIST_NOT: &[&[u8]] = &[
    b"ok", b"po", b"tx", b"cc", b"na", b"nr", b"rn", b"md", b"np", b"pa", b"do", b"bp", b"hr", b"rr", b"icu", b"mar", b"ehr", b"emr",
    b"poc", b"bcg", b"est", b"edt", b"cst", b"pst", b"utc", b"gmt", b"bst", b"nad", b"via", b"iv", b"im", b"sc", b"prn", b"qd", b"bid", b"tid",
];

/// The typist's initials in a transcription's footer, after the cue
/// ("transcribed ", "T: ") ending at `e`: a date of digits with two '/',
/// '.' or '-' between (not a temperature, "T: 100.4 PO"), one space, then two or three letters (either case,
/// each with a period after it or none; not AM or PM) ending the line: "transcribed
/// 1/7/22 dh", "T: 12/11/2021 E.G.".
fn typist_at(b: &[u8], e: usize) -> Option<(usize, usize)> {
    let r = b.get(e..)?;
    let d = r.iter().take(11).take_while(|c| c.is_ascii_digit() || matches!(c, b'/' | b'.' | b'-')).count();
    let digits = r[..d].iter().filter(|c| c.is_ascii_digit()).count();
    // (a date's two separators: not a temperature, "T: 100.4 PO")
    if digits < 4 || d - digits != 2 || !r[0].is_ascii_digit() || !r[d - 1].is_ascii_digit() || r.get(d) != Some(&b' ') {
        return None;
    }
    let (s, k) = super::initials::inits_at(b, e + d + 1)?;
    let ends = matches!(b.get(k), None | Some(b'\n' | b'\r'));
    let meridiem = matches!(&b[s..k], b"am" | b"pm" | b"AM" | b"PM");
    // (not an abbreviation a note writes after a date: "transcribed
    // 03/04/2024 RN", "T: 12/11/21 ok", "T: 2021-09-13 NR")
    let abbr = {
        let w: Vec<u8> = b[s..k].iter().filter(|c| c.is_ascii_alphabetic()).map(u8::to_ascii_lowercase).collect();
        TYPIST_NOT.contains(&w.as_slice())
    };
    // ("T: " only in a dictation's footer: "D:" or "dictated" before it on
    // its line or the line before, not a vital's "T: ")
    let footer = e < 3 || !b[e - 3..e].eq_ignore_ascii_case(b"T: ") || {
        let from = e.saturating_sub(160);
        let w = b[from..e].to_ascii_lowercase();
        memchr::memmem::find(&w, b"d: ").is_some() || memchr::memmem::find(&w, b"dictat").is_some()
    };
    if abbr || !footer {
        return None;
    }
    (ends && !meridiem).then_some((s, k))
}

/// Whether a cue takes a given name and a surname that are English words
/// too ([`pair`]): an introduction, a salutation, a title, someone called
/// for or addressed.
fn pairs(cue: Cue) -> bool {
    matches!(cue, Cue::Intro | Cue::Title | Cue::Addressed)
}

/// Two words that are a given name and a surname though both are English
/// words too ("summer hill", "will taylor", "rose smith"): the first a
/// listed given name, the second a listed surname, each of three letters
/// or more, the first no possessive ("hello, my mom") and no modal verb
/// ("dr will call pt").
fn pair(text: &str, a: (usize, usize, bool, bool), b2: (usize, usize, bool, bool), buf: &mut String) -> bool {
    let ok = |s: usize, e: usize, want: u16, buf: &mut String| {
        fold_into(&text[s..e], buf);
        lexicon(buf).is_some_and(|c| c & want != 0 && c & C_STOP == 0)
    };
    // (a modal is a verb before its verb: "dr will call pt", "the doctor
    // will see")
    const NOT_FIRST: &[&str] = &["her", "his", "our", "the", "your", "its", "will", "may", "can", "must", "shall", "might", "would", "could", "should", "did", "does"];
    a.1 - a.0 >= 3 && b2.1 - b2.0 >= 3 && !NOT_FIRST.contains(&&text[a.0..a.1]) && ok(a.0, a.1, C_FIRST, buf) && ok(b2.0, b2.1, C_SUR, buf)
}

fn words_at(text: &str, i: usize, cue: Cue, speaker: bool, buf: &mut String) -> Option<Finding> {
    let b = text.as_bytes();
    if i >= b.len() || !b[i].is_ascii_lowercase() {
        return None;
    }
    // up to four words: where each starts and ends, whether it is a
    // particle, whether an English word (a name-dominant one is not)
    let mut words: Vec<(usize, usize, bool, bool)> = Vec::with_capacity(4);
    let mut j = i;
    while words.len() < 4 {
        let s = j;
        while j < b.len() && (b[j].is_ascii_lowercase() || b[j] >= 0x80 || (matches!(b[j], b'-' | b'\'') && j > s)) {
            j += 1;
        }
        let Some(mut w) = text.get(s..j).filter(|w| !w.is_empty()) else { break };
        // a possessive ends the name: "doctor martinez's office" (the
        // stem is read, not the word with its "'s", which reads as a
        // contraction)
        if w.len() > 4 && w.ends_with("'s") {
            j -= 2;
            w = &text[s..j];
        }
        fold_into(w, buf);
        // (a contraction is English too: "i'm", "don't", "she's")
        let contraction = buf.starts_with("i'") || ["'m", "'s", "'t", "'ll", "'re", "'ve", "'d"].iter().any(|x| buf.ends_with(x));
        // (a compound of English words is English, "follow-up", unless one
        // is a given name too, "rose-ann"; a relative by marriage always,
        // "son-in-law")
        let compound = buf.ends_with("-in-law")
            || (buf.contains('-')
                && buf.split('-').all(|p| !p.is_empty() && super::lexicon::is_english(p) && lexicon(p).is_none_or(|c| c & C_FIRST == 0)));
        // (a text's shorthand is English too: "Patient: ok thx her new cell")
        let chat = matches!(buf.as_str(), "ok" | "okay" | "thx" | "pls" | "plz" | "lol" | "btw" | "omg" | "yep" | "np" | "tmrw" | "msg" | "txt" | "u" | "ur");
        let english = contraction || compound || chat || (super::lexicon::is_english(buf) && lexicon(buf).is_none_or(|c| c & C_DOMINANT == 0));
        let particle = PARTICLES.contains(&w);
        // a record's label ends the name: "re wayne parker dob 24/02/1968"
        if !words.is_empty() && matches!(buf.as_str(), "dob" | "mrn" | "nhi" | "nhs" | "dod" | "ssn" | "hosp" | "urn" | "chi" | "ppsn") {
            break;
        }
        // a first word that is English starts no name (every run tried
        // below begins with it): "patient is", "my son will"
        let listed_given = lexicon(buf).is_some_and(|c| c & C_FIRST != 0 && c & C_STOP == 0);
        // (but a relative's given name that is a word too, as a verb's
        // subject: "my wife destiny wants", "daughter dawn is nice")
        let kin_subject = matches!(cue, Cue::Kin | Cue::Bare) && listed_given && subject_of(&b[j..]);
        if words.is_empty() && english && !particle && !(pairs(cue) && listed_given) && !kin_subject {
            return None;
        }
        if words.is_empty() && english && kin_subject {
            return Some(Finding::new(PhiType::Name, s, j, 0.7));
        }
        words.push((s, j, particle, english));
        if j + 1 < b.len() && b[j] == b' ' && b[j + 1].is_ascii_lowercase() {
            j += 1;
        } else {
            break;
        }
    }
    // the longest run of words that makes a name: four only with a
    // particle among them ("hendrikje de la fuente")
    let most = if words.len() == 4 && (words[1].2 || words[2].2) { 4 } else { words.len().min(3) };
    for n in (1..=most).rev() {
        let end = words[n - 1].1;
        if speaker && !(end + 1 < b.len() && b[end] == b':' && b[end + 1] == b' ') {
            continue;
        }
        // (the name ends its line, or only marks follow it: "thank u so much
        // dalia !!", "ty clodagh 🙏")
        if cue == Cue::SignOff && !text[end..].split(['\n', '\r']).next().is_some_and(|r| r.chars().all(|c| !c.is_alphanumeric())) {
            continue;
        }
        if !speaker && end < b.len() && b[end] == b':' {
            // "son: ..." is a label, not a name
            continue;
        }
        let words = &words[..n];
        let pair_ok = n == 2 && pairs(cue) && (words[0].3 || words[1].3) && pair(text, words[0], words[1], buf);
        if words[0].2 || words[n - 1].2 || !pair_ok && words.iter().any(|&(_, _, particle, english)| !particle && english) {
            continue;
        }
        if pair_ok {
            return Some(Finding::new(PhiType::Name, i, end, 0.75));
        }
        let (s0, e0, _, _) = words[0];
        let head = text[s0..e0].split('-').next().unwrap_or("");
        fold_into(head, buf);
        let given = lexicon(buf).is_some_and(|c| c & (C_FIRST | C_DOMINANT) != 0);
        let name_like = |&(s, e, particle, _): &(usize, usize, bool, bool)| {
            particle || (e - s >= 3 && text[s..e].bytes().any(|c| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y') || c >= 0x80))
        };
        let ok = match cue {
            Cue::Strong => n >= 2 || given,
            // (or one word that looks like a name, four letters or more
            // with two vowels, as a verb's subject: "my son clemment his
            // number is", "this is keviin from", "my daughter chidinma
            // says")
            Cue::Kin | Cue::Intro | Cue::SignOff | Cue::Relative => {
                (n >= 2 && words.iter().all(name_like))
                    || given
                    || (matches!(cue, Cue::Kin | Cue::Intro) && n == 1 && end - i >= 4 && name_like(&words[0]) && vowels(&b[i..end]) >= 2 && subject_of(&b[end..]))
            }
            // "doctor appt": an abbreviation is short (a surname the
            // lists know is not: "is dr wong covering?", "mrs. sato 91")
            Cue::Title => {
                // (not a service's short name: "dr ortho paged")
                let service = {
                    fold_into(&text[s0..e0], buf);
                    n == 1 && SERVICES.contains(&buf.as_str())
                };
                !service && given
                    || !service && words.iter().all(|w| name_like(w) && (w.2 || w.1 - w.0 >= 5))
                    || (n == 1 && !words[0].3 && e0 - s0 >= 3 && {
                        fold_into(&text[s0..e0], buf);
                        // (not a service's short name: "dr hosp paged",
                        // "doctor endo aware")
                        !SERVICES.contains(&buf.as_str()) && lexicon(buf).is_some_and(|c| c & C_SUR != 0 && c & C_STOP == 0)
                    })
            }
            Cue::Spelled | Cue::Wrote | Cue::Verb | Cue::List | Cue::Town | Cue::Typist | Cue::Near => false,
            // (or, as after "my", one word that looks like a name as a
            // verb's subject: "niece farzana called back")
            Cue::Bare => given || (n == 1 && end - i >= 4 && name_like(&words[0]) && vowels(&b[i..end]) >= 2 && subject_of(&b[end..])),
            Cue::Addressed => (n >= 2 && words.iter().all(name_like)) || given || (n == 1 && words[0].1 - words[0].0 >= 4 && name_like(&words[0])),
        };
        if ok {
            return Some(Finding::new(PhiType::Name, i, end, if n >= 2 { 0.8 } else { 0.7 }));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The addresses (towns, streets) this pass reads in `t`.
    fn addresses(t: &str) -> Vec<String> {
        let mut out = Vec::new();
        find(t, &mut out);
        out.iter().filter(|f| f.kind == PhiType::Address).map(|f| t[f.start..f.end].to_string()).collect()
    }

    fn names(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find(t, &mut out);
        for w in super::super::names::tokenize(t) {
            let k = t[w.start..w.end].to_ascii_lowercase();
            if KIN.contains(&k.as_str()) {
                after_relative(t, w.end, &mut out);
            }
        }
        out.sort_by_key(|f| f.start);
        out.iter().map(|f| &t[f.start..f.end]).collect()
    }

    /// The words [`mentions`] reads again, given the names found before.
    fn mentioned<'t>(t: &'t str, found: &[&str]) -> Vec<&'t str> {
        let mut out: Vec<Finding> = found
            .iter()
            .map(|n| {
                let s = t.find(n).expect("a found name in the text");
                Finding::new(PhiType::Name, s, s + n.len(), 0.8)
            })
            .collect();
        let k = out.len();
        mentions(t, &mut out);
        out[k..].iter().map(|f| &t[f.start..f.end]).collect()
    }

    #[test]
    fn a_greeting_a_parent_a_landlord_a_signature_and_more_verbs() {
        assert_eq!(names("barry (dn): hi gráinne its barry the district nurse"), ["gráinne"]);
        assert!(names("FHx: mom gerd, dad tia. mom max dose given").is_empty());
        assert_eq!(names("ruby home with mum greta. mould in back bedroom"), ["greta"]);
        assert_eq!(names("w/ her bf gary who is not helping, roommate dale, grandkid amelia"), ["gary", "dale", "amelia"]);
        assert!(names("her bf was there. roommate has covid. grandchild is 3").is_empty());
        assert_eq!(names("my son ty lopez called"), ["ty lopez"]);
        assert_eq!(names("yuki says landlord maria lopez wont fix it"), ["yuki", "maria lopez"]);
        assert_eq!(names("not the landline as leroy cant hear it"), ["leroy"]);
        assert_eq!(names("fax 052 110706).\n-- siobhán f\n"), ["siobhán"]);
        // words, misspellings and roles after the cues
        assert!(names("hi there, hi team, hi thhere. mum says hi. dad has copd. pt called pharmacy.").is_empty());
        assert!(names("the neighbor of maria lopez on hill").len() == 1);
        assert_eq!(names("[2:12pm] charlotteh: pt in Rm 223\n[11:26am] @benoit.butler: ok"), ["charlotteh", "benoit.butler"]);
        // a flowsheet's hour in brackets is no chat's stamp
        assert!(names("[0800] cbc bmp: sent\n[0900] zosyn: hung").is_empty());
        // a given name more often than a word, before a verb; a listed
        // surname after a title in lower case
        assert_eq!(names("denies si/hi. john says the ot has been helpful"), ["john"]);
        assert_eq!(names("k got it. is dr wong covering?\ncan u take bed 9? mrs. sato 91"), ["wong", "sato"]);
        assert!(names("dr said ok. dr appt tomorrow. can dr battle please ring").is_empty());
        assert!(names("chest x ray will be repeated. poison ivy will resolve. ivy can be seen. dr hosp paged. doctor endo aware. dr ortho paged").is_empty());
        // a text's shorthand after a speaker's label
        assert!(names("20:21 Patient: ok thx her new cell is 07220 715571").is_empty());
    }

    #[test]
    fn a_found_name_s_words_again_in_lower_case() {
        let t = "Barry (DN): hi Gráinne its barry the district nurse\ngráinne: no worries, harjit will leave it open";
        assert_eq!(mentioned(t, &["Barry", "Gráinne"]), ["barry", "gráinne"]);
        let t = "Harjit Kaur called.\nbarry (dn): hi its barry\nharjit will leave the gate open";
        assert_eq!(mentioned(t, &["Harjit Kaur", "barry"]), ["barry", "harjit"]);
        // a login made of the name, whole; not an e-mail address's part
        let t = "Gaetan Roy here\n2023-10-29,gaetan_roy29,hi\nmail gaetan.roy@example.com";
        assert_eq!(mentioned(t, &["Gaetan Roy"]), ["gaetan_roy29"]);
        // a name that is an English word, a particle, inside a word
        let t = "Rose Bird and Juan del Castillo. bp rose to 180; the bird feeder; del. castillos";
        assert!(mentioned(t, &["Rose Bird", "Juan del Castillo"]).is_empty());
        // after a curly quote, a dash or a no-break space; not inside a
        // word after an accented letter ("Josébarry" is none)
        let t = "Harjit Kaur rang. “harjit” will call—harjit\u{a0}harjit; Joséharjit";
        assert_eq!(mentioned(t, &["Harjit Kaur"]), ["harjit", "harjit", "harjit"]);
        // a clinical abbreviation that is a name too; initials' letters
        let t = "Tia Brooks (daughter) at bedside. PMH: htn, tia 2019. CXR clear; cxr repeated";
        assert!(mentioned(t, &["Tia Brooks", "CXR"]).is_empty());
    }

    #[test]
    fn a_texted_handoff_s_speaker_after_the_time() {
        assert_eq!(names("txt handoff\n9:50 AM tunde: hey so bed 1\n8:15 PM esperanza: ok got it"), ["tunde", "esperanza"]);
        assert!(names("0800 meds: given\n1200 pain: 4/10\n2530 maria: no such time\n0800 cbc bmp: sent").is_empty());
    }

    #[test]
    fn a_voicemail_s_caller_after_hey_its() {
        assert_eq!(names("Transcript:\nhey its deepa the neighbor of sylvie lavoie on kingsway"), ["deepa", "sylvie lavoie"]);
        assert!(names("hey its fine, no rush").is_empty());
    }

    #[test]
    fn a_relative_s_given_name_that_is_a_word_too() {
        assert_eq!(names("is the result back my wife destiny wants to know too"), ["destiny"]);
        assert_eq!(names("also my husband bill needs appt too"), ["bill"]);
        assert_eq!(names("6:12 PM - niece farzana called back, says pt went"), ["farzana"]);
        assert!(names("my son will call you back").is_empty());
        assert!(names("my wife may need a ride").is_empty());
        assert!(names("my wife faith in the plan is low").is_empty());
    }

    #[test]
    fn a_relative_in_lower_case_without_my() {
        assert_eq!(names("25 yo spouse daughter sherece is niec but son yves kinda difficult"), ["sherece", "yves"]);
        // (a listed given name must start it: "son adhd asd")
        assert!(names("son adhd asd. pt's wife eliquis was held").is_empty());
        assert_eq!(names("6:12 PM - niece maria called back, says pt"), ["maria"]);
        for t in ["her son called back", "son in law", "mother and sister are well", "his wife has diabetes", "brother dx with cancer"] {
            assert!(names(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_town_in_lower_case_where_someone_lives_or_comes_from() {
        assert_eq!(addresses("if concerns. lives in shepparton. rx sent"), ["shepparton"]);
        assert_eq!(addresses("20 min late, coming from naas"), ["naas"]);
        assert_eq!(addresses("she lives in palmerston north with"), ["palmerston north"]);
        assert!(addresses("lives in reading now. lives in fear of falls. coming from work").is_empty());
        assert_eq!(addresses("i live in rotherham so i cant get there. ruby at work in launceston till 11"), ["rotherham", "launceston"]);
        assert!(addresses("we moved to bath. i work in admin. i live in hope. i work in vaso").is_empty());
    }

    #[test]
    fn a_family_s_members_listed_after_their_plural() {
        assert_eq!(names("Social: kids are rose, thanh and sung-ho, school contact"), ["rose", "thanh", "sung-ho"]);
        assert_eq!(names("at 4255 Hill Pike, the grandkids Noor, declan and Li have colds"), ["Noor", "declan", "Li"]);
        assert_eq!(names("Genogram: two children - William (lives in Utica) and Hunter (estranged)."), ["William", "Hunter"]);
        // English words, one name alone, a word that ends the list
        assert!(names("kids are fine and well").is_empty());
        assert!(names("children and adults, ages 5 and up").is_empty());
        assert!(names("his kids are twins and doing well").is_empty());
        assert!(names("the kids are asleep, grace said").is_empty());
        assert!(names("Kids: Zyrtec, Flonase and Claritin. Siblings: ASD and ADHD").is_empty());
        assert!(names("kids are rose, thanh and fine").is_empty());
        assert_eq!(names("Cousins mohammed and Rowena (twins) untested, live overseas."), ["mohammed", "Rowena"]);
        assert!(names("two cousins and nephews attended; nieces unwell").is_empty());
        assert!(names("cut into pieces and thrown").is_empty());
        // (a run of letters without spaces is read once)
        assert!(names(&"病人的kids很好".repeat(2000)).is_empty());
    }

    #[test]
    fn a_given_name_and_a_surname_that_are_english_words_too() {
        assert_eq!(names("yeah hi this is summer hill um calling"), ["summer hill"]);
        assert_eq!(names("please call me back my name is hyacinth grant thank you"), ["hyacinth grant"]);
        assert_eq!(names("the referral from doctor rose hill we have you"), ["rose hill"]);
        assert_eq!(names("hi this message is for linh hoang this is deborah"), ["linh hoang", "deborah"]);
        assert_eq!(names("hey its deepa the neighbor of sylvie lavoie on kingsway"), ["deepa", "sylvie lavoie"]);
        // not after a relative's cue, nor a possessive or a function word
        assert!(names("hello, my mom is 47").is_empty());
        assert!(names("my son will call back").is_empty());
        assert!(names("dr will call pt with results. the doctor will see pt").is_empty());
        assert!(names("this is the best").is_empty());
    }

    #[test]
    fn a_message_s_last_line_before_the_reply() {
        assert_eq!(names("when i stand up. \n- vikram chatterjee\n\n--- Reply from R. Lukaszewicz, RN"), ["vikram chatterjee"]);
        assert_eq!(names("call me :(\nevelyn\n\n--- Reply 16th April 2022 ---"), ["evelyn"]);
        // a sentence, English words, no rule after the blank line
        assert!(names("ok see you then\nthanks so much\n\n-----Original Message-----").is_empty());
        assert!(names("call me\nevelyn\n\nSee you soon").is_empty());
    }

    #[test]
    fn another_s_relative_in_lower_case() {
        assert_eq!(names("Her grandson leif kvalvik called from Oberhaldingen"), ["leif kvalvik"]);
        assert_eq!(names("instructions with you and your wife saether seo-yeon."), ["saether seo-yeon"]);
        // a family history, a verb, no relative's word
        assert!(names("her mother htn dm. His son will visit. their daughter lives in town. your wife agrees").is_empty());
        // ("her" inside "other" is no cue; the relative's word itself is)
        assert_eq!(names("other daughter tomasz"), ["tomasz"]);
        assert!(names("other htn").is_empty());
    }

    #[test]
    fn an_e_mail_header_s_display_name() {
        assert_eq!(names("Cc: Sunita <sunita_rag51@example.org>\n"), ["Sunita"]);
        assert_eq!(names("On Jun 2 2025 1:18 PM, eleanor wood <eleanor.wood56@hotmail.com> wrote:"), ["eleanor wood"]);
        assert_eq!(names("To: Ana Lee <a@x.org>, Bob Okafor <b@c.org>\n"), ["Ana Lee", "Bob Okafor"]);
        // a service's name, a sentence, a list after a comma in prose
        assert!(names("From: Privacy Office <privacy@example.net>\n").is_empty());
        assert!(names("From: Unity Connection <unity@example.ca>\n").is_empty());
        assert!(names("Send the results to <lab@example.org> today").is_empty());
        assert!(names("If questions, please email <help@clinic.org>").is_empty());
    }

    #[test]
    fn after_a_header_an_introduction_or_a_guarantor() {
        assert_eq!(names("ID 234437739\nFrom: karl-heinz adjei-brenner\nTo: Kestrel"), ["karl-heinz adjei-brenner"]);
        assert_eq!(names("--- Message from yannick rousseau (11/10/25) ---"), ["yannick rousseau"]);
        assert_eq!(names("hi, this is ahmad bin rashid, i'm calling"), ["ahmad bin rashid"]);
        assert_eq!(names("hi this is hector bergstrom writing for my mother"), ["hector bergstrom"]);
        assert_eq!(names("[08:25:26] yusuf al-harbi: only on the stairs"), ["yusuf al-harbi"]);
        assert_eq!(names("guarantor maria delgado signed"), ["maria delgado"]);
        assert_eq!(names("(patient: Nyhus, Kirsten; guarantor: sunita nyhus)"), ["sunita nyhus"]);
        // after any role's label and its colon; four words with a particle
        assert_eq!(names("Health care proxy / POA: marco echeverria (friend)"), ["marco echeverria"]);
        assert_eq!(names("guarantor: hendrikje de la fuente)"), ["hendrikje de la fuente"]);
        assert!(names("Patient: afebrile overnight, Nurse: pt ambulating").is_empty());
        // a relative by marriage is no name, a compound given name is
        assert!(names("Caller: son-in-law Tyrone (on HIPAA auth)").is_empty());
        // a name a fax's OCR misread, after its label
        assert_eq!(names("RE: Est3ban Echeverrí4 Olrnos   DOB: 19280419"), ["Est3ban Echeverrí4 Olrnos"]);
        assert_eq!(names("RE: PATIENT H4NAN KH0URY / DOB 7/23/90"), ["H4NAN KH0URY"]);
        assert_eq!(names("To: Whitlock Memorial Hospital   Attn: B4ptiste Lemair3\nFax"), ["B4ptiste Lemair3"]);
        assert!(names("To: Larch Val1ey F4mily Medicine\nRE: COVID19 Vaccine Booster\nPatient: H2O Intake Chart").is_empty());
        assert!(names("RE: Claim CLM19430088 DOS; Attn: Suite 4B").is_empty());
        // a name in Chinese, Japanese or Korean script after a name's label
        assert_eq!(names("DOB: 1/10/60\nName in original script: 吴明\nAppointment"), ["吴明"]);
        assert_eq!(names("Patient name (original script): 王明\nURN"), ["王明"]);
        assert_eq!(names("Name in original script: 윤수진\n"), ["윤수진"]);
        assert!(names("Diagnosis: 高血压\nNote: 吴").is_empty());
        // who did something, in a log
        assert_eq!(names("sent 19 Jan 25 to sponsor SFTP by elizabeth kettering; checksum ok"), ["elizabeth kettering"]);
        assert!(names("taken by mouth, accompanied by his wife, by self, by pt report, nearby pharmacy").is_empty());
        assert!(names("Accompanied by foster parent, Duc").is_empty());
    }

    #[test]
    fn after_a_relative_or_companion() {
        assert_eq!(names("Son tomasz petrovic (3155550158) is the main support"), ["tomasz petrovic"]);
        assert_eq!(names("Caregiver at home: jean-pierre gorringe (grandson)"), ["jean-pierre gorringe"]);
        assert_eq!(names("Escort: eleanor hollins (aide), cell"), ["eleanor hollins"]);
        assert_eq!(names("Daughter sarah-jane rousseau is HCP"), ["sarah-jane rousseau"]);
        assert_eq!(names("[system] caregiver chukwuemeka okafor joined as guest"), ["chukwuemeka okafor"]);
    }

    #[test]
    fn introductions_relatives_and_sign_offs() {
        assert_eq!(names("hi dr Traore\nMy name is hanan al-najjar. I help my father"), ["hanan al-najjar"]);
        assert_eq!(names("CALLER: yeah hi, it's anne-sophie moreau-kaplan, i'm calling"), ["anne-sophie moreau-kaplan"]);
        assert_eq!(names("good morning\nhi its hector bergstrom writing for my mother"), ["hector bergstrom"]);
        assert_eq!(names("Hello marcus,\n\njust confirming we received"), ["marcus"]);
        assert!(names("Hello there, hello all, its side effects").is_empty());
        assert_eq!(names("i'm calling for my mother, milena wang, about results"), ["milena wang"]);
        assert_eq!(names("dizzy when i stand up.\nThank you,\ndesmond pennock\n\n--- Reply"), ["desmond pennock"]);
        assert_eq!(names("serial d3w476026.\nthanks\neirik nyhus"), ["eirik nyhus"]);
    }

    #[test]
    fn dictation_and_chat_user_names() {
        assert_eq!(names("okay this is doctor dorvil dictating an evaluation"), ["dorvil"]);
        assert_eq!(names("the patient's name is maeve mcnamara last name spelled m c n a m a r a period"), ["maeve mcnamara", "m c n a m a r a"]);
        assert_eq!(names("[12:32] robinsone: which one? we have two\n[12:59] smcnamara4: k."), ["robinsone", "smcnamara4"]);
        assert_eq!(names("[15:37] erik.nyberg: K was 3.6\n[15:40] j_de_vries: ok"), ["erik.nyberg", "j_de_vries"]);
        assert_eq!(names("[09:59] Siobhan: fine\n[10:02] nurse: ok"), Vec::<&str>::new());
        assert!(names("call your doctor right away; doctor appt friday").is_empty());
        assert_eq!(names("lol ok. also mrs hoang in 743 needs insulin"), ["hoang"]);
        assert_eq!(names("when u get in? mr dunmore (101m), sundowning"), ["dunmore"]);
        assert_eq!(names("see mrs. smith's chart"), ["smith"]);
        assert!(names("mild mr noted; ms. flare; mrsa swab; mr ant").is_empty());
        assert!(names("spelled it out").is_empty());
    }

    #[test]
    fn speakers_before_their_stamps() {
        assert_eq!(names("daniel 18:08: hey can u take rm 216b\nvera 18:50: k got it"), ["daniel", "vera"]);
        assert_eq!(names("hi\nandrew r | 9 July 2022 11:22\ndid u get my labs"), ["andrew r"]);
        assert_eq!(names("kathleen mckenzie | 23/04/2022 5:12 PM\nok"), ["kathleen mckenzie"]);
        assert_eq!(names("haruto holloway | 07/20/23 1:48 pm"), ["haruto holloway"]);
        // not an English word, a dose's line or a stamp without a date
        assert!(names("vitals 18:00: stable\nbp 18:05: 120/80").is_empty());
        assert!(names("metformin xr | 500 mg 08:00 daily").is_empty());
        assert!(names("kathleen mckenzie | ext 5512 at 11:22").is_empty());
        assert!(names("daniel 18:08 hey").is_empty());
    }

    #[test]
    fn not_a_name_after_those_cues() {
        assert!(names("it's getting worse and it's painful").is_empty());
        assert!(names("my name is on the form").is_empty());
        assert!(names("calling for my mother, she has questions").is_empty());
        assert!(names("for my otherwise healthy son").is_empty());
        // the line after a thanks is not all name
        assert!(names("Thank you,\nsarah jones will call back").is_empty());
        assert!(names("thanks for your help\nmaria delgado").is_empty());
    }

    #[test]
    fn not_after_a_relative_when_words_follow() {
        assert!(names("her son is doing well and her daughter lives nearby").is_empty());
        assert!(names("mother has diabetes; father: deceased").is_empty());
        assert!(names("brother in law drove her").is_empty());
        assert!(names("wife, son and daughter at bedside").is_empty());
        assert!(names("Partner: none").is_empty());
        assert!(names("mother htn dm, father cad").is_empty());
    }

    #[test]
    fn called_for_addressed_and_quoted() {
        assert_eq!(names("lakemont community hospital calling for miguel i'm returning your call"), ["miguel"]);
        assert_eq!(names("about our mutual patient haroold schneidder date of birth april"), ["haroold schneidder"]);
        assert_eq!(names("five three two four attention kevvin again that's"), ["kevvin"]);
        assert_eq!(names("if i don't answer call my wife veronica macaraaeg her number is"), ["veronica macaraaeg"]);
        assert_eq!(names("or my daughter-in-law ashley at nine zero two"), ["ashley"]);
        assert_eq!(names("i'm calling for my mother, milena wang, about results"), ["milena wang"]);
        assert_eq!(names("Health Centre\n\nOn Sat, 9 Nov 24 08:04, david morris <davidmorris@yahoo.co.uk> wrote:\n> Dear"), ["david morris"]);
        assert_eq!(names("> On 2024-07-16, jennifer wright wrote via protal:\n> when will"), ["jennifer wright"]);
    }

    #[test]
    fn whom_a_text_is_for_thanked_or_a_dictated_label() {
        assert_eq!(names("13:33 (807)523-4570: hello this is for dalia - scott, calling about my dad"), ["dalia"]);
        assert_eq!(names("15:36 661-643-8889: hi is this marcia - texting for my father"), ["marcia"]);
        assert_eq!(names("1-214-555-0168 | wrong number this isnt ciaran"), ["ciaran"]);
        assert_eq!(names("17:21 (807)523-4570: thank u so much lakshmi !!"), ["lakshmi"]);
        assert_eq!(names("18:06 4133015721: ty clodagh"), ["clodagh"]);
        assert_eq!(names("evaluation period patient name emily williams comma date of birth"), ["emily williams"]);
        assert_eq!(names("period referred by attorney samir farouk of harbor legal group"), ["samir farouk"]);
    }

    #[test]
    fn a_town_where_someone_stays_or_lives() {
        assert_eq!(addresses("11/10/48. hes staying w me in fall river till she is better"), ["fall river"]);
        assert_eq!(addresses("comma who drove her from whyalla where they live period"), ["whyalla"]);
        assert_eq!(addresses("who drove her from mount gambier where they live."), ["mount gambier"]);
        assert!(addresses("came from work where they live. staying w me in bed").is_empty());
    }

    #[test]
    fn a_street_near_which_a_pharmacy_is() {
        assert_eq!(addresses("pharmacy is the rite aid near dogwood street thx"), ["dogwood street"]);
        assert_eq!(addresses("can u send his pils to the cvs near Elm Ln pls"), ["Elm Ln"]);
        assert_eq!(addresses("the shoppers near bay rd, ok"), ["bay rd"]);
        for t in ["near the way out", "near total st elevation", "near syncope dr aware", "near normal range", "near Elm ln", "lives near busy road", "near bike lane", "libido near zero drive"] {
            assert!(addresses(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_typists_initials_in_a_transcriptions_footer() {
        assert_eq!(names("Dictated 01/07/2022 transcribed 1/7/22 dh\nKF MD"), ["dh"]);
        assert_eq!(names("D: 2021-09-13 transcribed 2021-09-15 pg\n"), ["pg"]);
        assert_eq!(names("dictated but not read. 12/11/2021 T: 12/11/2021 E.G.\nGary Baker, MD"), ["E.G."]);
        // not a word, a time, or words going on
        assert!(names("transcribed 1/7/22 and sent\nT: 12/11/2021 ok then\nPT: 37.2 C\nT: 38.1 po").is_empty());
        assert!(names("transcribed 2022 dh\n").is_empty());
        assert!(names("T: 100.4 PO\nT: 12/11/2021 PM\n").is_empty());
        // abbreviations after a date, and a vital's "T: " outside a footer
        assert!(names("transcribed 03/04/2024 RN\nD: 1/2/24 T: 12/11/21 ok\n").is_empty());
        assert!(names("Vitals\nT: 12/11/21 nad\n").is_empty());
    }

    #[test]
    fn not_whom_a_text_is_for() {
        assert!(names("is this zofran ok to take? hello this is for ozempic refill").is_empty());
        for t in ["is this tinea versicolor?", "this is for lantus solostar", "is this bill from you", "ty nana", "thank you so much amma", "this isnt metoprolol tartrate"] {
            assert!(names(t).is_empty(), "{t}");
        }
        assert!(names("is this normal bleeding? thank u so much dr, ty nurse").is_empty());
        assert!(names("the party stuff, thank you so much again").is_empty());
    }

    #[test]
    fn possessives_subjects_sign_offs_and_irish_particles() {
        assert_eq!(names("hi this is nga from doctor martinez's office at lakemont"), ["nga", "martinez"]);
        assert_eq!(names("if i don't answer call my son clemment his number is zero"), ["clemment"]);
        assert_eq!(names("my daughter chidinma says i should come in"), ["chidinma"]);
        assert_eq!(names("hi this is keviin from the practice"), ["keviin"]);
        assert_eq!(names("see you then. thanks siobhán\n"), ["siobhán"]);
        assert_eq!(names("pager 405-5807\n👍 thx daniel\n"), ["daniel"]);
        assert!(names("thx for the update\n").is_empty());
        assert_eq!(names("can someone call me ??\nthank you so much 😩\neoin\n\n[Staff note"), ["eoin"]);
        assert_eq!(
            names("On Sat, Aug 10 2024 14:39, caoimhe ó súilleabháin <cos1988@aol.com> wrote:\n>"),
            ["caoimhe ó súilleabháin"]
        );
        // a word with too few vowels, or an English one, is no subject's name
        assert!(names("my son copd will need").is_empty());
        assert!(names("my son works from home").is_empty());
        assert!(names("thanks so much\nregards").is_empty());
    }

    #[test]
    fn not_called_for_or_quoted() {
        assert!(names("calling for results and a refill, attention please").is_empty());
        assert!(names("the patient tolerated it; patient afebrile overnight").is_empty());
        assert!(names("my wife says my son will call, my sister lives nearby").is_empty());
        assert!(names("On Monday, she wrote to us").is_empty());
        assert!(names("On 3/4, the nurse wrote: call back").is_empty());
        assert!(names("He wrote down the dose").is_empty());
    }

    #[test]
    fn not_after_a_cue_or_not_a_name() {
        // English words after the cues
        assert!(names("this is not a problem, its going well").is_empty());
        assert!(names("my mother has diabetes and my son is fine").is_empty());
        assert!(names("[08:25:26] nurse: take two").is_empty());
        // a bracket that is no time stamp
        assert!(names("[ab:cd:ef] yusuf al-harbi: only on the stairs").is_empty());
        assert!(names("From: the front desk").is_empty());
        // no cue
        assert!(names("seen with maria delgado today").is_empty());
        // a label
        assert!(names("son: see chart").is_empty());
    }

    #[test]
    fn a_given_name_before_what_its_bearer_says_or_may_do() {
        assert_eq!(names("ok. tell mummy yetunde says hi"), ["yetunde"]);
        assert_eq!(names("the nurse marcus said we can call"), ["marcus"]);
        assert_eq!(names("ok i will try. katarzyna can stay with the kids"), ["katarzyna"]);
        assert_eq!(names("yes Curtis will be there"), ["Curtis"]);
        // English words, stop words, a title's name (the title's cue reads
        // it), a word glued to a possessive
        assert!(names("the patient says she is fine").is_empty());
        assert!(names("grace will call").is_empty());
        assert!(names("Mom said ok").is_empty());
        assert_eq!(names("dr lindqvist said no"), ["lindqvist"]);
        assert!(names("Ana's kids will come").is_empty());
    }

    #[test]
    fn a_users_login_in_an_audit_trail() {
        assert_eq!(names("access by user bautistam (Maricel Bautista, LPN)."), ["bautistam"]);
        assert_eq!(names("07/08/2021 18:18  user tw\n  old: 12 Main St"), ["tw"]);
        assert_eq!(names("Username: ferdinand.dimaculangan\n"), ["ferdinand.dimaculangan"]);
        assert_eq!(names("user_id=jpark7 action=view"), ["jpark7"]);
        // English words, a word that holds "user", an e-mail's local part
        assert!(names("the user guide; user error; per user request").is_empty());
        assert!(names("superuser root; abuser").is_empty());
        assert!(names("user kim@example.org").is_empty());
        // a login's shape after "by"
        assert_eq!(names("Record modified by jsmith2 on 3/4/2023"), ["jsmith2"]);
        assert_eq!(names("edited by k.lee at 14:02"), ["k.lee"]);
        assert!(names("take by 2pm, reduce by 10mg, given by mouth, by q4h").is_empty());
        assert!(names("Received: from [86.216.114.82] by mail.crestlinehp.com; Mar 13").is_empty());
    }

    #[test]
    fn a_doctor_in_lower_case_and_chat_handles() {
        assert_eq!(names("bring the papers from dr kamińska\n"), ["kamińska"]);
        assert_eq!(names("k got it. is dr lindqvist covering?"), ["lindqvist"]);
        assert!(names("123 oak dr apt 4").is_empty());
        assert!(names("call dr office tomorrow").is_empty());
        assert_eq!(names("[14:02] Seán Ó Súilleabháin (@sosuilleabhain) [staff]: Hi"), ["Seán Ó Súilleabháin", "sosuilleabhain"]);
        // the name shown before the handle, without its title
        assert_eq!(names("[10:37] Dr. Ayesha Cooper (@acooper.md): Let's"), ["Ayesha Cooper", "acooper.md"]);
        assert_eq!(names("surname spelt b i s h o p full stop"), ["b i s h o p"]);
        assert_eq!(names("about my father anil chaudhry that's c h a u d h r y date of birth"), ["anil chaudhry", "c h a u d h r y"]);
        assert!(names("that's a b and c then").is_empty());
        assert!(names("she's on metformin that's m e t f o r m i n\nthe code that's x y z\nhe lives in keswick that's k e s w i c k").iter().all(|n| !n.contains(" ")));
        // a letter's subject line and salutation in lower case
        assert_eq!(names("date 23rd june 2024\n\nre wayne parker dob 24/02/1968"), ["wayne parker"]);
        assert_eq!(names("new paragraph dear harjit sandhu thank you"), ["harjit sandhu"]);
        assert!(names("x\nre your appointment on monday").is_empty());
        assert_eq!(names("[14:03] fatima al-sayed (@fatima_alsa): 1929-01-11"), ["fatima al-sayed", "fatima_alsa"]);
        // a role after the handle; a stamp of four digits before a handle
        // made of names
        assert_eq!(names("[4:42am] todriscoll-pharm: on my way\n[1713] sedwards_rn: pt in room 14\n[1715] @craig.foster: ok"), ["todriscoll", "sedwards", "craig.foster"]);
        assert_eq!(
            names("[1412] charlotteh: pt in Rm 223-B\n[1413] leroys: give 1 amp\n[1424] mpillai: fyi\n[1715] @craig.foster: ok coming"),
            ["charlotteh", "leroys", "mpillai", "craig.foster"]
        );
        // after four digits, a handle of no names, an English word, a year
        assert!(names("[0800] tylenol: given\n[0900] vitals: stable\n[2519] charlotteh: x\n[1200] painscore: 4").is_empty());
        assert!(names("[0800] ambien: given\n[0900] jpdrain: 20 ml\n[1000] oncall: paged\n[1100] pharm: ok\n[1200] ortho-pharm: ok").is_empty());
        // drugs that split as an initial and a surname, alone
        assert!(names("[0300] flomax: given\n[0400] proscar: held\n[2100] flomax: given").is_empty());
        assert!(names("[08:05] neuro_md: at bedside\n[08:55] triage_rn: ESI 3").is_empty());
        // a service's account, and words of a sentence before the handle
        assert_eq!(names("[09:00] Front Desk (@frontdesk2): hello"), ["frontdesk2"]);
        assert_eq!(names("I wrote to them yesterday (@kmoore)"), ["kmoore"]);
        // '@' for "at", and an e-mail address
        assert!(names("BP 150/90 (@home) this am").is_empty());
        assert!(names("mail me (jo@x.com)").is_empty());
    }
}
