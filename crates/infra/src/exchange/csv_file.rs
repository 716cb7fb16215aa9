//! CSV files to import: an upload spooled to disk as it arrives, then read back record by
//! record (a byte-order mark skipped, cells checked for UTF-8) as often as needed.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use portrait_domain::DomainError;
use portrait_domain::error::DomainResult;
use portrait_domain::exchange::{ImportFile, RawRecord, RecordSource, Upload, UploadSpool};
use portrait_domain::jobs::{JobHolder, Liveness, ProcessProbe, liveness};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A CSV file on disk; removed when dropped if it was a spooled upload.
#[derive(Debug)]
pub struct CsvFile {
    path: PathBuf,
    remove_on_drop: bool,
}

impl CsvFile {
    /// A file the operator owns (the CLI): read, never removed.
    #[must_use]
    pub fn existing(path: &Path) -> Self {
        Self { path: path.to_owned(), remove_on_drop: false }
    }

    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for CsvFile {
    fn drop(&mut self) {
        if self.remove_on_drop {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

impl ImportFile for CsvFile {
    fn open(&self) -> DomainResult<Box<dyn RecordSource>> {
        let file = File::open(&self.path).map_err(|e| DomainError::internal(format!("cannot open {}: {e}", self.path.display())))?;
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        let mut buffered = BufReader::with_capacity(256 * 1024, file);
        let starts_with_bom = buffered.fill_buf().map(|b| b.starts_with(BOM)).map_err(DomainError::internal)?;
        if starts_with_bom {
            buffered.consume(BOM.len());
        }
        let consumed = if starts_with_bom { BOM.len() as u64 } else { 0 };
        let lines = LfReader { inner: buffered, state: LineState::default(), out: Vec::new(), pos: 0, consumed };
        let reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(lines);
        Ok(Box::new(CsvRecords { reader, size, record: csv::ByteRecord::new() }))
    }
}

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

/// Normalises line ends before the CSV parser sees them, so its line numbers are right:
/// the `csv` crate counts lines only at `\n`, starts a record on the `\n` of a CRLF
/// (rust-csv issue 395) and numbers a record after blank lines from the first blank one.
/// So CRLF and lone CR become LF, and a blank line gets a space (a one-blank-cell record,
/// skipped by [`CsvRecords`]). Counts the bytes read, for progress.
struct LfReader<R> {
    inner: R,
    state: LineState,
    out: Vec<u8>,
    pos: usize,
    consumed: u64,
}

#[derive(Default)]
struct LineState {
    held_cr: bool,
    in_quotes: bool,
    last: Option<u8>,
}

impl LineState {
    fn feed(&mut self, byte: u8, out: &mut Vec<u8>) {
        if self.held_cr {
            self.held_cr = false;
            if byte != b'\n' {
                self.emit(b'\n', out);
            }
        }
        if byte == b'\r' {
            self.held_cr = true;
        } else {
            self.emit(byte, out);
        }
    }

    fn emit(&mut self, byte: u8, out: &mut Vec<u8>) {
        if byte == b'"' {
            self.in_quotes = !self.in_quotes;
        }
        if byte == b'\n' && !self.in_quotes && matches!(self.last, None | Some(b'\n')) {
            out.push(b' ');
        }
        out.push(byte);
        self.last = Some(byte);
    }

    fn finish(&mut self, out: &mut Vec<u8>) {
        if self.held_cr {
            self.held_cr = false;
            self.emit(b'\n', out);
        }
    }
}

impl<R: BufRead> Read for LfReader<R> {
    fn read(&mut self, dst: &mut [u8]) -> std::io::Result<usize> {
        while self.pos >= self.out.len() {
            self.out.clear();
            self.pos = 0;
            let buf = self.inner.fill_buf()?;
            if buf.is_empty() {
                self.state.finish(&mut self.out);
                if self.out.is_empty() {
                    return Ok(0);
                }
                break;
            }
            for &byte in buf {
                self.state.feed(byte, &mut self.out);
            }
            let used = buf.len();
            self.inner.consume(used);
            self.consumed += used as u64;
        }
        let n = dst.len().min(self.out.len() - self.pos);
        dst[..n].copy_from_slice(&self.out[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

struct CsvRecords {
    reader: csv::Reader<LfReader<BufReader<File>>>,
    size: u64,
    record: csv::ByteRecord,
}

impl CsvRecords {
    /// The next non-blank record with its starting line, or `None` at the end.
    fn next_raw(&mut self) -> DomainResult<Option<RawRecord>> {
        loop {
            let more = self.reader.read_byte_record(&mut self.record).map_err(|e| DomainError::internal(format!("reading CSV: {e}")))?;
            if !more {
                return Ok(None);
            }
            if self.record.len() == 1 && self.record.get(0).is_some_and(|f| f.iter().all(u8::is_ascii_whitespace)) {
                continue;
            }
            let line = self.record.position().map_or(0, csv::Position::line);
            let mut raw = RawRecord { line, fields: Vec::with_capacity(self.record.len()), bad_utf8: Vec::new() };
            for (i, field) in self.record.iter().enumerate() {
                match std::str::from_utf8(field) {
                    Ok(text) => raw.fields.push(text.to_owned()),
                    Err(_) => {
                        raw.bad_utf8.push(i);
                        raw.fields.push(String::from_utf8_lossy(field).into_owned());
                    }
                }
            }
            return Ok(Some(raw));
        }
    }
}

impl RecordSource for CsvRecords {
    fn header(&mut self) -> DomainResult<Vec<String>> {
        Ok(self.next_raw()?.map(|r| r.fields).unwrap_or_default())
    }

    fn next_batch(&mut self, max: usize) -> DomainResult<Vec<RawRecord>> {
        let mut batch = Vec::with_capacity(max.min(10_000));
        while batch.len() < max {
            match self.next_raw()? {
                Some(raw) => batch.push(raw),
                None => break,
            }
        }
        Ok(batch)
    }

    fn progress(&self) -> f64 {
        if self.size == 0 { 1.0 } else { self.reader.get_ref().consumed as f64 / self.size as f64 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spooled(bytes: &[u8]) -> CsvFile {
        let dir = std::env::temp_dir().join("portrait-csv-tests");
        let mut spool = Spool::create(&dir).unwrap_or_else(|e| panic!("{e}"));
        spool.write(bytes).unwrap_or_else(|e| panic!("{e}"));
        spool.finish().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn crlf_lf_and_lone_cr_line_ends_keep_the_line_numbers_right() {
        let file = spooled(b"h1,h2\r\na,b\r\n\r\nc,\"x\r\ny\"\r\nd,e\ne,f\r\r\n\ng,h");
        let mut source = file.open().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(source.header().map(|h| h.len()).ok(), Some(2));
        let batch = source.next_batch(2).unwrap_or_default();
        let rest = source.next_batch(10).unwrap_or_default();
        let lines: Vec<u64> = batch.iter().chain(&rest).map(|r| r.line).collect();
        assert_eq!(lines, vec![2, 4, 6, 7, 10]);
        assert_eq!(batch[1].fields[1], "x\ny");
    }

    #[test]
    fn a_bom_is_skipped_lines_are_counted_and_bad_utf8_is_flagged() {
        let file = spooled(b"\xEF\xBB\xBFusername,name\r\na,\"two\nlines\"\r\n\r\nb,\xFF\xFE\r\n");
        let mut source = file.open().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(source.header().ok(), Some(vec!["username".to_owned(), "name".to_owned()]));
        let batch = source.next_batch(10).unwrap_or_default();
        assert_eq!(batch.len(), 2, "the blank line is skipped");
        assert_eq!((batch[0].line, batch[0].fields[1].as_str()), (2, "two\nlines"));
        assert_eq!((batch[1].line, batch[1].bad_utf8.clone()), (5, vec![1]));
        assert!((source.progress() - 1.0).abs() < f64::EPSILON);
        let path = file.path().to_owned();
        drop(file);
        assert!(!path.exists(), "a spooled upload is removed when done with");
    }

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
