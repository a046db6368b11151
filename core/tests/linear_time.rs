//! Detection does work linear in its input, and can be cancelled, on
//! inputs built to be hard: many interleaved findings of different types
//! and scores (which made overlap resolution quadratic), many "www." hosts,
//! many distinct names sharing their first letters, giant words.
//!
//! No wall-clock assertions (timings belong in `phi-bench --adversarial`):
//! the work is counted through the interrupt hook, which the engine calls
//! once per `CHECK_BYTES` bytes scanned and once per `CHECK_ITEMS` findings
//! handled. The hook is process-wide, so the tests here take turns.

use phi_core::detect::{CHECK_BYTES, CHECK_ITEMS};
use phi_core::testing::distinct_names;
use phi_core::redact::{deidentify_as_of, redact, Style};
use phi_core::{clear_interrupt_check, set_interrupt_check, CustomPattern, Detector, Finding, PhiType, DEFAULT_MIN_SCORE};
use std::cell::Cell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Mutex, MutexGuard};

/// One test at a time owns the hook.
fn hook_lock() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

thread_local! {
    static CALLS: Cell<u64> = const { Cell::new(0) };
    static PANIC_AFTER: Cell<u64> = const { Cell::new(u64::MAX) };
}

/// Counts its calls (on the calling thread) and panics once there have been
/// more than `PANIC_AFTER`.
fn counting_hook() {
    let n = CALLS.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    if n > PANIC_AFTER.with(Cell::get) {
        panic!("cancelled by the interrupt hook after {n} calls");
    }
}

/// Hook calls made by `f` on this thread.
fn calls_during<R>(f: impl FnOnce() -> R) -> (R, u64) {
    CALLS.with(|c| c.set(0));
    let r = f();
    (r, CALLS.with(Cell::get))
}

fn repeat(unit: &str, n: usize) -> String {
    unit.repeat(n)
}

