//! The Breach Notification Rule as pure logic: which notices an incident
//! owes, when each is due, how close it is, which status changes are
//! legal, how severe an incident is and whether its risk assessment
//! requires notification. The SQL layer (`src/breach.rs`, `sql/breach.sql`)
//! stores incidents and asks here; nothing here knows PostgreSQL.
//!
//! Dates are days since 2000-01-01 (PostgreSQL's `date` epoch), so the SQL
//! layer passes them through unchanged.
//!
//! The rule (45 CFR 164.400-414), in one place:
//!
//! * **Individuals** (164.404): without unreasonable delay, at the latest
//!   60 calendar days after discovery.
//! * **HHS** (164.408): 500 or more affected, within the same 60 days;
//!   fewer than 500, in the annual log, due 60 days after the end of the
//!   calendar year the breach was discovered in (1 March, or 29 February
//!   in a leap year). An unknown count is treated as 500 or more until the
//!   officer records it.
//! * **Media** (164.406): more than 500 residents of one state or
//!   jurisdiction, one notice per such state, within the 60 days. With a
//!   total above 500 and no per-state counts, one notice of unknown
//!   jurisdiction is owed until the counts are recorded.
//! * **Business associate to covered entity** (164.410): a breach at a
//!   business associate is reported to the covered entity within 60 days
//!   of the associate's discovery.

use std::fmt;

/// Days the rule allows for every notice after discovery.
pub const NOTICE_DAYS: i32 = 60;
/// An obligation due within this many days is `due_soon`.
pub const DUE_SOON_DAYS: i32 = 14;
/// HHS: at or above this many affected, notice within the 60 days; below,
/// the annual log.
pub const HHS_IMMEDIATE: i64 = 500;
/// Media: more than this many residents of one state.
pub const MEDIA_ABOVE: i64 = 500;

// ---------------------------------------------------------------- dates

/// Days from 2000-01-01 to 1970-01-01's civil-day count origin offset.
const EPOCH_2000: i64 = 10_957;

/// The day number (days since 2000-01-01) of a civil date (proleptic
/// Gregorian; H. Hinnant's `days_from_civil`).
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468 - EPOCH_2000) as i32
}

/// The civil date (year, month, day) of a day number.
pub fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let z = i64::from(days) + EPOCH_2000 + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// The annual-log due date for a breach discovered on `discovered`: 60
/// days after 31 December of that year.
pub fn annual_log_due(discovered: i32) -> i32 {
    let (y, _, _) = civil_from_days(discovered);
    days_from_civil(y, 12, 31) + NOTICE_DAYS
}

// ---------------------------------------------------------------- obligations

/// A notice the rule may require.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Obligation {
    Individuals,
    Hhs,
    Media,
    BusinessAssociate,
}

impl Obligation {
    pub const ALL: [Obligation; 4] = [Obligation::Individuals, Obligation::Hhs, Obligation::Media, Obligation::BusinessAssociate];

    pub fn as_str(self) -> &'static str {
        match self {
            Obligation::Individuals => "individuals",
            Obligation::Hhs => "hhs",
            Obligation::Media => "media",
            Obligation::BusinessAssociate => "business_associate",
        }
    }

    pub fn parse(s: &str) -> Option<Obligation> {
        Obligation::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

impl fmt::Display for Obligation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What an incident tells the rule.
#[derive(Clone, Debug, Default)]
pub struct Facts<'a> {
    /// Day of discovery (by the covered entity, or by the associate).
    pub discovered: i32,
    /// Individuals affected, if known.
    pub affected: Option<i64>,
    /// Residents affected per state or jurisdiction, if known.
    pub by_state: &'a [(String, i64)],
    /// The breach happened at a business associate.
    pub business_associate: bool,
    /// The risk assessment (or the officer) found notification is not
    /// required, or the incident was not a breach.
    pub exempt: bool,
}

/// One notice an incident owes, or would owe.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Due {
    pub obligation: Obligation,
    /// The state or jurisdiction (media notices only; `None` when the
    /// per-state counts are unknown).
    pub jurisdiction: Option<String>,
    pub required: bool,
    pub due: i32,
    /// Why it is (not) required, or how the date was found.
    pub basis: &'static str,
}

