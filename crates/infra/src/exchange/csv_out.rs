//! CSV bytes for exports, the way Excel opens them: a UTF-8 byte-order mark first, CRLF
//! line ends, quotes where a cell needs them.

use portrait_domain::exchange::{ExportEncoder, ExportFormat};
use portrait_domain::{DomainError, error::DomainResult};

/// Encodes rows of cells a page at a time into bytes to send or write.
pub struct CsvEncoder {
    builder: csv::WriterBuilder,
}

impl Default for CsvEncoder {
    fn default() -> Self {
        let mut builder = csv::WriterBuilder::new();
        builder.terminator(csv::Terminator::CRLF);
        Self { builder }
    }
}

impl CsvEncoder {
    /// The byte-order mark and the header row.
    /// # Errors
    /// Never in practice (writes go to memory).
    pub fn header(&mut self, names: &[String]) -> std::io::Result<Vec<u8>> {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(self.rows(std::slice::from_ref(&names.to_vec()))?);
        Ok(bytes)
    }

    /// # Errors
    /// Never in practice (writes go to memory).
    pub fn rows(&mut self, rows: &[Vec<String>]) -> std::io::Result<Vec<u8>> {
        let mut writer = self.builder.from_writer(Vec::with_capacity(rows.len() * 128));
        for row in rows {
            writer.write_record(row)?;
        }
        writer.into_inner().map_err(|e| std::io::Error::other(e.to_string()))
    }
}

/// Exports as CSV: the [`ExportFormat`] the server uses.
#[derive(Debug, Clone, Copy, Default)]
pub struct CsvFormat;

impl ExportFormat for CsvFormat {
    fn encoder(&self) -> Box<dyn ExportEncoder> {
        Box::new(CsvEncoder::default())
    }
}

impl ExportEncoder for CsvEncoder {
    fn header(&mut self, names: &[String]) -> DomainResult<Vec<u8>> {
        CsvEncoder::header(self, names).map_err(DomainError::internal)
    }

    fn rows(&mut self, rows: &[Vec<String>]) -> DomainResult<Vec<u8>> {
        CsvEncoder::rows(self, rows).map_err(DomainError::internal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_has_a_bom_and_cells_are_quoted_when_needed() {
        let mut encoder = CsvEncoder::default();
        let header = encoder.header(&["username".to_owned(), "name".to_owned()]).unwrap_or_default();
        assert_eq!(header, b"\xEF\xBB\xBFusername,name\r\n");
        let rows = encoder.rows(&[vec!["a".to_owned(), "张, \"三\"\nx".to_owned()]]).unwrap_or_default();
        assert_eq!(String::from_utf8(rows).unwrap_or_default(), "a,\"张, \"\"三\"\"\nx\"\r\n");
    }
}
