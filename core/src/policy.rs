//! The minimum-necessary decision, as pure logic: which form of a sealed
//! value (plaintext, its class's mask, the sealed text, or a refusal) a
//! reader gets, given the grants of the roles whose privileges it holds,
//! the patients it cares for and the patient it is.
//!
//! The SQL layer (`src/policy.rs`) loads the grants and care assignments
//! for the session's role once per statement into [`Rules`] and asks
//! [`Rules::decide`] for each value; nothing here knows PostgreSQL.
//!
//! The rule, in one place:
//!
//! * A grant gives a role a [`Level`] on one data class (or on every class,
//!   `*`) over a [`Scope`] of patients: those on its care team, every
//!   patient, or only the patient its login is mapped to.
//! * For a value of class `c` and subject `s`, the grants that apply are
//!   those on `c` or `*` whose scope covers `s`. The most permissive level
//!   among them wins. A value without a subject is covered only by
//!   `all_subjects` grants.
//! * No applicable grant: the sealed form (what every role saw before
//!   policies existed). An applicable `none` and nothing better: a refusal.
//! * A member of `phi_reader` ([`Rules::reader`]) sees plaintext of every
//!   class and subject, as in 0.1.0.
//! * An open break-glass window puts its subject on the role's care team
//!   for the window, so the role gets what its `care_team` grants give it
//!   for that patient, and no more.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

/// Length of a subject digest (the keyed digest of a patient id).
pub const DIGEST_LEN: usize = 16;

/// A subject digest.
pub type Digest = [u8; DIGEST_LEN];

/// What a grant lets a role see of a class, least to most permissive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Reading a value of the class is an error.
    None,
    /// The sealed `phi1:` text.
    Sealed,
    /// The class's mask of the plaintext (e.g. `***-**-6789`).
    Masked,
    /// The plaintext.
    Plaintext,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::None, Level::Sealed, Level::Masked, Level::Plaintext];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Sealed => "sealed",
            Level::Masked => "masked",
            Level::Plaintext => "plaintext",
        }
    }

    pub fn parse(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.as_str() == s)
    }

    /// Whether a role at this level may write new values of the class when
    /// its grant does not say: not at `masked` (what it reads back is the
    /// mask, and writing that over the real value would destroy it) or
    /// `none`. A sealed value written back is the same sealed value.
    pub fn writes_by_default(self) -> bool {
        matches!(self, Level::Sealed | Level::Plaintext)
    }
}

/// Which patients a grant covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Patients assigned to the role's care team (and open break-glass).
    CareTeam,
    /// Every patient, and values bound to none.
    AllSubjects,
    /// Only the patient the role's login is mapped to.
    OwnRecord,
}

impl Scope {
    pub const ALL: [Scope; 3] = [Scope::CareTeam, Scope::AllSubjects, Scope::OwnRecord];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::CareTeam => "care_team",
            Scope::AllSubjects => "all_subjects",
            Scope::OwnRecord => "self",
        }
    }

    pub fn parse(s: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

/// The class name a grant on every class carries.
pub const EVERY_CLASS: &str = "*";

/// One grant, as it applies to the reader (from a role whose privileges
/// the reader holds).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grant {
    /// A data class, or [`EVERY_CLASS`].
    pub class: String,
    pub level: Level,
    pub scope: Scope,
    /// May the role write new values of the class (in this scope)?
    pub write: bool,
}

/// Where a decision came from, for the audit of break-glass use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// `phi_reader` membership.
    Reader,
    /// A grant whose scope covered the subject without break-glass.
    Grant,
    /// A care-team grant that covered the subject only through the
    /// break-glass window with this id.
    BreakGlass(i64),
    /// No grant applied: the default.
    Default,
}

/// A decision for one value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decision {
    pub level: Level,
    pub basis: Basis,
}

/// One grantee's care team: subjects with the end of their assignment
/// (`i64::MAX` for none), in a hash map keyed by the digest's own bits (a
/// keyed HMAC output is uniformly distributed, so it needs no further
/// hashing). Built once when the policy is loaded and shared by every
/// statement's [`Rules`], however long it is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CareList {
    entries: HashMap<Digest, i64, BuildHasherDefault<DigestHasher>>,
}

/// A [`Hasher`] for subject digests: their first eight bytes.
#[derive(Default)]
pub struct DigestHasher(u64);

impl Hasher for DigestHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes.iter().take(8) {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    // the length prefix of a slice carries nothing here
    fn write_usize(&mut self, _: usize) {}
}

