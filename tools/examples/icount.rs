// Instruction-count harness (run under valgrind --tool=callgrind): detects
// every note of a synthetic corpus once.
fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(300);
    let notes = phi_tools::generate(42, n);
    let d = phi_core::Detector::builtin();
    let mut k = 0;
    for note in &notes {
        k += d.detect(&note.text, 0.5).len();
    }
    println!("{k}");
}
