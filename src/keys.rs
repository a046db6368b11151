//! Key management glue: where the master key comes from, where data keys
//! live (`phi.keys`, wrapped), and the per-backend cache of unwrapped keys.
//!
//! * The master key (KEK) is read from `phi.master_key_file` (a 0600 file
//!   outside the data directory) or from the output of
//!   `phi.master_key_command`; both GUCs are superuser-only and hidden from
//!   other roles. Nothing configured: every operation that needs a key fails
//!   with `55000` naming the GUCs. Never a plaintext fallback.
//! * Data keys are 256-bit random, one row per (key id, version) in
//!   `phi.keys`, wrapped by the KEK. Key id 1 seals values and is rotated by
//!   `phi.rotate_key()`; key id 2 keys blind indexes and key id 3 keys
//!   pseudonyms (both stable, since rotating them would change every index
//!   entry and token). Version 1 of each is created by `phi.init_keys()`,
//!   an explicit step: never by a read, which must work in a read-only
//!   transaction, in a parallel worker and on a standby; and not by
//!   `CREATE EXTENSION`, so a `pg_dump` restore brings back the dumped keys
//!   into an empty `phi.keys`.
//! * Unwrapped keys are cached per backend as ciphers whose key schedules are
//!   zeroized on drop. A relcache callback on `phi.keys` drops the cache when
//!   any backend rotates, retires or re-wraps a key; a change of the master
//!   key GUCs drops it at the next statement.
//! * `phi.keys` is readable by no one but its owner; the backend reads it as
//!   the bootstrap superuser through [`crate::privilege`] (what a SECURITY
//!   DEFINER function with a pinned `search_path` does), so ordinary roles
//!   can encrypt without seeing wrapped keys.
//! * The master key stays cached (zeroized on drop) for the backend's life
//!   once read: re-reading it on every cache miss would run
//!   `phi.master_key_command` (a KMS round trip) per rotation seen. A
//!   change of either GUC drops it at the next statement.

use crate::error::PhiError;
use crate::gucs;
use crate::privilege::{as_extension_owner, sql};
use crate::watch;
use phi_core::crypto::keys::{self as k, Key};
use phi_core::crypto::Aes256Gcm;
use pgrx::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::CString;
use std::rc::Rc;

pub const DATA_KEY: u32 = 1;
pub const BLIND_INDEX_KEY: u32 = 2;
pub const PSEUDONYM_KEY: u32 = 3;

pub fn purpose(key_id: u32) -> &'static str {
    match key_id {
        DATA_KEY => "data",
        BLIND_INDEX_KEY => "blind_index",
        PSEUDONYM_KEY => "pseudonym",
        _ => "unknown",
    }
}

/// Where the master key comes from, as configured.
#[derive(Clone, PartialEq, Eq)]
enum Source {
    File(String),
    Command(String),
}

fn configured_source() -> Option<Source> {
    let nonempty = |s: Option<CString>| s.map(|c| c.to_string_lossy().into_owned()).filter(|s| !s.trim().is_empty());
    if let Some(f) = nonempty(gucs::master_key_file()) {
        return Some(Source::File(f));
    }
    nonempty(gucs::master_key_command()).map(Source::Command)
}

/// Names a key file in an error only for superusers (the GUC is hidden from
/// everyone else).
fn shown_path(path: &str) -> String {
    if unsafe { pg_sys::superuser() } {
        format!(" \"{path}\"")
    } else {
        String::new()
    }
}

fn read_master_key(src: &Source) -> Result<Key, PhiError> {
    let raw = zeroize::Zeroizing::new(match src {
        Source::File(path) => read_key_file(path)?,
        Source::Command(cmd) => run_key_command(cmd)?,
    });
    k::parse_master_key(&raw).map_err(PhiError::BadMasterKey)
}

fn read_key_file(path: &str) -> Result<Vec<u8>, PhiError> {
    use std::os::unix::fs::PermissionsExt;
    let shown = shown_path(path);
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => PhiError::KeyFileMissing(shown.clone()),
        _ => PhiError::KeyFileUnreadable { path: shown.clone(), reason: e.to_string() },
    })?;
    if !meta.is_file() {
        return Err(PhiError::KeyFileNotRegular(shown));
    }
    let mode = meta.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(PhiError::KeyFilePermissions(shown, mode));
    }
    // Refuse a key inside the data directory: base backups would carry it.
    let data_dir = unsafe { std::ffi::CStr::from_ptr(pg_sys::DataDir) }.to_string_lossy().into_owned();
    if let (Ok(f), Ok(d)) = (std::fs::canonicalize(path), std::fs::canonicalize(&data_dir)) {
        if f.starts_with(&d) {
            return Err(PhiError::KeyFileInDataDir(shown));
        }
    }
    std::fs::read(path).map_err(|e| PhiError::KeyFileUnreadable { path: shown, reason: e.to_string() })
}

