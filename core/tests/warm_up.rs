//! `detect::warm_up` builds every lazily-built table up front. Its own test
//! binary (so its own process): nothing else has touched the tables yet.

use phi_core::detect::{tables_built, warm_up};
use phi_core::{Detector, DEFAULT_MIN_SCORE};

#[test]
fn warm_up_builds_every_table_and_detection_is_unchanged() {
    let (built, total) = tables_built();
    assert!(total >= 10, "expected the detector's tables to be listed, got {total}");
    assert_eq!(built, 0, "a fresh process has built no table yet");
    warm_up();
    assert_eq!(tables_built(), (total, total));
    warm_up(); // idempotent
    let f = Detector::builtin().detect("Dr. Jane Doe, SSN 123-45-6789, 12 Main St, Boston, MA 02114", DEFAULT_MIN_SCORE);
    let kinds: Vec<&str> = f.iter().map(|f| f.kind.as_str()).collect();
    assert_eq!(kinds, ["name", "ssn", "address"]);
}
