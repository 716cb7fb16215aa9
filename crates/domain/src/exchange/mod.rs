//! Data exchange: CSV imports and exports of customers, managers and assignments. The
//! rules for a row, the report of an import and the cells of an export live here; reading
//! and writing CSV bytes and the database work are adapters behind [`ports`].

pub mod cells;
pub mod columns;
pub mod export;
pub mod ports;
pub mod problems;
mod reads;
pub mod rows;
pub mod service;
pub mod units;

pub use export::{ExportCursor, ExportKind};
pub use ports::{ExportEncoder, ExportFormat, ExportStore, ImportFile, ImportJob, ImportStore, RecordSource, Upload, UploadSpool};
pub use problems::{ImportKind, ImportMode, ImportReport, RowProblem};
pub use rows::{ImportRow, RawRecord, RowValidator};
pub use service::{ExchangeService, ExchangeSettings};
pub use units::ImportUnits;
