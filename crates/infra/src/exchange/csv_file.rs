//! CSV files to import: a file on disk (an upload spooled by [`Spool`](super::Spool), or the
//! operator's own) read back record by record (a byte-order mark skipped, line ends
//! normalised, cells checked for UTF-8) as often as needed.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use portrait_domain::DomainError;
use portrait_domain::error::DomainResult;
use portrait_domain::exchange::{ImportFile, RawRecord, RecordSource};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A CSV file on disk; removed when dropped if it was a spooled upload.
#[derive(Debug)]
pub struct CsvFile {
    pub(super) path: PathBuf,
    pub(super) remove_on_drop: bool,
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
    use crate::exchange::Spool;

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
}
