//! E-mail addresses, URLs, IPv6 and MAC addresses, each found from a
//! `memchr` anchor ('@', "://", "www.", '/', ':' or '-').

use super::checks::num;
use crate::detect::context::digits_end;
use crate::detect::interrupt::{every_items, free_checked, memchr_checked, memmem_checked, sort_by_checked, to_vec_checked, Ticker};
use crate::types::{Finding, PhiType};
use once_cell::sync::Lazy;
use memchr::memmem;
use std::net::Ipv6Addr;
use std::str::FromStr;

// finders built once (`memmem::find_iter` would build one per call)
static SCHEME: Lazy<memmem::Finder<'static>> = Lazy::new(|| memmem::Finder::new("://"));
static WWW: Lazy<[memmem::Finder<'static>; 2]> = Lazy::new(|| [memmem::Finder::new("www."), memmem::Finder::new("WWW.")]);

/// The finders, built on first use (see [`crate::detect::warm_up`]).
pub(super) static TABLES: [&dyn crate::detect::Table; 2] = [&SCHEME, &WWW];

pub(super) fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    // Spans already taken by e-mail/URL findings, so '/' and ':' anchors
    // inside them are skipped. Sorted by start.
    let mut taken: Vec<(usize, usize)> = Vec::new();
    emails(b, out, &mut taken);
    urls(b, out, &mut taken);
    // (a stable sort of pairs orders them as `sort_unstable` would)
    sort_by_checked(&mut taken, Ord::cmp);
    bare_domains(b, out, &taken);
    ipv6_and_mac(text, out, &taken);
    dots_and_dashes(b, out, &taken);
    free_checked(taken);
}

