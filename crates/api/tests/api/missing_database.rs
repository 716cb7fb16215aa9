//! Starting on a MySQL/MariaDB or PostgreSQL server that lacks the database named in the URL:
//! one line naming the database and the command that creates it, and never the URL's password.

use portrait_api::config::Settings;
use portrait_api::startup::{StartupError, open_store};

/// `scheme://user@host…` with a password put in, unless the URL already has one: PostgreSQL
/// on the test server trusts local connections, so the password is sent but never checked.
fn with_password(server: &str, password: &str) -> String {
    let Some((scheme, rest)) = server.split_once("://") else { return server.to_owned() };
    match rest.split_once('@') {
        Some((user, host)) if !user.contains(':') => format!("{scheme}://{user}:{password}@{host}"),
        _ => server.to_owned(),
    }
}

#[test]
fn a_missing_database_is_named_with_the_command_that_creates_it() {
    actix_web::rt::System::new().block_on(async {
        let settings = Settings::load(None).expect("default settings");
        let servers = [("PORTRAIT_TEST_POSTGRES_URL", "createdb "), ("PORTRAIT_TEST_MYSQL_URL", "CREATE DATABASE ")];
        for (var, command) in servers {
            let Some(server) = std::env::var(var).ok().filter(|v| !v.is_empty()) else { continue };
            let server = server.trim_end_matches('/');
            let server = if var.contains("POSTGRES") { with_password(server, "not-shown-7f3a") } else { server.to_owned() };
            let name = format!("portrait_absent_{}", &uuid::Uuid::new_v4().simple().to_string()[..12]);
            let err = match open_store(&settings, &format!("{server}/{name}")).await {
                Ok(_) => panic!("{var}: a database that does not exist was opened"),
                Err(err) => err,
            };
            let message = err.to_string();
            assert!(matches!(err, StartupError::MissingDatabase(_)), "{var}: {message}");
            assert!(message.contains(&format!("database \"{name}\" does not exist")), "{var}: {message}");
            assert!(message.contains(command) && message.contains(&name), "{var}: {message}");
            assert!(!message.contains("not-shown-7f3a") && !message.contains("at line"), "{var}: {message}");
            assert_eq!(message.lines().count(), 1, "{var}: {message}");
        }
    });
}