/// The notices for an incident, in a stable order: individuals, HHS,
/// media (per state, alphabetical), business associate.
pub fn obligations(f: &Facts<'_>) -> Vec<Due> {
    let within = f.discovered + NOTICE_DAYS;
    let req = |r: bool| r && !f.exempt;
    let mut out = Vec::new();
    out.push(Due {
        obligation: Obligation::Individuals,
        jurisdiction: None,
        required: req(true),
        due: within,
        basis: if f.exempt { "not required: low probability of compromise, or not a breach" } else { "60 days after discovery" },
    });
    let (hhs_due, hhs_basis) = match f.affected {
        Some(n) if n < HHS_IMMEDIATE => (annual_log_due(f.discovered), "fewer than 500: annual log, 60 days after the calendar year"),
        Some(_) => (within, "500 or more: 60 days after discovery"),
        None => (within, "count unknown: treated as 500 or more until it is recorded"),
    };
    out.push(Due {
        obligation: Obligation::Hhs,
        jurisdiction: None,
        required: req(true),
        due: hhs_due,
        basis: hhs_basis,
    });
    let mut states: Vec<&(String, i64)> = f.by_state.iter().collect();
    states.sort();
    let over: Vec<&&(String, i64)> = states.iter().filter(|(_, n)| *n > MEDIA_ABOVE).collect();
    if !over.is_empty() {
        for (s, _) in over {
            out.push(Due {
                obligation: Obligation::Media,
                jurisdiction: Some(s.clone()),
                required: req(true),
                due: within,
                basis: "more than 500 residents of the state: 60 days after discovery",
            });
        }
    } else if states.is_empty() && f.affected.is_some_and(|n| n > MEDIA_ABOVE) {
        out.push(Due {
            obligation: Obligation::Media,
            jurisdiction: None,
            required: req(true),
            due: within,
            basis: "more than 500 affected and no per-state counts: required if more than 500 live in one state",
        });
    } else {
        out.push(Due {
            obligation: Obligation::Media,
            jurisdiction: None,
            required: false,
            due: within,
            basis: "no state with more than 500 residents affected",
        });
    }
    out.push(Due {
        obligation: Obligation::BusinessAssociate,
        jurisdiction: None,
        required: req(f.business_associate),
        due: within,
        basis: if f.business_associate {
            "breach at a business associate: to the covered entity, 60 days after discovery"
        } else {
            "not at a business associate"
        },
    });
    out
}

/// Where an obligation stands on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DueState {
    NotRequired,
    Done,
    Overdue,
    DueSoon,
    Open,
}

impl DueState {
    pub fn as_str(self) -> &'static str {
        match self {
            DueState::NotRequired => "not_required",
            DueState::Done => "done",
            DueState::Overdue => "overdue",
            DueState::DueSoon => "due_soon",
            DueState::Open => "open",
        }
    }
}

/// The state of an obligation due on `due` as of `as_of`, `done` if its
/// notice was recorded.
pub fn due_state(required: bool, due: i32, done: bool, as_of: i32) -> DueState {
    if !required {
        DueState::NotRequired
    } else if done {
        DueState::Done
    } else if as_of > due {
        DueState::Overdue
    } else if due - as_of <= DUE_SOON_DAYS {
        DueState::DueSoon
    } else {
        DueState::Open
    }
}

// ---------------------------------------------------------------- lifecycle

/// An incident's status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Investigating,
    Confirmed,
    NotABreach,
    Contained,
    Notified,
    Closed,
}

impl Status {
    pub const ALL: [Status; 6] =
        [Status::Investigating, Status::Confirmed, Status::NotABreach, Status::Contained, Status::Notified, Status::Closed];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Investigating => "investigating",
            Status::Confirmed => "confirmed",
            Status::NotABreach => "not_a_breach",
            Status::Contained => "contained",
            Status::Notified => "notified",
            Status::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// The statuses an incident may move to from this one.
    pub fn next(self) -> &'static [Status] {
        match self {
            Status::Investigating => &[Status::Confirmed, Status::NotABreach],
            Status::Confirmed => &[Status::Contained],
            Status::NotABreach => &[Status::Closed],
            Status::Contained => &[Status::Notified],
            Status::Notified => &[Status::Closed],
            Status::Closed => &[],
        }
    }
}

/// Why a status change is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TransitionError {
    Unknown(String),
    Illegal { from: Status, to: Status },
    /// `notified` or `closed` with required notices not yet recorded.
    Pending { to: Status, pending: Vec<String> },
}

impl fmt::Display for TransitionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // the value is not repeated: a swapped argument may be PHI
            TransitionError::Unknown(_) => {
                f.write_str("unknown breach status (investigating, confirmed, not_a_breach, contained, notified, closed)")
            }
            TransitionError::Illegal { from, to } => {
                let next: Vec<&str> = from.next().iter().map(|s| s.as_str()).collect();
                if next.is_empty() {
                    write!(f, "an incident that is {} cannot become {}: it is final", from.as_str(), to.as_str())
                } else {
                    write!(f, "an incident that is {} cannot become {}; next: {}", from.as_str(), to.as_str(), next.join(" or "))
                }
            }
            TransitionError::Pending { to, pending } => {
                write!(f, "an incident cannot become {} while required notices are not recorded: {}", to.as_str(), pending.join(", "))
            }
        }
    }
}

