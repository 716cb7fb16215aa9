//! Logging: JSON lines (or plain text with `PORTRAIT_LOG_FORMAT=text`), filtered by
//! `RUST_LOG` (default `info`).

use tracing_subscriber::EnvFilter;

pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let text = std::env::var("PORTRAIT_LOG_FORMAT").is_ok_and(|v| v == "text");
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    let _ = if text { builder.try_init() } else { builder.json().flatten_event(true).try_init() };
}
