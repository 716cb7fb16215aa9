//! The `portrait` binary.

use clap::Parser;
use portrait_api::cli::{Cli, execute};

#[actix_web::main]
async fn main() -> std::process::ExitCode {
    portrait_api::telemetry::init();
    let cli = Cli::parse();
    match execute(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}