fn is_local(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_host(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-' || c == b'.'
}

/// Characters that may continue a URL after its host.
fn is_url(c: u8) -> bool {
    c.is_ascii_graphic() && !matches!(c, b'<' | b'>' | b'"' | b'`' | b'{' | b'}' | b'|' | b'\\' | b'^')
}

/// Checks a host name "a.b.tld": labels non-empty, alphanumeric at both
/// ends, and an alphabetic TLD of at least two letters, or an
/// internationalized one in its ASCII form ("xn--p1ai", RFC 5890).
/// Returns the TLD.
fn host_ok(h: &[u8]) -> Option<&[u8]> {
    if h.is_empty() || h.len() > 253 {
        return None;
    }
    let mut labels = 0;
    let mut tld: &[u8] = &[];
    for l in h.split(|&c| c == b'.') {
        if l.is_empty()
            || l.len() > 63
            || !l[0].is_ascii_alphanumeric()
            || !l[l.len() - 1].is_ascii_alphanumeric()
        {
            return None;
        }
        labels += 1;
        tld = l;
    }
    let idn = tld.len() > 4 && tld[..4].eq_ignore_ascii_case(b"xn--") && tld[4..].iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-');
    (labels >= 2 && tld.len() >= 2 && (tld.iter().all(u8::is_ascii_alphabetic) || idn)).then_some(tld)
}

/// End of a URL starting its path/query at `p`, trailing punctuation
/// trimmed (a ')' is kept when the URL opened one).
fn url_end(b: &[u8], mut p: usize, start: usize) -> usize {
    let cap = start + 2048;
    while p < b.len() && p < cap && is_url(b[p]) {
        p += 1;
    }
    // the parentheses of `b[start..p]`, counted once and kept up to date
    // as the end moves back (counting them again for every trimmed ')'
    // made a URL ending in many of them quadratic in its length)
    let mut parens: Option<(usize, usize)> = None;
    loop {
        let Some(&c) = b[start..p].last() else { break };
        let trim = match c {
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'"' | b']' | b'*' => true,
            b')' => {
                let (open, close) = *parens.get_or_insert_with(|| {
                    let s = &b[start..p];
                    (s.iter().filter(|&&x| x == b'(').count(), s.iter().filter(|&&x| x == b')').count())
                });
                open < close
            }
            _ => false,
        };
        if !trim {
            break;
        }
        if let Some((_, close)) = parens.as_mut() {
            // the byte trimmed is one of `.,;:!?'"]*)`: never a '('
            *close -= (c == b')') as usize;
        }
        p -= 1;
    }
    p
}

fn emails(b: &[u8], out: &mut Vec<Finding>, taken: &mut Vec<(usize, usize)>) {
    let mut last = 0;
    let mut tick = Ticker::new(0);
    for at in memchr_checked(b'@', b) {
        tick.at(at);
        if at < last || at == 0 {
            continue;
        }
        let mut s = at;
        while s > 0 && at - s < 64 && is_local(b[s - 1]) {
            s -= 1;
        }
        while s < at && matches!(b[s], b'.' | b'-' | b'+') {
            s += 1;
        }
        if s == at || b[at - 1] == b'.' {
            continue;
        }
        let mut e = at + 1;
        while e < b.len() && e - at <= 254 && is_host(b[e]) {
            e += 1;
        }
        while e > at + 1 && matches!(b[e - 1], b'.' | b'-') {
            e -= 1;
        }
        if host_ok(&b[at + 1..e]).is_none() {
            continue;
        }
        out.push(Finding::new(PhiType::Email, s, e, 0.95));
        taken.push((s, e));
        last = e;
    }
}

fn urls(b: &[u8], out: &mut Vec<Finding>, taken: &mut Vec<(usize, usize)>) {
    let mut last = 0;
    let mut tick = Ticker::new(0);
    for p in memmem_checked(&SCHEME, b) {
        tick.at(p);
        if p < last {
            continue;
        }
        let mut s = p;
        while s > 0 && p - s < 6 && b[s - 1].is_ascii_alphabetic() {
            s -= 1;
        }
        if s > 0 && b[s - 1].is_ascii_alphanumeric() {
            continue;
        }
        let scheme = &b[s..p];
        if ![&b"http"[..], b"https", b"ftp", b"ftps", b"sftp"].iter().any(|x| scheme.eq_ignore_ascii_case(x)) {
            continue;
        }
        if !b.get(p + 3).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'[') {
            continue;
        }
        // a host of one word with nothing after it names no site
        // ("http://microsoft", "http://ehr."); an intranet host with a
        // path, a port or a user does ("http://ehr/patients/4471",
        // "http://localhost:8080", "ftp://anonymous@files.example.com")
        let mut h = p + 3;
        while h < b.len() && h - p < 256 && is_host(b[h]) {
            h += 1;
        }
        let mut hd = h;
        while hd > p + 3 && b[hd - 1] == b'.' {
            hd -= 1;
        }
        let ends = b.get(h).is_none_or(|&c| c.is_ascii_whitespace() || matches!(c, b',' | b';' | b'!' | b'?' | b')' | b']' | b'>' | b'"' | b'\''));
        if b[p + 3] != b'[' && !b[p + 3..hd].contains(&b'.') && ends {
            continue;
        }
        let e = url_end(b, p + 3, s);
        out.push(Finding::new(PhiType::Url, s, e, 0.95));
        taken.push((s, e));
        last = e;
    }
    for finder in WWW.iter() {
        // Whether `p` lies inside a span taken so far. The spans taken
        // before this finder's matches are sorted by start, with the
        // running maximum of their ends; the ones its own matches add all
        // start before the current match, so the largest of their ends
        // decides. (Looking through every span for every match was
        // quadratic in the number of "www." in the text.)
        let before = reaching(taken);
        let mut own_reach = 0;
        let mut tick = Ticker::new(0);
        for p in memmem_checked(finder, b) {
            tick.at(p);
            if inside(&before, p) || p < own_reach {
                continue;
            }
            if p > 0 && (b[p - 1].is_ascii_alphanumeric() || matches!(b[p - 1], b'/' | b'.' | b'@' | b'-')) {
                continue;
            }
            let mut h = p;
            while h < b.len() && h - p < 253 && is_host(b[h]) {
                h += 1;
            }
            while h > p && matches!(b[h - 1], b'.' | b'-') {
                h -= 1;
            }
            if host_ok(&b[p..h]).is_none_or(|_| b[p..h].iter().filter(|&&c| c == b'.').count() < 2) {
                continue;
            }
            let e = url_end(b, h, p);
            out.push(Finding::new(PhiType::Url, p, e, 0.9));
            taken.push((p, e));
            own_reach = own_reach.max(e);
        }
        free_checked(before);
    }
}

