//! The operator's one-line message when the database a URL names does not exist, with the
//! command that creates it (and never the URL's password).

use sea_orm::DbErr;

/// The operator's message when `err` says that the database named in `url` does not exist
/// (PostgreSQL 3D000, MySQL/MariaDB 1049): one line naming the database, the server and the
/// command that creates it, instead of the driver's "database … does not exist at line 948".
/// `None` for any other error. Built from the URL's parts, never the URL, so its password
/// cannot end up in a terminal or a log.
#[must_use]
pub fn missing_database(url: &str, err: &DbErr) -> Option<String> {
    let DbErr::Conn(sea_orm::RuntimeErr::SqlxError(e)) = err else { return None };
    let e = e.as_database_error()?;
    let missing = match e.try_downcast_ref::<sea_orm::sqlx::mysql::MySqlDatabaseError>() {
        Some(mysql) => mysql.number() == 1049,
        None => e.code().is_some_and(|code| code == "3D000"),
    };
    if missing { create_database_hint(url) } else { None }
}

/// "database X does not exist on …; create it with …" for a PostgreSQL or MySQL URL.
fn create_database_hint(url: &str) -> Option<String> {
    use std::str::FromStr;
    if url.starts_with("postgres") {
        let o = sea_orm::sqlx::postgres::PgConnectOptions::from_str(url).ok()?;
        let name = o.get_database()?;
        // A socket is a directory for PostgreSQL, and `-h` takes it as such.
        let host = o.get_socket().map_or_else(|| o.get_host().to_owned(), |s| s.display().to_string());
        let port = o.get_port();
        return Some(format!(
            "database \"{name}\" does not exist on the PostgreSQL server at {host}:{port}; create it with `createdb -h {} -p {port} -U {} {}` and start again",
            shell_word(&host),
            shell_word(o.get_username()),
            shell_word(name)
        ));
    }
    if url.starts_with("mysql") || url.starts_with("mariadb") {
        let o = sea_orm::sqlx::mysql::MySqlConnectOptions::from_str(url).ok()?;
        let name = o.get_database()?;
        let (at, client) = match o.get_socket() {
            Some(socket) => (socket.display().to_string(), format!("-S {}", shell_word(&socket.display().to_string()))),
            None => (format!("{}:{}", o.get_host(), o.get_port()), format!("-h {} -P {}", shell_word(o.get_host()), o.get_port())),
        };
        // `-p` makes the client ask for the password the URL carries, which is not repeated here.
        let password = if has_password(url) { " -p" } else { "" };
        let ident = if is_plain(name) { name.to_owned() } else { format!("`{}`", name.replace('`', "``")) };
        let sql = shell_word(&format!("CREATE DATABASE {ident} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"));
        return Some(format!(
            "database \"{name}\" does not exist on the MySQL/MariaDB server at {at}; create it with `mysql {client} -u {}{password} -e {sql}` and start again",
            shell_word(o.get_username())
        ));
    }
    None
}

/// Whether the URL's authority has `user:password@`.
fn has_password(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = rest.split(['/', '?']).next().unwrap_or_default();
    authority.rsplit_once('@').is_some_and(|(user, _)| user.contains(':'))
}

fn is_plain(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `word` as one shell argument: bare when plain, else single-quoted.
fn shell_word(word: &str) -> String {
    if word.chars().all(|c| c.is_ascii_alphanumeric() || "_-./:@".contains(c)) && !word.is_empty() {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::create_database_hint;

    #[test]
    fn the_missing_database_hint_names_the_database_and_the_command_but_never_the_password() {
        let pg = create_database_hint("postgres://portrait:s3cret-pw@db.example:5433/portrait_prod").unwrap();
        assert_eq!(
            pg,
            "database \"portrait_prod\" does not exist on the PostgreSQL server at db.example:5433; create it with `createdb -h db.example -p 5433 -U portrait portrait_prod` and start again"
        );
        let my = create_database_hint("mysql://app:s3cret-pw@127.0.0.1:3307/portrait?ssl-mode=disabled").unwrap();
        assert_eq!(
            my,
            "database \"portrait\" does not exist on the MySQL/MariaDB server at 127.0.0.1:3307; create it with `mysql -h 127.0.0.1 -P 3307 -u app -p -e 'CREATE DATABASE portrait CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci'` and start again"
        );
        for hint in [pg, my] {
            assert!(!hint.contains("s3cret"), "{hint}");
        }
        let no_password = create_database_hint("mysql://root@localhost/odd-name").unwrap();
        assert!(no_password.contains("-u root -e 'CREATE DATABASE `odd-name` CHARACTER SET"), "{no_password}");
        assert_eq!(create_database_hint("sqlite://data/portrait.db"), None);
    }
}
