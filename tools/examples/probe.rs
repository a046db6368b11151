use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let d = phi_core::Detector::builtin();
    for t in s.split("\n---\n") {
        println!("== {}", t.trim().replace('\n', "⏎"));
        for f in d.detect(t, 0.0) {
            println!("   {:?} {:.2} {:?}", f.kind, f.score, &t[f.start..f.end]);
        }
    }
}