/// Top-level domains accepted for a scheme-less "host/path" URL.
const TLDS: [&[u8]; 30] = [
    b"com", b"org", b"net", b"edu", b"gov", b"mil", b"int", b"io", b"co", b"us", b"uk", b"ca", b"au",
    b"de", b"fr", b"info", b"biz", b"health", b"care", b"clinic", b"hospital", b"app", b"dev", b"ai",
    b"me", b"ly", b"tv", b"nhs", b"online", b"site",
];

/// `taken` sorted by start, each end raised to the farthest end before
/// it, so that [`inside`] sees a span nested in another (an e-mail inside
/// a URL) leave no gap.
fn reaching(taken: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut spans = to_vec_checked(taken);
    sort_by_checked(&mut spans, Ord::cmp);
    let mut reach = 0;
    for (i, span) in spans.iter_mut().enumerate() {
        every_items(i);
        reach = reach.max(span.1);
        span.1 = reach;
    }
    spans
}

/// Whether `p` lies in one of `taken`'s spans (sorted by start, their ends
/// running maxima when spans nest: [`reaching`]).
fn inside(taken: &[(usize, usize)], p: usize) -> bool {
    let i = taken.partition_point(|&(s, _)| s <= p);
    i > 0 && p < taken[i - 1].1
}

/// Whether a scheme-less host's first label looks like a name, not a
/// number ("1.5.co").
fn named(host: &[u8]) -> bool {
    host.split(|&c| c == b'.').next().is_some_and(|l| l.iter().any(u8::is_ascii_alphabetic))
}

/// Scheme-less URLs with a path: "portal.example.org/patient/123".
fn bare_domains(b: &[u8], out: &mut Vec<Finding>, taken: &[(usize, usize)]) {
    let mut last = 0;
    let mut tick = Ticker::new(0);
    for slash in memchr_checked(b'/', b) {
        tick.at(slash);
        // the host ends in its top-level domain, two letters at least, so a
        // '/' after a digit or a single letter ("120/80", "w/") is none
        let tld_end = slash >= 2 && b[slash - 1].is_ascii_alphabetic() && b[slash - 2].is_ascii_alphabetic();
        if !tld_end || slash < last || inside(taken, slash) {
            continue;
        }
        let mut s = slash;
        while s > 0 && slash - s < 253 && is_host(b[s - 1]) {
            s -= 1;
        }
        if s > 0 && !matches!(b[s - 1], b' ' | b'\t' | b'\n' | b'\r' | b'(' | b'[' | b'<' | b'"' | b'\'' | b',' | b';')
        {
            continue;
        }
        let host = &b[s..slash];
        let Some(tld) = host_ok(host) else { continue };
        if !TLDS.iter().any(|t| t.eq_ignore_ascii_case(tld)) {
            continue;
        }
        if !named(host) {
            continue;
        }
        let e = url_end(b, slash, s);
        out.push(Finding::new(PhiType::Url, s, e, 0.85));
        last = e;
    }
}

/// Top-level domains a host without scheme or path may end in
/// ("microsoft.com"): the five oldest generic ones. The newer ones are
/// words ("home.health", "IV.SITE", "ortho.clinic" are two words run
/// together over a missing space), and a country's two letters count only
/// after a second-level name ("google.co.il"; "seen.me", "ok.co" are no
/// site).
const PLAIN_TLDS: [&[u8]; 5] = [b"com", b"org", b"net", b"edu", b"gov"];

/// Second-level names under a country's domain ("co.uk", "com.au").
const SECOND_LEVEL: [&[u8]; 7] = [b"co", b"com", b"org", b"net", b"gov", b"nhs", b"edu"];