/// (name, text of about `n` units) for each hard input.
fn hard_inputs(n: usize) -> Vec<(&'static str, String)> {
    vec![
        ("dob/age/zip", repeat("DOB 03/15/1885 age 104 ZIP 03601 ", n)),
        ("ssn", repeat("SSN 123-45-6789 ", n)),
        ("names", repeat("Dr. John Smith saw Mary Jones. ", n)),
        ("phones", repeat("call (555) 123-4567 or 555.987.6543 ", n)),
        ("www", repeat("www.abc.com ", n)),
        ("url parens", repeat(&format!("http://a.co/{} ", ")".repeat(200)), n / 16)),
        ("distinct names", distinct_names(n / 2)),
        ("giant word", "É".repeat(8 * n)),
        ("digits", "1234567890".repeat(3 * n)),
        // the custom pattern's matches
        ("custom ids", repeat("acct ACC-1234 x ", n)),
        // HL7: many segments, one segment of endless fields, one field of
        // endless repetitions
        ("hl7 segments", repeat("PID|1||12345^^^H^MR||DOE^JOHN||19500101\r", n)),
        ("hl7 bars", format!("PID{}", "|".repeat(16 * n))),
        ("hl7 repetitions", format!("PID|1||{}", "1234^^^^MR~".repeat(2 * n))),
        // an address's block read around every address: lines of them, and
        // one line of them (its ends are not looked for across it)
        ("address lines", repeat("Unit 6974 Box 797\nFPO AP 96633\nBrighton B67 4GX\n", n / 2)),
        ("address line", repeat("FPO AP 96633, Brighton B67 4GX; ", n / 2)),
        ("letterheads", repeat("Riverside Clinic\n12 Oak Street, Springfield, IL 62704\n", n / 2)),
        ("labelled names", repeat("POA: marco echeverria; RE: Est3ban Echeverri4 Olrnos  Postcode: CF82 8YE\n", n / 2)),
        // one table of endless rows, its columns read by the cells found
        ("name columns", repeat("555-0101 | Jamal Robinson | eoin kavanagh | MRN M4064865 | ok\n", n / 2)),
        ("number columns", repeat("x;MRN M4064865;Mary Jones;M7781234;12-34-5678;ok\n", n / 2)),
        // answers under their questions; streets in lower case
        ("replies", repeat("[10:53] Dr: what's the zip code there?\n[10:54] jo: 74894\n", n / 2)),
        ("lower streets", repeat("new adress is 6190 n sandpiper drive apt 4 ", n / 2)),
        // a dialogue's speakers opening their lines
        ("dialogue", repeat("Fatma: who is the doctor?\nheba: dr Tran\n", n / 2)),
        // a found name's words again in lower case, and a chat's speakers
        // after their stamps
        ("mentions", repeat("Harjit Kaur saw harjit and kaur, ", n / 2)),
        ("record rows", repeat("DTL120028 BAILEY       WINSTON    19561023 M 862087595 SCRN\n", n / 4)),
        ("capitals", repeat("BP HR RR ", n)),
        ("stamped speakers", repeat("[10:53] harjit: who is the doctor?\n[10:54] Fatma: dr Tran\n", n / 2)),
        // a name before every phone number; an addressee above every
        // address (each looked up among all the candidates found)
        ("contacts", repeat("Jamal 555-123-4567\n", n / 2)),
        ("addressees", repeat("SUNITA OGUNLEYE\n77 Chickadee Lane, Larkvale, OH 97097\n", n / 4)),
        // an Irish county's places read back on one endless line
        ("counties", repeat("Naas, Co. Kildare, ", n / 2)),
        // initials and surnames where a record is signed, on one line
        ("signatures", repeat("Approved: H. Kjaergaard, seen by J. Park and ", n / 4)),
        // a family's plural inside text without spaces; initials after a
        // slash on one long line; boards whose cells run over
        ("kids in CJK", format!("kids {}", "病人的kids很好".repeat(n / 2))),
        ("slashed initials", format!("08/09/2022{}", " /AB".repeat(n))),
        ("boards", format!("BED  PATIENT   AGE  RN     DR       ARR\n{}", repeat("C17   R King   15   H Edwards N O'Connor 14:30\n", n / 4))),
        // hosts without scheme that never reach a top-level domain; dotted
        // and dashed MACs that never close; "::" in a row
        ("plain hosts", format!("{} x.com", "a-b.".repeat(4 * n))),
        ("dotted macs", repeat("aabb.ccdd.eef ", n)),
        ("dashed letters", "AA-".repeat(4 * n)),
        ("colons", repeat(" :: ", 2 * n)),
        // plates beside capitals; a person's number after names
        ("plates", repeat("vehicle HYZ 569 X 12 AB 1 ", n / 2)),
        ("person numbers", repeat("interpreter A. Dee #12345 ", n / 2)),
    ]
}

fn custom_detector() -> Detector {
    Detector::new(&[CustomPattern {
        name: "acct".into(),
        kind: PhiType::Account,
        regex: r"\b[A-Z]{3}-\d{4}\b".into(),
        context_words: vec!["acct".into()],
        score: 0.9,
    }])
    .unwrap()
}

#[test]
fn hook_calls_grow_linearly_with_the_input() {
    let _g = hook_lock();
    set_interrupt_check(counting_hook);
    PANIC_AFTER.with(|p| p.set(u64::MAX));
    let det = Detector::builtin();
    let custom = custom_detector();
    for (name, _) in hard_inputs(1) {
        let mut prev: Option<(usize, u64, usize)> = None;
        for n in [8_000, 16_000, 32_000] {
            let text = hard_inputs(n).into_iter().find(|(k, _)| *k == name).unwrap().1;
            let (found, calls) = calls_during(|| det.detect(&text, DEFAULT_MIN_SCORE));
            let (_, more) = calls_during(|| custom.detect(&text, DEFAULT_MIN_SCORE));
            let (_, contains) = calls_during(|| det.contains_phi(&text, DEFAULT_MIN_SCORE));
            // every recognizer reports at least once per CHECK_BYTES bytes
            // it scans
            let floor = (text.len() / CHECK_BYTES) as u64;
            assert!(calls >= floor, "{name} n={n}: {calls} calls for {} bytes", text.len());
            assert!(more >= floor && contains >= floor, "{name} n={n}: {more} / {contains} calls");
            // and, with the findings handled, no more than a constant per
            // byte and per finding: the checks measure work done
            let work = (text.len() / CHECK_BYTES + found.len() / CHECK_ITEMS) as u64;
            eprintln!("{name} n={n}: bytes {} findings {} calls {calls} custom {more} contains {contains} work {work}", text.len(), found.len());
            assert!(calls <= 40 * work + 40, "{name} n={n}: {calls} calls for {work} units of work");
            if let Some((len0, calls0, found0)) = prev {
                // twice the text: twice the findings, about twice the calls
                assert!(found.len() <= 2 * found0 + 2, "{name}: {} then {} findings", found0, found.len());
                let ratio = calls as f64 / calls0 as f64;
                let len_ratio = text.len() as f64 / len0 as f64;
                assert!(
                    ratio > 0.6 * len_ratio && ratio < 1.6 * len_ratio,
                    "{name} n={n}: {calls0} then {calls} hook calls for {len0} then {} bytes",
                    text.len()
                );
            }
            prev = Some((text.len(), calls, found.len()));
        }
    }
    clear_interrupt_check();
}