impl CareList {
    /// A subject assigned twice keeps its latest end.
    pub fn new(entries: Vec<(Digest, i64)>) -> CareList {
        let mut map: HashMap<Digest, i64, BuildHasherDefault<DigestHasher>> = HashMap::default();
        map.reserve(entries.len());
        for (d, until) in entries {
            let e = map.entry(d).or_insert(until);
            *e = (*e).max(until);
        }
        CareList { entries: map }
    }

    /// Whether `s` is on this team at time `now` (an assignment ends at its
    /// `until`, exclusive).
    pub fn covers(&self, s: &Digest, now: i64) -> bool {
        self.entries.get(s).is_some_and(|&until| now < until)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Everything the decision needs about one reader, for one statement.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rules {
    /// Holds `phi_reader`'s privileges: plaintext everywhere.
    pub reader: bool,
    /// The grants of every role whose privileges the reader holds.
    pub grants: Vec<Grant>,
    /// The care teams of every role whose privileges the reader holds.
    pub care: Vec<Arc<CareList>>,
    /// The time the statement started: assignments that ended before it
    /// do not count.
    pub now: i64,
    /// Subjects of the reader's open break-glass windows, with the
    /// window's id, sorted by subject.
    pub break_glass: Vec<(Digest, i64)>,
    /// The subject the reader's login is mapped to.
    pub own: Option<Digest>,
}

impl Rules {
    /// Builds the rules, sorting the break-glass list for the lookups.
    pub fn new(
        reader: bool,
        grants: Vec<Grant>,
        care: Vec<Arc<CareList>>,
        now: i64,
        mut break_glass: Vec<(Digest, i64)>,
        own: Option<Digest>,
    ) -> Rules {
        break_glass.sort_unstable();
        Rules { reader, grants, care, now, break_glass, own }
    }

    fn on_care_team(&self, s: &Digest) -> bool {
        self.care.iter().any(|l| l.covers(s, self.now))
    }

    fn break_glass_for(&self, s: &Digest) -> Option<i64> {
        let i = self.break_glass.partition_point(|(d, _)| d < s);
        self.break_glass.get(i).filter(|(d, _)| d == s).map(|&(_, id)| id)
    }

    /// How `scope` covers `subject` for this reader: not at all, directly,
    /// or only through a break-glass window.
    fn covers(&self, scope: Scope, subject: Option<&Digest>) -> Option<Basis> {
        match (scope, subject) {
            (Scope::AllSubjects, _) => Some(Basis::Grant),
            (_, None) => None,
            (Scope::OwnRecord, Some(s)) => (self.own.as_ref() == Some(s)).then_some(Basis::Grant),
            (Scope::CareTeam, Some(s)) => {
                if self.on_care_team(s) {
                    Some(Basis::Grant)
                } else {
                    self.break_glass_for(s).map(Basis::BreakGlass)
                }
            }
        }
    }

    /// The best applicable grant for (class, subject): its level, whether
    /// it lets the reader write, and its basis. Among equal levels a direct
    /// basis beats break-glass (so a window is used, and audited, only when
    /// it is what opened the value), and a writing grant beats one that
    /// does not.
    fn best(&self, class: &str, subject: Option<&Digest>) -> Option<(Level, bool, Basis)> {
        let mut best: Option<(Level, bool, Basis)> = None;
        for g in &self.grants {
            if g.class != class && g.class != EVERY_CLASS {
                continue;
            }
            let Some(basis) = self.covers(g.scope, subject) else { continue };
            let cand = (g.level, g.write, basis);
            best = Some(match best {
                None => cand,
                Some(b) => match cand.0.cmp(&b.0) {
                    Ordering::Greater => cand,
                    Ordering::Less => b,
                    Ordering::Equal => {
                        let direct = |x: Basis| !matches!(x, Basis::BreakGlass(_));
                        let key = |x: (Level, bool, Basis)| (direct(x.2), x.1);
                        if key(cand) > key(b) {
                            cand
                        } else {
                            b
                        }
                    }
                },
            });
        }
        best
    }

    /// What the reader gets of a value of `class` bound to `subject`.
    pub fn decide(&self, class: &str, subject: Option<&Digest>) -> Decision {
        if self.reader {
            return Decision { level: Level::Plaintext, basis: Basis::Reader };
        }
        match self.best(class, subject) {
            Some((level, _, basis)) => Decision { level, basis },
            None => Decision { level: Level::Sealed, basis: Basis::Default },
        }
    }

    /// Whether the reader may write a new value of `class` for `subject`:
    /// what its best applicable grant says; with no applicable grant, yes
    /// (the value is sealed for the row either way, and the reader gets
    /// back only the sealed form).
    pub fn may_write(&self, class: &str, subject: Option<&Digest>) -> bool {
        if self.reader {
            return true;
        }
        self.best(class, subject).is_none_or(|(_, write, _)| write)
    }

    /// Whether the reader holds plaintext on `class` for some patient (any
    /// scope): what computing a keyed function of a chosen value of the
    /// class (a blind index, a pseudonym) requires.
    pub fn plaintext_somewhere(&self, class: &str) -> bool {
        self.reader
            || self
                .grants
                .iter()
                .any(|g| (g.class == class || g.class == EVERY_CLASS) && g.level == Level::Plaintext)
    }

    /// Whether the reader may see anything of `subject`'s rows: some grant
    /// above `none` covers the subject (the row filter of
    /// `phi.enable_row_policy`).
    pub fn sees_subject(&self, subject: Option<&Digest>) -> bool {
        self.reader
            || self.grants.iter().any(|g| g.level > Level::None && self.covers(g.scope, subject).is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(b: u8) -> Digest {
        [b; DIGEST_LEN]
    }

    fn team(ds: Vec<Digest>) -> Vec<Arc<CareList>> {
        vec![Arc::new(CareList::new(ds.into_iter().map(|d| (d, i64::MAX)).collect()))]
    }

    fn g(class: &str, level: Level, scope: Scope) -> Grant {
        Grant { class: class.into(), level, scope, write: level.writes_by_default() }
    }

    #[test]
    fn no_grant_is_sealed_and_writable() {
        let r = Rules::default();
        assert_eq!(r.decide("ssn", Some(&d(1))), Decision { level: Level::Sealed, basis: Basis::Default });
        assert!(r.may_write("ssn", Some(&d(1))));
        assert!(!r.plaintext_somewhere("ssn"));
        assert!(!r.sees_subject(Some(&d(1))));
    }

    #[test]
    fn reader_sees_everything() {
        let r = Rules::new(true, vec![g("ssn", Level::None, Scope::AllSubjects)], vec![], 0, vec![], None);
        assert_eq!(r.decide("ssn", None).level, Level::Plaintext);
        assert_eq!(r.decide("ssn", None).basis, Basis::Reader);
        assert!(r.may_write("ssn", None) && r.plaintext_somewhere("x") && r.sees_subject(None));
    }

    #[test]
    fn care_team_scope_covers_assigned_subjects_only() {
        let r = Rules::new(false, vec![g("diagnosis", Level::Plaintext, Scope::CareTeam)], team(vec![d(2), d(1)]), 0, vec![], None);
        assert_eq!(r.decide("diagnosis", Some(&d(1))).level, Level::Plaintext);
        assert_eq!(r.decide("diagnosis", Some(&d(2))).level, Level::Plaintext);
        assert_eq!(r.decide("diagnosis", Some(&d(3))).level, Level::Sealed);
        // a value bound to no patient is covered by all_subjects grants only
        assert_eq!(r.decide("diagnosis", None).level, Level::Sealed);
        // another class: no grant
        assert_eq!(r.decide("ssn", Some(&d(1))).level, Level::Sealed);
        assert!(r.sees_subject(Some(&d(1))) && !r.sees_subject(Some(&d(3))));
    }

    #[test]
    fn most_permissive_applicable_grant_wins() {
        let r = Rules::new(
            false,
            vec![
                g("ssn", Level::Masked, Scope::AllSubjects),
                g("ssn", Level::Plaintext, Scope::CareTeam),
                g("*", Level::Sealed, Scope::AllSubjects),
            ],
            team(vec![d(1)]),
            0,
            vec![],
            None,
        );
        assert_eq!(r.decide("ssn", Some(&d(1))).level, Level::Plaintext);
        assert_eq!(r.decide("ssn", Some(&d(9))).level, Level::Masked);
        assert_eq!(r.decide("note", Some(&d(9))).level, Level::Sealed);
    }

    #[test]
    fn none_refuses_only_when_nothing_better_applies() {
        let r = Rules::new(
            false,
            vec![g("diagnosis", Level::None, Scope::AllSubjects), g("diagnosis", Level::Plaintext, Scope::CareTeam)],
            team(vec![d(1)]),
            0,
            vec![],
            None,
        );
        assert_eq!(r.decide("diagnosis", Some(&d(1))).level, Level::Plaintext);
        assert_eq!(r.decide("diagnosis", Some(&d(2))).level, Level::None);
        assert!(!r.may_write("diagnosis", Some(&d(2))));
        // none does not show the row
        assert!(!r.sees_subject(Some(&d(2))));
    }

    #[test]
    fn own_record_scope() {
        let r = Rules::new(false, vec![g("*", Level::Plaintext, Scope::OwnRecord)], vec![], 0, vec![], Some(d(7)));
        assert_eq!(r.decide("ssn", Some(&d(7))).level, Level::Plaintext);
        assert_eq!(r.decide("ssn", Some(&d(8))).level, Level::Sealed);
        assert_eq!(r.decide("ssn", None).level, Level::Sealed);
        let unmapped = Rules::new(false, vec![g("*", Level::Plaintext, Scope::OwnRecord)], vec![], 0, vec![], None);
        assert_eq!(unmapped.decide("ssn", Some(&d(7))).level, Level::Sealed);
    }

    #[test]
    fn break_glass_opens_care_team_grants_for_its_subject_only() {
        let r = Rules::new(
            false,
            vec![g("diagnosis", Level::Plaintext, Scope::CareTeam), g("ssn", Level::Masked, Scope::AllSubjects)],
            team(vec![d(1)]),
            0,
            vec![(d(5), 42)],
            None,
        );
        assert_eq!(r.decide("diagnosis", Some(&d(5))), Decision { level: Level::Plaintext, basis: Basis::BreakGlass(42) });
        // on the care team anyway: no break-glass use
        assert_eq!(r.decide("diagnosis", Some(&d(1))).basis, Basis::Grant);
        // another subject: nothing
        assert_eq!(r.decide("diagnosis", Some(&d(6))).level, Level::Sealed);
        // break-glass does not raise an all_subjects grant
        assert_eq!(r.decide("ssn", Some(&d(5))), Decision { level: Level::Masked, basis: Basis::Grant });
        // and gives nothing to a role without care_team grants
        let billing = Rules::new(false, vec![g("ssn", Level::Masked, Scope::AllSubjects)], vec![], 0, vec![(d(5), 1)], None);
        assert_eq!(billing.decide("diagnosis", Some(&d(5))).level, Level::Sealed);
    }

    #[test]
    fn a_direct_grant_is_preferred_to_break_glass_at_equal_level() {
        let r = Rules::new(
            false,
            vec![g("note", Level::Plaintext, Scope::CareTeam), g("note", Level::Plaintext, Scope::AllSubjects)],
            vec![],
            0,
            vec![(d(5), 3)],
            None,
        );
        assert_eq!(r.decide("note", Some(&d(5))).basis, Basis::Grant);
    }

    #[test]
    fn writes_follow_the_best_grant() {
        let mut masked_writer = g("ssn", Level::Masked, Scope::AllSubjects);
        masked_writer.write = true;
        let r = Rules::new(false, vec![g("ssn", Level::Masked, Scope::AllSubjects)], vec![], 0, vec![], None);
        assert!(!r.may_write("ssn", Some(&d(1))), "a masked reader writing back its mask would destroy the value");
        assert!(r.may_write("phone", Some(&d(1))));
        let w = Rules::new(false, vec![masked_writer], vec![], 0, vec![], None);
        assert!(w.may_write("ssn", Some(&d(1))));
        let sealed = Rules::new(false, vec![g("*", Level::Sealed, Scope::AllSubjects)], vec![], 0, vec![], None);
        assert!(sealed.may_write("ssn", None));
    }

    #[test]
    fn plaintext_somewhere_counts_any_scope() {
        let r = Rules::new(false, vec![g("ssn", Level::Plaintext, Scope::CareTeam)], vec![], 0, vec![], None);
        assert!(r.plaintext_somewhere("ssn"));
        assert!(!r.plaintext_somewhere("name"));
        let m = Rules::new(false, vec![g("*", Level::Masked, Scope::AllSubjects)], vec![], 0, vec![], None);
        assert!(!m.plaintext_somewhere("ssn"));
    }

    #[test]
    fn an_assignment_ends_at_its_until() {
        let list = CareList::new(vec![(d(1), 100), (d(2), i64::MAX), (d(1), 50)]);
        assert_eq!(list.len(), 2, "a subject assigned twice is kept once, with its latest end");
        assert!(list.covers(&d(1), 99) && !list.covers(&d(1), 100));
        assert!(list.covers(&d(2), i64::MAX - 1) && !list.covers(&d(3), 0));
        let g = vec![g("note", Level::Plaintext, Scope::CareTeam)];
        let before = Rules::new(false, g.clone(), vec![Arc::new(list.clone())], 99, vec![], None);
        let after = Rules::new(false, g, vec![Arc::new(list)], 100, vec![], None);
        assert_eq!(before.decide("note", Some(&d(1))).level, Level::Plaintext);
        assert_eq!(after.decide("note", Some(&d(1))).level, Level::Sealed);
    }

    #[test]
    fn names_round_trip() {
        for l in Level::ALL {
            assert_eq!(Level::parse(l.as_str()), Some(l));
        }
        for s in Scope::ALL {
            assert_eq!(Scope::parse(s.as_str()), Some(s));
        }
        assert_eq!(Level::parse("Plaintext"), None);
        assert_eq!(Scope::parse("all"), None);
    }
}
