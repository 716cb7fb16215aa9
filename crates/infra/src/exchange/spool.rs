//! Uploads spooled to disk as they arrive: private files named for the process that wrote
//! them, removed on every way out, and swept after a crash when their process is gone.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use portrait_domain::DomainError;
use portrait_domain::error::DomainResult;
use portrait_domain::exchange::{ImportFile, Upload, UploadSpool};
use portrait_domain::jobs::{JobHolder, Liveness, ProcessProbe, liveness};

use super::csv_file::CsvFile;

/// Writes an upload to a file in `dir` as its chunks arrive; the file is removed unless
/// [`Spool::finish`] hands it over (and the [`CsvFile`] it becomes is removed when dropped),
/// so every way out — done, refused, failed, shut down, panicked — removes it. Only this
/// process may read it (0600), and its name carries this process's holder
/// (`upload-<host>_<pid>_<scope>_<nonce>-<random>.csv`): after a crash, [`sweep_spools`]
/// tells a dead process's files from a live one's.
pub struct Spool {
    writer: Option<BufWriter<File>>,
    path: PathBuf,
    written: u64,
}

const SPOOL_PREFIX: &str = "upload-";
const SPOOL_SUFFIX: &str = ".csv";

/// The holder in a spool file's name; `None` for any other name (or an older server's
/// `upload-<random>.csv`).
fn spool_owner(name: &str) -> Option<JobHolder> {
    let stem = name.strip_prefix(SPOOL_PREFIX)?.strip_suffix(SPOOL_SUFFIX)?;
    let (holder, _random) = stem.rsplit_once('-')?;
    JobHolder::parse_joined(holder, '_')
}

impl Spool {
    /// # Errors
    /// When the directory or file cannot be created.
    pub fn create(dir: &Path) -> std::io::Result<Self> {
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)?;
        let owner = crate::process::this_process().joined('_');
        let path = dir.join(format!("{SPOOL_PREFIX}{owner}-{}{SPOOL_SUFFIX}", uuid::Uuid::new_v4().simple()));
        let file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(&path)?;
        Ok(Self { writer: Some(BufWriter::with_capacity(256 * 1024, file)), path, written: 0 })
    }

    /// # Errors
    /// Write failures (a full disk).
    pub fn write(&mut self, chunk: &[u8]) -> std::io::Result<()> {
        self.written += chunk.len() as u64;
        match &mut self.writer {
            Some(w) => w.write_all(chunk),
            None => Ok(()),
        }
    }

    /// Bytes received so far.
    #[must_use]
    pub fn len(&self) -> u64 {
        self.written
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.written == 0
    }

    /// # Errors
    /// When the data cannot be flushed to disk.
    pub fn finish(mut self) -> std::io::Result<CsvFile> {
        if let Some(mut writer) = self.writer.take() {
            writer.flush()?;
        }
        let path = std::mem::take(&mut self.path);
        Ok(CsvFile { path, remove_on_drop: true })
    }
}

/// Uploads spooled to files in one directory (`<data dir>/imports`): the [`UploadSpool`]
/// the server uses.
#[derive(Debug, Clone)]
pub struct SpoolDir(pub PathBuf);

impl UploadSpool for SpoolDir {
    fn create(&self) -> DomainResult<Box<dyn Upload>> {
        Ok(Box::new(Spool::create(&self.0).map_err(spooling)?))
    }
}

fn spooling(e: std::io::Error) -> DomainError {
    DomainError::internal(format!("spooling an upload: {e}"))
}

impl Upload for Spool {
    fn write(&mut self, chunk: &[u8]) -> DomainResult<()> {
        Spool::write(self, chunk).map_err(spooling)
    }

    fn received(&self) -> u64 {
        self.len()
    }

    fn finish(self: Box<Self>) -> DomainResult<Arc<dyn ImportFile>> {
        Ok(Arc::new(Spool::finish(*self).map_err(spooling)?))
    }
}

impl Drop for Spool {
    fn drop(&mut self) {
        self.writer.take();
        if !self.path.as_os_str().is_empty() {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// No upload or import lasts this long: a spool file untouched for a day is left over,
/// whoever wrote it (another host's on a shared volume, or an older server's).
const LEFT_OVER: Duration = Duration::from_secs(24 * 3600);

/// Removes the spool files in `dir` left by processes that no longer run (judged as the job
/// lock's holders are, see [`liveness`]) and any untouched for a day; answers how many.
/// A live process's current uploads are kept.
#[must_use]
pub fn sweep_spools(dir: &Path, processes: &dyn ProcessProbe) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.starts_with(SPOOL_PREFIX) || !name.ends_with(SPOOL_SUFFIX) {
            continue;
        }
        let dead = spool_owner(&name).is_some_and(|owner| liveness(processes, &owner.to_string()) == Liveness::Dead);
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|modified| SystemTime::now().duration_since(modified).ok())
            .is_some_and(|age| age > LEFT_OVER);
        if (dead || old) && std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spool_file_is_private_named_for_this_process_and_removed_on_every_way_out() {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("portrait-spool-{}", uuid::Uuid::new_v4().simple()));
        let mut spool = Spool::create(&dir).unwrap_or_else(|e| panic!("{e}"));
        spool.write(b"username\n").unwrap_or_else(|e| panic!("{e}"));
        let path = spool.path.clone();
        let mode = std::fs::metadata(&path).map(|m| m.permissions().mode() & 0o777).unwrap_or_default();
        assert_eq!(mode, 0o600, "only this process reads an upload");
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        assert_eq!(spool_owner(&name).as_ref(), Some(crate::process::this_process()));
        drop(spool);
        assert!(!path.exists(), "an upload refused half-way is removed");
        let panicked = std::thread::spawn({
            let dir = dir.clone();
            move || {
                let file = Spool::create(&dir).and_then(Spool::finish).unwrap_or_else(|e| panic!("{e}"));
                panic!("a job panics holding {}", file.path().display());
            }
        })
        .join();
        assert!(panicked.is_err());
        assert_eq!(std::fs::read_dir(&dir).map(Iterator::count).unwrap_or(1), 0, "a panic removes it too");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_sweep_removes_a_dead_processs_spool_files_and_keeps_a_live_ones() {
        let dir = std::env::temp_dir().join(format!("portrait-sweep-{}", uuid::Uuid::new_v4().simple()));
        let live = Spool::create(&dir).and_then(Spool::finish).unwrap_or_else(|e| panic!("{e}"));
        let me = crate::process::this_process();
        let dead = JobHolder { nonce: "0123456789ab".into(), ..me.clone() };
        let dead_file = dir.join(format!("upload-{}-{}.csv", dead.joined('_'), uuid::Uuid::new_v4().simple()));
        let other_host = dir.join(format!("upload-elsewhere_7_s_n-{}.csv", uuid::Uuid::new_v4().simple()));
        for path in [&dead_file, &other_host] {
            std::fs::write(path, "x").unwrap_or_else(|e| panic!("{e}"));
        }
        let removed = sweep_spools(&dir, &crate::process::LocalProcesses);
        if !me.scope.is_empty() {
            assert_eq!(removed, 1);
            assert!(!dead_file.exists(), "an earlier process's upload goes");
        }
        assert!(live.path().exists(), "this process's upload stays");
        assert!(other_host.exists(), "another host's stays until it is a day old");
        drop(live);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
