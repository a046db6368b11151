//! Nonces and keys from the operating system's CSPRNG, buffered: one
//! `getrandom` call yields 4 KiB (341 nonces) instead of a system call per
//! sealed value. The buffer is per thread and remembers the fork generation
//! it was filled in (a `pthread_atfork` child handler bumps it), so a fork
//! (PostgreSQL starts every backend by forking the postmaster) can never
//! hand the same bytes to two processes: a child discards what it
//! inherited. Bytes are wiped as they are handed out.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Once;
use zeroize::Zeroize;

/// Bumped in every child process right after a fork.
static FORKS: AtomicU64 = AtomicU64::new(1);
static ATFORK: Once = Once::new();

extern "C" fn after_fork_in_child() {
    FORKS.fetch_add(1, Ordering::SeqCst);
}

fn generation() -> u64 {
    ATFORK.call_once(|| {
        // SAFETY: registers a handler that only touches an atomic.
        let rc = unsafe { libc::pthread_atfork(None, None, Some(after_fork_in_child)) };
        assert_eq!(rc, 0, "pthread_atfork failed");
    });
    FORKS.load(Ordering::SeqCst)
}

const BUF: usize = 4096;

struct Pool {
    generation: u64,
    at: usize,
    buf: [u8; BUF],
}

thread_local! {
    static POOL: RefCell<Pool> = const { RefCell::new(Pool { generation: 0, at: BUF, buf: [0; BUF] }) };
}

/// Fills `out` with cryptographically secure random bytes.
pub fn fill(out: &mut [u8]) {
    if out.len() > BUF / 4 {
        getrandom::getrandom(out).expect("operating system random number generator failed");
        return;
    }
    POOL.with(|p| {
        let mut p = p.borrow_mut();
        let g = generation();
        if p.generation != g || p.at + out.len() > BUF {
            getrandom::getrandom(&mut p.buf).expect("operating system random number generator failed");
            p.generation = g;
            p.at = 0;
        }
        let at = p.at;
        out.copy_from_slice(&p.buf[at..at + out.len()]);
        p.buf[at..at + out.len()].zeroize();
        p.at += out.len();
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn no_repeats_across_refills() {
        let mut seen = HashSet::new();
        for _ in 0..5000 {
            let mut n = [0u8; 12];
            fill(&mut n);
            assert!(seen.insert(n), "nonce repeated");
        }
    }

    #[test]
    fn a_forked_child_does_not_reuse_the_parents_buffer() {
        let mut warm = [0u8; 12];
        fill(&mut warm); // the parent's pool is now filled
        let mut fds = [0i32; 2];
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        let pid = unsafe { libc::fork() };
        assert!(pid >= 0, "fork failed");
        if pid == 0 {
            let mut n = [0u8; 12];
            fill(&mut n);
            unsafe {
                let w = libc::write(fds[1], n.as_ptr().cast(), 12);
                libc::_exit(if w == 12 { 0 } else { 1 });
            }
        }
        let mut child = [0u8; 12];
        let mut status = 0;
        let got = unsafe {
            // the parent's write end closed: a child that dies without
            // writing ends the read (0 bytes) instead of blocking it
            libc::close(fds[1]);
            let got = libc::read(fds[0], child.as_mut_ptr().cast(), 12);
            libc::close(fds[0]);
            assert_eq!(libc::waitpid(pid, &mut status, 0), pid);
            got
        };
        // a child that died before writing its nonce fails here, not later
        assert_eq!(got, 12, "the child wrote no nonce");
        assert!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0, "child status {status}");
        let mut parent = [0u8; 12];
        fill(&mut parent);
        assert_ne!(child, parent, "child and parent drew the same nonce");
    }

    #[test]
    fn large_requests_bypass_the_pool() {
        let mut a = [0u8; 2048];
        let mut b = [0u8; 2048];
        fill(&mut a);
        fill(&mut b);
        assert_ne!(a, b);
    }
}