/// What the '.' pass finds: sites named without scheme or path
/// ([`plain_domain_at`]) and Cisco's dotted MAC addresses
/// ([`dotted_mac_at`]); and, from a '-' pass, the dashed MACs without a
/// digit ("AA-BB-CC-DD-EE-FF": the digit scan reads the others).
fn dots_and_dashes(b: &[u8], out: &mut Vec<Finding>, taken: &[(usize, usize)]) {
    let reach = reaching(taken);
    let taken = &reach[..];
    let mut last = 0;
    let mut tick = Ticker::new(0);
    for dot in memchr_checked(b'.', b) {
        tick.at(dot);
        if dot < last || dot == 0 || !b[dot - 1].is_ascii_alphanumeric() {
            continue;
        }
        if let Some((s, e)) = dotted_mac_at(b, dot).filter(|&(s, _)| !inside(taken, s)) {
            out.push(Finding::new(PhiType::Device, s, e, 0.85));
            last = e;
        } else if let Some((s, e)) = plain_domain_at(b, dot, taken) {
            out.push(Finding::new(PhiType::Url, s, e, 0.8));
            last = e;
        }
    }
    let mut last = 0;
    let mut tick = Ticker::new(0);
    for dash in memchr_checked(b'-', b) {
        tick.at(dash);
        if dash < last || dash < 2 || !b[dash - 2].is_ascii_alphabetic() || !b[dash - 1].is_ascii_alphabetic() {
            continue;
        }
        // (one that the digit scan read too is the same span twice, which
        // the overlap resolution keeps once)
        if let Some((s, e)) = mac_at(b, dash) {
            if !inside(taken, s) {
                out.push(Finding::new(PhiType::Device, s, e, 0.85));
            }
            last = e;
        }
    }
    free_checked(reach);
}

/// A site named without scheme or path ("my domains: microsoft.com
/// google.co.il") whose top-level domain follows the '.' at `dot`: a host
/// of letters, digits, '-' and '.', standing alone, whose first label
/// holds a letter. Its span.
fn plain_domain_at(b: &[u8], dot: usize, taken: &[(usize, usize)]) -> Option<(usize, usize)> {
    // the label after the dot: letters to a word's end, one case
    let mut e = dot + 1;
    while e < b.len() && e - dot <= 9 && b[e].is_ascii_alphabetic() {
        e += 1;
    }
    let tld = &b[dot + 1..e];
    let one_case = tld.iter().all(u8::is_ascii_lowercase) || tld.iter().all(u8::is_ascii_uppercase);
    if tld.len() < 2 || !one_case {
        return None;
    }
    let (nx, nx2) = (b.get(e).copied().unwrap_or(b' '), b.get(e + 1).copied().unwrap_or(b' '));
    // not more of a host, a path, an address or a word
    if nx.is_ascii_alphanumeric() || matches!(nx, b'-' | b'_' | b'/' | b'@' | b':' | b'\'') || nx >= 0x80 {
        return None;
    }
    if nx == b'.' && (nx2.is_ascii_alphanumeric() || nx2 >= 0x80) {
        return None;
    }
    let generic = PLAIN_TLDS.iter().any(|t| t.eq_ignore_ascii_case(tld));
    if !generic && tld.len() != 2 {
        return None;
    }
    let mut s = dot;
    while s > 0 && dot - s < 253 && is_host(b[s - 1]) {
        s -= 1;
    }
    while s < dot && !b[s].is_ascii_alphanumeric() {
        s += 1;
    }
    if s > 0 && !matches!(b[s - 1], b' ' | b'\t' | b'\n' | b'\r' | b'(' | b'[' | b'<' | b'"' | b'\'' | b',' | b';' | b':') {
        return None;
    }
    if inside(taken, s) {
        return None;
    }
    let host = &b[s..e];
    if host_ok(host).is_none() || !named(host) {
        return None;
    }
    let second = host[..dot - s].rsplit(|&c| c == b'.').next().unwrap_or(&[]);
    let country = tld.len() == 2 && dot - s > second.len() && SECOND_LEVEL.iter().any(|t| t.eq_ignore_ascii_case(second));
    // a name of one or two letters before a generic domain is an
    // abbreviation run into a word ("pt.edu", "PT.COM")
    let short = generic && second.len() <= 2 && dot - s == second.len();
    ((generic && !short) || country).then_some((s, e))
}