/// Findings and redactions of `text`, hook or not.
fn outputs(det: &Detector, text: &str) -> (Vec<Finding>, bool, String, String) {
    let f = det.detect(text, DEFAULT_MIN_SCORE);
    let c = det.contains_phi(text, DEFAULT_MIN_SCORE);
    let r = redact(text, &f, Style::Tag, None);
    let d = deidentify_as_of(text, &f, 2025);
    (f, c, r, d)
}

#[test]
fn a_panicking_hook_cancels_and_leaves_the_engine_usable() {
    let _g = hook_lock();
    clear_interrupt_check();
    let builtin = Detector::builtin();
    let custom = custom_detector();
    let inputs = hard_inputs(4_000);
    // the reference: no hook
    let want: Vec<_> = inputs.iter().map(|(_, t)| (outputs(builtin, t), outputs(&custom, t))).collect();

    set_interrupt_check(counting_hook);
    let quiet = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut cancelled = 0;
    for (i, (name, text)) in inputs.iter().enumerate() {
        // cancel at different points of the work: early, in the middle of
        // the recognizers, during overlap resolution, near the end
        let (_, total) = calls_during(|| builtin.detect(text, DEFAULT_MIN_SCORE));
        for k in [0, 1, total / 3, total / 2, total.saturating_sub(2)] {
            for det in [builtin, &custom] {
                PANIC_AFTER.with(|p| p.set(k));
                CALLS.with(|c| c.set(0));
                let r = catch_unwind(AssertUnwindSafe(|| det.detect(text, DEFAULT_MIN_SCORE)));
                if k < total {
                    assert!(r.is_err(), "{name}: a hook panicking after {k} of {total} calls did not cancel detect");
                    cancelled += 1;
                }
                PANIC_AFTER.with(|p| p.set(k));
                CALLS.with(|c| c.set(0));
                let r = catch_unwind(AssertUnwindSafe(|| det.contains_phi(text, DEFAULT_MIN_SCORE)));
                if r.is_err() {
                    cancelled += 1;
                }
                // the next calls, with a hook that lets them finish, give
                // what they gave before
                PANIC_AFTER.with(|p| p.set(u64::MAX));
                let got = outputs(det, text);
                let reference = if std::ptr::eq(det, builtin) { &want[i].0 } else { &want[i].1 };
                assert!(got == *reference, "{name}: results changed after a cancelled call (k = {k})");
            }
        }
    }
    std::panic::set_hook(quiet);
    assert!(cancelled > 40, "only {cancelled} calls were cancelled");
    clear_interrupt_check();
    // and with no hook at all
    for (i, (_, text)) in inputs.iter().enumerate() {
        assert!(outputs(builtin, text) == want[i].0);
    }
}

#[test]
fn a_short_note_makes_no_hook_call() {
    let _g = hook_lock();
    set_interrupt_check(counting_hook);
    PANIC_AFTER.with(|p| p.set(0));
    // every call would panic: none is made on a note far below CHECK_BYTES
    let t = "Patient John Smith, DOB 03/15/1985, SSN 123-45-6789, seen at 1428 Elm Street, Springfield, IL 62704.";
    let f = Detector::builtin().detect(t, DEFAULT_MIN_SCORE);
    assert!(f.len() >= 4);
    assert!(Detector::builtin().contains_phi(t, DEFAULT_MIN_SCORE));
    PANIC_AFTER.with(|p| p.set(u64::MAX));
    clear_interrupt_check();
}