/// Checks a change from `from` to `to`. `pending` names the required
/// notices not yet recorded (as `obligation` or `media:CA`): `notified`
/// needs the individuals' notice, `closed` (after `notified`) needs all.
pub fn transition(from: &str, to: &str, pending: &[String]) -> Result<Status, TransitionError> {
    let f = Status::parse(from).ok_or_else(|| TransitionError::Unknown(from.to_string()))?;
    let t = Status::parse(to).ok_or_else(|| TransitionError::Unknown(to.to_string()))?;
    if !f.next().contains(&t) {
        return Err(TransitionError::Illegal { from: f, to: t });
    }
    let blocking: Vec<String> = match t {
        Status::Notified => pending.iter().filter(|p| p.as_str() == "individuals").cloned().collect(),
        Status::Closed if f == Status::Notified => pending.to_vec(),
        _ => Vec::new(),
    };
    if blocking.is_empty() {
        Ok(t)
    } else {
        Err(TransitionError::Pending { to: t, pending: blocking })
    }
}

// ---------------------------------------------------------------- severity and risk

/// Categories whose disclosure is sensitive whatever the count: SSNs,
/// financial data, mental health, substance use disorder and HIV records.
pub const SENSITIVE: &[&str] = &["ssn", "account", "financial", "mental_health", "substance_use", "hiv"];

/// Categories `report_breach` accepts beside the database's data classes.
pub const BREACH_CATEGORIES: &[&str] = &["financial", "mental_health", "substance_use", "hiv", "genetic", "clinical", "demographic"];

/// How severe an incident is, from its count and its categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

/// Critical: a sensitive category and 500 or more affected (or an unknown
/// count). High: either. Medium: 10 or more affected, or unknown. Low:
/// fewer than 10, nothing sensitive.
pub fn severity(affected: Option<i64>, classes: &[&str]) -> Severity {
    let sensitive = classes.iter().any(|c| SENSITIVE.contains(c));
    let large = affected.is_none_or(|n| n >= HHS_IMMEDIATE);
    if sensitive && large {
        Severity::Critical
    } else if sensitive || (large && affected.is_some()) {
        Severity::High
    } else if affected.is_none_or(|n| n >= 10) {
        Severity::Medium
    } else {
        Severity::Low
    }
}

/// A risk factor's finding: how far it points to compromise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Risk {
    Low,
    Medium,
    High,
}

impl Risk {
    pub fn as_str(self) -> &'static str {
        match self {
            Risk::Low => "low",
            Risk::Medium => "medium",
            Risk::High => "high",
        }
    }

    pub fn parse(s: &str) -> Option<Risk> {
        [Risk::Low, Risk::Medium, Risk::High].into_iter().find(|r| r.as_str() == s)
    }
}

/// The four factors of 164.402(2): (1) nature and extent of the PHI, (2)
/// the unauthorized person who used it or to whom it was disclosed, (3)
/// whether it was actually acquired or viewed, (4) the extent to which the
/// risk has been mitigated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub nature: Risk,
    pub recipient: Risk,
    pub acquired: Risk,
    pub mitigation: Risk,
}

impl Assessment {
    /// The probability that the PHI has been compromised: the highest
    /// factor.
    pub fn probability(&self) -> Risk {
        self.nature.max(self.recipient).max(self.acquired).max(self.mitigation)
    }

    /// A breach is presumed unless the assessment shows a low probability
    /// of compromise on every factor.
    pub fn notification_required(&self) -> bool {
        self.probability() != Risk::Low
    }
}

/// Factor 3 from the audit trail: plaintext (or break-glass) reads of the
/// suspect's window mean the PHI was viewed (high); masked reads or
/// changes only, partly (medium); only sealed or refused reads, or nothing
/// at all, not viewed (low). `None`: no audit evidence to go by.
pub fn acquired_from_audit(plaintext_reads: i64, masked_or_writes: i64, sealed_or_denied: i64) -> Option<Risk> {
    if plaintext_reads > 0 {
        Some(Risk::High)
    } else if masked_or_writes > 0 {
        Some(Risk::Medium)
    } else if sealed_or_denied > 0 {
        Some(Risk::Low)
    } else {
        None
    }
}

// ---------------------------------------------------------------- jurisdictions