/// Cisco's dotted MAC address, three groups of four hex digits, whose
/// first '.' is at `dot` ("0012.3456.789A", "aabb.ccdd.eeff"), standing
/// alone and holding a hex letter (three groups of four decimal digits
/// are some other number). Its span.
fn dotted_mac_at(b: &[u8], dot: usize) -> Option<(usize, usize)> {
    let hex4 = |p: usize| p + 4 <= b.len() && b[p..p + 4].iter().all(u8::is_ascii_hexdigit);
    if dot < 4 || !hex4(dot - 4) || b.get(dot + 5) != Some(&b'.') || !hex4(dot + 1) || !hex4(dot + 6) {
        return None;
    }
    let joined = |x: u8| x.is_ascii_alphanumeric() || matches!(x, b'_' | b':' | b'-' | b'.');
    let (s, e) = (dot - 4, dot + 10);
    let lb = if s > 0 { b[s - 1] } else { b' ' };
    let rb = b.get(e).copied().unwrap_or(b' ');
    let rb2 = b.get(e + 1).copied().unwrap_or(b' ');
    if joined(lb) || (joined(rb) && !(rb == b'.' && !rb2.is_ascii_alphanumeric())) {
        return None;
    }
    b[s..e].iter().any(u8::is_ascii_alphabetic).then_some((s, e))
}

fn is_v6(c: u8) -> bool {
    c.is_ascii_hexdigit() || c == b':' || c == b'.'
}

/// A MAC address (a device identifier) whose first separator is at `c`:
/// six pairs of hex digits joined by one separator, ':' or '-'
/// ("00:1A:2B:3C:4D:5E", "aa-bb-cc-dd-ee-ff"), standing alone. Joined by
/// '-' it must hold a hex letter (twelve decimal digits in pairs are some
/// other number). Returns its span. The ':' form is found here, from the
/// ':' pass; the '-' form from the digit scan ([`super::numeric`]), which
/// visits every MAC that holds a digit (all but one in 100,000 random
/// ones) without a pass over every '-'.
pub(super) fn mac_at(b: &[u8], c: usize) -> Option<(usize, usize)> {
    let s = c.checked_sub(2)?;
    let e = s + 17;
    if e > b.len() || !b[s].is_ascii_hexdigit() || !b[s + 1].is_ascii_hexdigit() {
        return None;
    }
    let sep = b[c];
    let m = &b[s..e];
    let ok = (0..6).all(|k| m[3 * k].is_ascii_hexdigit() && m[3 * k + 1].is_ascii_hexdigit() && (k == 5 || m[3 * k + 2] == sep));
    if !ok || (sep == b'-' && !m.iter().any(|x| x.is_ascii_alphabetic())) {
        return None;
    }
    // all ones (broadcast) and all zeros name no device
    let hex = |k: usize| &m[3 * k..3 * k + 2];
    if (0..6).all(|k| hex(k) == b"00") || (0..6).all(|k| hex(k).eq_ignore_ascii_case(b"ff")) {
        return None;
    }
    let lb = if s > 0 { b[s - 1] } else { b' ' };
    let rb = b.get(e).copied().unwrap_or(b' ');
    let rb2 = b.get(e + 1).copied().unwrap_or(b' ');
    let joined = |x: u8| x.is_ascii_alphanumeric() || matches!(x, b'_' | b':' | b'-');
    if joined(lb) || lb == b'.' || joined(rb) || (rb == b'.' && rb2.is_ascii_alphanumeric()) {
        return None;
    }
    Some((s, e))
}

/// The end of a CIDR prefix length ("/24", at most `max`) right after an
/// address ending at `e`, or `e`.
pub(super) fn cidr_end(b: &[u8], e: usize, max: u32) -> usize {
    if b.get(e) != Some(&b'/') {
        return e;
    }
    let d = digits_end(b, e + 1);
    let n = &b[e + 1..d];
    let (nx, nx2) = (b.get(d).copied().unwrap_or(b' '), b.get(d + 1).copied().unwrap_or(b' '));
    let free = !(nx.is_ascii_alphanumeric() || matches!(nx, b'/' | b'_' | b'-') || (nx == b'.' && nx2.is_ascii_alphanumeric()));
    if n.is_empty() || n.len() > 3 || (n.len() > 1 && n[0] == b'0') || num(n) > max || !free {
        return e;
    }
    d
}