fn run_key_command(cmd: &str) -> Result<Vec<u8>, PhiError> {
    let out = std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(cmd)
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .map_err(|e| PhiError::KeyCommandFailed(e.to_string()))?;
    if !out.status.success() {
        return Err(PhiError::KeyCommandFailed(out.status.to_string()));
    }
    Ok(out.stdout)
}

/// Per-backend key state.
#[derive(Default)]
struct Cache {
    /// The source the cached keys were unwrapped with, and when it was last
    /// compared with the GUCs (statement start time + local xid).
    source: Option<Source>,
    checked_at: (i64, u32),
    kek: Option<Rc<Key>>,
    /// A handful of entries at most: a linear scan beats hashing.
    ciphers: Vec<((u32, u32), Rc<Aes256Gcm>)>,
    macs: HashMap<u32, Rc<Key>>,
    current: std::collections::BTreeMap<u32, u32>,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

/// Drops cached keys when `phi.keys` changed or, once per statement, when
/// the master key GUCs changed.
fn revalidate(c: &mut Cache) {
    if watch::KEYS.take_dirty() {
        c.ciphers.clear();
        c.macs.clear();
        c.current.clear();
    }
    let stamp = watch::statement_stamp();
    if c.checked_at != stamp {
        c.checked_at = stamp;
        let src = configured_source();
        if src != c.source {
            c.source = src;
            c.kek = None;
            c.ciphers.clear();
            c.macs.clear();
        }
    }
}

fn kek(c: &mut Cache) -> Result<Rc<Key>, PhiError> {
    if let Some(k) = &c.kek {
        return Ok(k.clone());
    }
    let src = c.source.clone().ok_or(PhiError::NoMasterKey)?;
    let key = Rc::new(read_master_key(&src)?);
    c.kek = Some(key.clone());
    Ok(key)
}

/// One row of `phi.keys`.
struct KeyRow {
    version: u32,
    wrapped: Option<Vec<u8>>,
    fingerprint: String,
}

fn fetch(key_id: u32, version: Option<u32>) -> Result<Option<KeyRow>, PhiError> {
    as_extension_owner(|| {
        Spi::connect(|client| -> Result<Option<KeyRow>, PhiError> {
            watch::KEYS.lookup(&client, "phi.keys").map_err(spi)?.ok_or(PhiError::KeysTableMissing)?;
            let q = match version {
                Some(_) => sql::KEY_VERSION,
                None => sql::KEY_CURRENT,
            };
            let args: Vec<pgrx::datum::DatumWithOid> = match version {
                Some(v) => vec![(key_id as i32).into(), (v as i32).into()],
                None => vec![(key_id as i32).into()],
            };
            let Some(row) = client.select(q, None, &args).map_err(spi)?.next() else {
                return Ok(None);
            };
            Ok(Some(KeyRow {
                version: row.get::<i32>(1).map_err(spi)?.unwrap_or(0) as u32,
                wrapped: row.get::<Vec<u8>>(2).map_err(spi)?,
                fingerprint: row.get::<String>(3).map_err(spi)?.unwrap_or_default(),
            }))
        })
    })
}

fn spi(e: pgrx::spi::SpiError) -> PhiError {
    PhiError::Catalog("phi.keys", e.to_string())
}

/// Inserts a new wrapped key version; returns whether it was inserted.
/// With `if_absent`, a concurrent creator winning the race is not an error
/// (and this call inserted nothing).
fn insert_version(kek: &Key, key_id: u32, version: u32, if_absent: bool) -> Result<bool, PhiError> {
    let dek = k::generate_key();
    let wrapped = k::wrap(kek, key_id, version, &dek);
    let fp = k::hex(&k::fingerprint(kek));
    let inserted = as_extension_owner(move || {
        Spi::connect_mut(|client| -> Result<bool, PhiError> {
            let q = if if_absent { sql::KEY_INSERT_IF_ABSENT } else { sql::KEY_INSERT };
            let inserted = client
                .update(
                    q,
                    None,
                    &[
                        (key_id as i32).into(),
                        (version as i32).into(),
                        purpose(key_id).into(),
                        wrapped.into(),
                        fp.into(),
                    ],
                )
                .map_err(spi)?
                .len();
            Ok(!if_absent || inserted > 0)
        })
    })?;
    watch::KEYS.mark_dirty();
    Ok(inserted)
}

fn unwrap_row(c: &mut Cache, key_id: u32, row: &KeyRow) -> Result<Key, PhiError> {
    let Some(wrapped) = &row.wrapped else {
        return Err(PhiError::RetiredKey(key_id, row.version));
    };
    let kek = kek(c)?;
    k::unwrap(&kek, key_id, row.version, wrapped).map_err(|e| match e {
        k::KeyError::UnwrapFailed => PhiError::WrongMasterKey {
            key_id,
            version: row.version,
            wrapped_by: row.fingerprint.clone(),
            configured: k::hex(&k::fingerprint(&kek)),
        },
        reason => PhiError::BadWrappedKey { key_id, version: row.version, reason },
    })
}

/// The cipher for data key (`key_id`, `version`). Only the data key id
/// seals values: a header naming a MAC key id is refused before any lookup.
pub fn cipher(key_id: u32, version: u32) -> Result<Rc<Aes256Gcm>, PhiError> {
    if key_id != DATA_KEY {
        return Err(PhiError::NotADataKey(key_id));
    }
    CACHE.with(|cell| {
        let mut c = cell.borrow_mut();
        revalidate(&mut c);
        if let Some((_, ci)) = c.ciphers.iter().find(|(k, _)| *k == (key_id, version)) {
            return Ok(ci.clone());
        }
        let row = fetch(key_id, Some(version))?.ok_or(PhiError::UnknownKey(key_id, version))?;
        let dek = unwrap_row(&mut c, key_id, &row)?;
        let ci = Rc::new(k::cipher(&dek));
        c.ciphers.push(((key_id, version), ci.clone()));
        Ok(ci)
    })
}

/// The current version of `key_id` and its cipher. Never creates a key:
/// reads work in read-only transactions and on standbys.
pub fn current(key_id: u32) -> Result<(u32, Rc<Aes256Gcm>), PhiError> {
    // Fast path (every row of an INSERT or a re-encryption): one borrow,
    // one validation, a lookup in two short lists.
    let hit = CACHE.with(|cell| {
        let mut c = cell.borrow_mut();
        revalidate(&mut c);
        let v = *c.current.get(&key_id)?;
        c.ciphers.iter().find(|(k, _)| *k == (key_id, v)).map(|(_, ci)| (v, ci.clone()))
    });
    if let Some(hit) = hit {
        return Ok(hit);
    }
    let v = CACHE.with(|cell| -> Result<u32, PhiError> {
        let mut c = cell.borrow_mut();
        revalidate(&mut c);
        if let Some(v) = c.current.get(&key_id) {
            return Ok(*v);
        }
        let row = fetch(key_id, None)?.ok_or(PhiError::NoKey(purpose(key_id)))?;
        c.current.insert(key_id, row.version);
        Ok(row.version)
    })?;
    Ok((v, cipher(key_id, v)?))
}

/// The raw key of a MAC key id (blind index, pseudonym): version 1.
pub fn mac_key(key_id: u32) -> Result<Rc<Key>, PhiError> {
    CACHE.with(|cell| {
        let mut c = cell.borrow_mut();
        revalidate(&mut c);
        if let Some(key) = c.macs.get(&key_id) {
            return Ok(key.clone());
        }
        let row = fetch(key_id, Some(1))?.ok_or(PhiError::NoKey(purpose(key_id)))?;
        let key = Rc::new(unwrap_row(&mut c, key_id, &row)?);
        c.macs.insert(key_id, key.clone());
        Ok(key)
    })
}

/// Adds a new version of the data key and makes it current. Returns it.
pub fn rotate() -> Result<u32, PhiError> {
    let (cur, _) = current(DATA_KEY)?;
    let kek = CACHE.with(|cell| kek(&mut cell.borrow_mut()))?;
    let next = cur + 1;
    insert_version(&kek, DATA_KEY, next, false)?;
    Ok(next)
}

/// Re-wraps every stored data key under the master key read from
/// `new_source` (a file path or a command); data and ciphertext untouched.
/// Returns the number of keys re-wrapped and the new key's fingerprint.
pub fn rewrap(new_file: Option<&str>, new_command: Option<&str>) -> Result<(i64, String), PhiError> {
    // Reading a named file or running a command happens as the server's OS
    // user: never on behalf of a non-superuser, whatever was granted.
    // SAFETY: a catalog check on backend state.
    if !unsafe { pg_sys::superuser() } {
        return Err(PhiError::SuperuserOnly("phi.rotate_master_key"));
    }
    let new_src = match (new_file, new_command) {
        (Some(f), None) if !f.trim().is_empty() => Source::File(f.to_string()),
        (None, Some(c)) if !c.trim().is_empty() => Source::Command(c.to_string()),
        _ => return Err(PhiError::RewrapSource),
    };
    let new_kek = read_master_key(&new_src)?;
    let new_fp = k::hex(&k::fingerprint(&new_kek));
    let rows: Vec<(u32, u32, Vec<u8>, String)> = as_extension_owner(|| {
        // FOR UPDATE: a concurrent rotate_key or re-wrap waits for us.
        Spi::connect_mut(|client| -> Result<Vec<(u32, u32, Vec<u8>, String)>, PhiError> {
            let mut out = Vec::new();
            for row in client
                .update(sql::KEYS_TO_REWRAP, None, &[])
                .map_err(spi)?
            {
                out.push((
                    row.get::<i32>(1).map_err(spi)?.unwrap_or(0) as u32,
                    row.get::<i32>(2).map_err(spi)?.unwrap_or(0) as u32,
                    row.get::<Vec<u8>>(3).map_err(spi)?.unwrap_or_default(),
                    row.get::<String>(4).map_err(spi)?.unwrap_or_default(),
                ));
            }
            Ok(out)
        })
    })?;
    let mut rewrapped = Vec::with_capacity(rows.len());
    CACHE.with(|cell| -> Result<(), PhiError> {
        let mut c = cell.borrow_mut();
        revalidate(&mut c);
        for (key_id, version, wrapped, fp) in &rows {
            let row = KeyRow { version: *version, wrapped: Some(wrapped.clone()), fingerprint: fp.clone() };
            let dek = unwrap_row(&mut c, *key_id, &row)?;
            rewrapped.push((*key_id, *version, k::wrap(&new_kek, *key_id, *version, &dek)));
        }
        Ok(())
    })?;
    let n = rewrapped.len() as i64;
    let fp = new_fp.clone();
    as_extension_owner(move || {
        Spi::connect_mut(|client| -> Result<(), PhiError> {
            for (key_id, version, w) in rewrapped {
                client
                    .update(
                        sql::KEY_REWRAP,
                        None,
                        &[(key_id as i32).into(), (version as i32).into(), w.into(), fp.clone().into()],
                    )
                    .map_err(spi)?;
            }
            Ok(())
        })
    })?;
    watch::KEYS.mark_dirty();
    Ok((n, new_fp))
}

/// Fingerprint of the configured master key (a key check value, not key
/// material), or an error saying why there is none.
pub fn master_key_fingerprint() -> Result<String, PhiError> {
    CACHE.with(|cell| {
        let mut c = cell.borrow_mut();
        revalidate(&mut c);
        let kek = kek(&mut c)?;
        Ok(k::hex(&k::fingerprint(&kek)))
    })
}

/// Fingerprint of the configured master key; errors say what is wrong
/// with the configuration. For operators checking their setup.
#[pg_extern(volatile, parallel_unsafe, name = "master_key_fingerprint")]
fn master_key_fingerprint_sql() -> Result<String, pgrx::pg_sys::panic::ErrorReport> {
    Ok(master_key_fingerprint()?)
}

/// Creates version 1 of every key id that has none; returns one row per
/// key id saying whether it was created now.
pub fn init_keys() -> Result<Vec<(u32, u32, bool)>, PhiError> {
    let kek = CACHE.with(|cell| {
        let mut c = cell.borrow_mut();
        revalidate(&mut c);
        kek(&mut c)
    })?;
    let mut out = Vec::new();
    for key_id in [DATA_KEY, BLIND_INDEX_KEY, PSEUDONYM_KEY] {
        match fetch(key_id, None)? {
            // an existing key must open under the configured master key:
            // a wrong key is found now, not at the first read
            Some(row) => {
                CACHE.with(|cell| unwrap_row(&mut cell.borrow_mut(), key_id, &row))?;
                out.push((key_id, row.version, false));
            }
            None => {
                let created = insert_version(&kek, key_id, 1, true)?;
                out.push((key_id, 1, created));
            }
        }
    }
    Ok(out)
}

/// `phi.init_keys()`: creates the database's data key, blind-index key and
/// pseudonym key (version 1 of each) under the configured master key, once;
/// later calls create nothing. Run by a superuser after `CREATE EXTENSION`
/// (not granted to PUBLIC).
#[pg_extern(volatile, parallel_unsafe, name = "init_keys")]
fn init_keys_sql() -> Result<
    TableIterator<'static, (name!(key_id, i32), name!(purpose, String), name!(version, i32), name!(created, bool))>,
    pgrx::pg_sys::panic::ErrorReport,
> {
    let rows = init_keys()?;
    Ok(TableIterator::new(
        rows.into_iter().map(|(id, v, created)| (id as i32, purpose(id).to_string(), v as i32, created)),
    ))
}