/// US states, DC and the territories, by USPS code: the keys
/// `affected_by_state` accepts.
pub const JURISDICTIONS: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA",
    "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
    "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP",
];

pub fn is_jurisdiction(code: &str) -> bool {
    JURISDICTIONS.contains(&code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> i32 {
        days_from_civil(y, m, day)
    }

    #[test]
    fn civil_round_trip_and_epoch() {
        assert_eq!(d(2000, 1, 1), 0);
        assert_eq!(d(1970, 1, 1), -10_957);
        assert_eq!(d(2026, 11, 22), 9822);
        for n in -800_000..800_000 {
            let (y, m, day) = civil_from_days(n);
            assert_eq!(d(y, m, day), n, "{y}-{m}-{day}");
        }
    }

    #[test]
    fn sixty_days_across_month_and_year_ends() {
        // 60 calendar days, whatever the months in between
        assert_eq!(civil_from_days(d(2026, 1, 31) + NOTICE_DAYS), (2026, 4, 1));
        assert_eq!(civil_from_days(d(2026, 11, 22) + NOTICE_DAYS), (2027, 1, 21));
        assert_eq!(civil_from_days(d(2027, 12, 31) + NOTICE_DAYS), (2028, 2, 29));
        assert_eq!(civil_from_days(d(2028, 1, 1) + NOTICE_DAYS), (2028, 3, 1));
        assert_eq!(civil_from_days(d(2026, 1, 1) + NOTICE_DAYS), (2026, 3, 2));
    }

    #[test]
    fn annual_log_is_60_days_after_the_year_and_knows_leap_years() {
        assert_eq!(civil_from_days(annual_log_due(d(2026, 3, 10))), (2027, 3, 1));
        assert_eq!(civil_from_days(annual_log_due(d(2027, 1, 1))), (2028, 2, 29));
        assert_eq!(civil_from_days(annual_log_due(d(2027, 12, 31))), (2028, 2, 29));
        assert_eq!(civil_from_days(annual_log_due(d(2099, 6, 1))), (2100, 3, 1)); // 2100: not leap
        assert_eq!(civil_from_days(annual_log_due(d(2399, 6, 1))), (2400, 2, 29)); // 2400: leap
    }

    fn facts(affected: Option<i64>, by_state: &[(String, i64)]) -> Vec<Due> {
        obligations(&Facts { discovered: d(2026, 11, 22), affected, by_state, ..Default::default() })
    }

    fn one(v: &[Due], o: Obligation) -> Vec<&Due> {
        v.iter().filter(|x| x.obligation == o).collect()
    }

    #[test]
    fn hhs_at_500_is_immediate_below_it_the_annual_log() {
        let v = facts(Some(499), &[]);
        assert_eq!(civil_from_days(one(&v, Obligation::Hhs)[0].due), (2027, 3, 1));
        let v = facts(Some(500), &[]);
        assert_eq!(civil_from_days(one(&v, Obligation::Hhs)[0].due), (2027, 1, 21));
        let v = facts(None, &[]);
        assert_eq!(civil_from_days(one(&v, Obligation::Hhs)[0].due), (2027, 1, 21));
        assert!(one(&v, Obligation::Hhs)[0].basis.contains("unknown"));
    }

    #[test]
    fn media_per_state_above_500() {
        let s = |k: &str, n| (k.to_string(), n);
        // 500 in one state is not "more than 500"
        let v = facts(Some(900), &[s("CA", 500), s("NV", 400)]);
        let m = one(&v, Obligation::Media);
        assert_eq!(m.len(), 1);
        assert!(!m[0].required);
        // 501 in one state and 501 in another: two notices, alphabetical
        let v = facts(Some(1100), &[s("NV", 501), s("CA", 501), s("OR", 98)]);
        let m = one(&v, Obligation::Media);
        assert_eq!(m.iter().map(|x| x.jurisdiction.clone().unwrap()).collect::<Vec<_>>(), ["CA", "NV"]);
        assert!(m.iter().all(|x| x.required));
        // a large total without per-state counts: one notice, state unknown
        let v = facts(Some(2000), &[]);
        let m = one(&v, Obligation::Media);
        assert_eq!(m.len(), 1);
        assert!(m[0].required && m[0].jurisdiction.is_none());
        // 600 in total across many states, none above 500: none owed
        let v = facts(Some(600), &[s("CA", 300), s("NV", 300)]);
        assert!(!one(&v, Obligation::Media)[0].required);
    }

    #[test]
    fn exempt_and_business_associate() {
        let v = obligations(&Facts { discovered: 0, affected: Some(10), exempt: true, ..Default::default() });
        assert!(v.iter().all(|x| !x.required));
        let v = obligations(&Facts { discovered: 0, affected: Some(10), ..Default::default() });
        assert!(!one(&v, Obligation::BusinessAssociate)[0].required);
        let v = obligations(&Facts { discovered: 0, affected: Some(10), business_associate: true, ..Default::default() });
        assert!(one(&v, Obligation::BusinessAssociate)[0].required);
        assert_eq!(one(&v, Obligation::BusinessAssociate)[0].due, NOTICE_DAYS);
    }

    #[test]
    fn due_states() {
        let due = d(2027, 1, 21);
        assert_eq!(due_state(false, due, false, due + 5), DueState::NotRequired);
        assert_eq!(due_state(true, due, true, due + 5), DueState::Done);
        assert_eq!(due_state(true, due, false, due + 1), DueState::Overdue);
        assert_eq!(due_state(true, due, false, due), DueState::DueSoon);
        assert_eq!(due_state(true, due, false, due - 14), DueState::DueSoon);
        assert_eq!(due_state(true, due, false, due - 15), DueState::Open);
    }

    #[test]
    fn lifecycle() {
        let none: &[String] = &[];
        assert_eq!(transition("investigating", "confirmed", none), Ok(Status::Confirmed));
        assert_eq!(transition("investigating", "not_a_breach", none), Ok(Status::NotABreach));
        assert_eq!(transition("not_a_breach", "closed", none), Ok(Status::Closed));
        assert_eq!(transition("confirmed", "contained", none), Ok(Status::Contained));
        let e = transition("investigating", "notified", none).unwrap_err();
        assert_eq!(e.to_string(), "an incident that is investigating cannot become notified; next: confirmed or not_a_breach");
        let e = transition("closed", "investigating", none).unwrap_err();
        assert!(e.to_string().contains("it is final"));
        assert!(matches!(transition("confirmed", "done", none), Err(TransitionError::Unknown(_))));
        // notified needs the individuals' notice; closing needs every notice
        let p = vec!["individuals".to_string(), "media:CA".to_string()];
        assert!(matches!(transition("contained", "notified", &p), Err(TransitionError::Pending { .. })));
        let p = vec!["media:CA".to_string()];
        assert_eq!(transition("contained", "notified", &p), Ok(Status::Notified));
        let e = transition("notified", "closed", &p).unwrap_err();
        assert_eq!(e.to_string(), "an incident cannot become closed while required notices are not recorded: media:CA");
        assert_eq!(transition("notified", "closed", none), Ok(Status::Closed));
        // every status has a path to closed
        for s in Status::ALL {
            let mut cur = s;
            for _ in 0..6 {
                if cur == Status::Closed {
                    break;
                }
                cur = cur.next()[0];
            }
            assert_eq!(cur, Status::Closed, "{s:?}");
        }
    }

    #[test]
    fn severity_from_count_and_classes() {
        assert_eq!(severity(Some(3), &["name"]), Severity::Low);
        assert_eq!(severity(Some(30), &["name"]), Severity::Medium);
        assert_eq!(severity(None, &["name"]), Severity::Medium);
        assert_eq!(severity(Some(3), &["hiv"]), Severity::High);
        assert_eq!(severity(Some(600), &["name"]), Severity::High);
        assert_eq!(severity(Some(600), &["name", "ssn"]), Severity::Critical);
        assert_eq!(severity(None, &["mental_health"]), Severity::Critical);
    }

    #[test]
    fn four_factors() {
        let low = Assessment { nature: Risk::Low, recipient: Risk::Low, acquired: Risk::Low, mitigation: Risk::Low };
        assert!(!low.notification_required());
        assert_eq!(low.probability(), Risk::Low);
        let one_medium = Assessment { acquired: Risk::Medium, ..low };
        assert!(one_medium.notification_required());
        assert_eq!(Assessment { mitigation: Risk::High, ..one_medium }.probability(), Risk::High);
        assert_eq!(acquired_from_audit(1, 5, 5), Some(Risk::High));
        assert_eq!(acquired_from_audit(0, 5, 5), Some(Risk::Medium));
        assert_eq!(acquired_from_audit(0, 0, 5), Some(Risk::Low));
        assert_eq!(acquired_from_audit(0, 0, 0), None);
    }

    #[test]
    fn jurisdictions() {
        assert!(is_jurisdiction("CA") && is_jurisdiction("PR") && is_jurisdiction("DC"));
        assert!(!is_jurisdiction("ca") && !is_jurisdiction("XX") && !is_jurisdiction(""));
        assert_eq!(JURISDICTIONS.len(), 56);
    }
}