/// IPv6's unspecified address "::" standing alone at `c`, as a prefix
/// ("::/0", "::/128"), named as an address ("IPv6 ::") or given as a
/// value ("src=::"): its end. Elsewhere two colons are punctuation
/// ("Plan :: follow up").
fn unspecified_at(b: &[u8], c: usize) -> Option<usize> {
    if b.get(c + 1) != Some(&b':') {
        return None;
    }
    let lb = if c > 0 { b[c - 1] } else { b' ' };
    let rb = b.get(c + 2).copied().unwrap_or(b' ');
    if lb.is_ascii_alphanumeric() || matches!(lb, b':' | b'_') || rb.is_ascii_alphanumeric() || matches!(rb, b':' | b'_' | b'%') {
        return None;
    }
    if rb == b'/' {
        let e = cidr_end(b, c + 2, 128);
        return (e > c + 2).then_some(e);
    }
    if lb == b'=' {
        return Some(c + 2);
    }
    let mut q = c;
    while q > 0 && b[q - 1] == b' ' {
        q -= 1;
    }
    let named = q < c && q >= 4 && b[q - 4..q].eq_ignore_ascii_case(b"ipv6") && (q == 4 || !b[q - 5].is_ascii_alphanumeric());
    named.then_some(c + 2)
}

/// IPv6 addresses, validated by `Ipv6Addr`; times such as "10:30:15" never
/// parse. With a zone ("fe80::1%eth0") and a prefix length ("::1/128").
/// And MAC addresses written with ':', from the same pass.
fn ipv6_and_mac(text: &str, out: &mut Vec<Finding>, taken: &[(usize, usize)]) {
    let b = text.as_bytes();
    let mut last = 0;
    let mut tick = Ticker::new(0);
    for c in memchr_checked(b':', b) {
        tick.at(c);
        if c < last || inside(taken, c) {
            continue;
        }
        if let Some((s, e)) = mac_at(b, c) {
            out.push(Finding::new(PhiType::Device, s, e, 0.9));
            last = e;
            continue;
        }
        let next = b.get(c + 1).copied().unwrap_or(b' ');
        let prev = if c > 0 { b[c - 1] } else { b' ' };
        if let Some(e) = unspecified_at(b, c) {
            out.push(Finding::new(PhiType::IpAddress, c, e, 0.85));
            last = e;
            continue;
        }
        if !(next.is_ascii_hexdigit() || next == b':') || !(prev.is_ascii_hexdigit() || prev == b':') {
            continue;
        }
        let mut s = c;
        while s > 0 && c - s < 45 && is_v6(b[s - 1]) {
            s -= 1;
        }
        let mut e = c;
        while e < b.len() && e - s < 45 && is_v6(b[e]) {
            e += 1;
        }
        last = e;
        while e > s && matches!(b[e - 1], b'.' | b':') && !b[s..e].ends_with(b"::") {
            e -= 1;
        }
        while s < e && b[s] == b'.' {
            s += 1;
        }
        let lb = if s > 0 { b[s - 1] } else { b' ' };
        let rb = b.get(e).copied().unwrap_or(b' ');
        if lb.is_ascii_alphanumeric() || rb.is_ascii_alphanumeric() || lb == b'_' || rb == b'_' {
            continue;
        }
        let cand = &text[s..e];
        let colons = cand.bytes().filter(|&x| x == b':').count();
        let has_hex_letter = cand.bytes().any(|x| x.is_ascii_alphabetic());
        // "::" (a run of zero groups) appears in no time or ratio
        if colons < 2 || !(has_hex_letter || colons >= 4 || cand.contains("::")) {
            continue;
        }
        if Ipv6Addr::from_str(cand).is_ok() {
            let mut e = e;
            // a zone: "%eth0", "%25"
            if rb == b'%' {
                let mut z = e + 1;
                while z < b.len() && z - e <= 16 && (b[z].is_ascii_alphanumeric() || b[z] == b'.') {
                    z += 1;
                }
                while z > e + 1 && b[z - 1] == b'.' {
                    z -= 1;
                }
                if z > e + 1 && b.get(z).is_none_or(|x| !x.is_ascii_alphanumeric()) {
                    e = z;
                }
            }
            let e = cidr_end(b, e, 128);
            out.push(Finding::new(PhiType::IpAddress, s, e, 0.9));
            last = last.max(e);
        }
    }
}
