//! Migration 000011 on a database that already holds usernames differing only in case, and
//! lookups ignoring case after it; migration 000013 dating the profiles that exist: SQLite
//! always, MySQL/MariaDB and PostgreSQL when `PORTRAIT_TEST_MYSQL_URL` /
//! `PORTRAIT_TEST_POSTGRES_URL` are set.

use portrait_domain::ports::{CustomerRepository, UserRepository};
use portrait_migrations::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, Database, DatabaseBackend};

use crate::Store;
use crate::db::{PoolSettings, connect};

/// The migrations before 000011.
const BEFORE: u32 = 10;

/// A fresh, empty database per backend configured: `(store, server url and database to drop)`.
async fn fresh_databases(dir: &std::path::Path) -> Vec<(Store, Option<(String, String)>)> {
    let mut stores = vec![(connect(&format!("sqlite://{}/case.db", dir.display()), PoolSettings::default()).await.unwrap(), None)];
    for var in ["PORTRAIT_TEST_MYSQL_URL", "PORTRAIT_TEST_POSTGRES_URL"] {
        let Some(server) = std::env::var(var).ok().filter(|v| !v.is_empty()) else { continue };
        let server = server.trim_end_matches('/').to_owned();
        let name = format!("portrait_t_{}", &uuid::Uuid::new_v4().simple().to_string()[..12]);
        let admin = Database::connect(&server).await.unwrap();
        let charset = if var.contains("MYSQL") { " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" } else { "" };
        admin.execute_unprepared(&format!("CREATE DATABASE {name}{charset}")).await.unwrap();
        admin.close().await.ok();
        stores.push((connect(&format!("{server}/{name}"), PoolSettings::default()).await.unwrap(), Some((server, name))));
    }
    stores
}

async fn drop_database(store: Store, server: Option<(String, String)>) {
    let backend = store.backend();
    store.db.close().await.ok();
    if let Some((server, name)) = server {
        let admin = Database::connect(&server).await.unwrap();
        let force = if backend == DatabaseBackend::Postgres { " WITH (FORCE)" } else { "" };
        admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}{force}")).await.ok();
        admin.close().await.ok();
    }
}

async fn add_user(store: &Store, username: &str) -> Result<(), sea_orm::DbErr> {
    let sql = format!(
        "INSERT INTO users (username, display_name, role, active, token_version, created_at, updated_at) \
         VALUES ('{username}', 'x', 'admin', TRUE, 0, 1, 1)"
    );
    store.db.execute_unprepared(&sql).await.map(|_| ())
}

#[tokio::test]
async fn the_migration_names_usernames_that_differ_only_in_case_and_runs_once_one_is_renamed() {
    let dir = std::env::temp_dir().join(format!("portrait-case-{}", uuid::Uuid::new_v4().simple()));
    for (store, server) in fresh_databases(&dir).await {
        let backend = store.backend();
        Migrator::up(&store.db, Some(BEFORE)).await.unwrap();
        add_user(&store, "admin").await.unwrap();
        let look_alike = add_user(&store, "Admin").await;
        if backend == DatabaseBackend::MySql {
            // MySQL's `_ci` collation made the old unique index case-insensitive already.
            assert!(look_alike.is_err(), "MySQL refuses the look-alike before migration 000011");
        } else {
            look_alike.unwrap();
            add_user(&store, "ADMIN").await.unwrap();
            let refused = Migrator::up(&store.db, None).await.expect_err("the migration must stop").to_string();
            assert!(refused.contains("admin (id 1) = Admin (id 2) = ADMIN (id 3)"), "{backend:?}: {refused}");
            assert!(refused.contains("Rename one"), "{refused}");
            store.db.execute_unprepared("UPDATE users SET username = 'admin-2' WHERE id = 2").await.unwrap();
            store.db.execute_unprepared("UPDATE users SET username = 'admin-3' WHERE id = 3").await.unwrap();
        }
        store.migrate().await.unwrap_or_else(|e| panic!("{backend:?}: {e}"));
        assert!(add_user(&store, "ADMIN").await.is_err(), "{backend:?}: the unique key refuses look-alikes");
        let found = store.credentials("ADMIN").await.unwrap().expect("found whatever the case");
        assert_eq!(found.user.username, "admin", "{backend:?}");
        drop_database(store, server).await;
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test]
async fn existing_profiles_are_as_old_as_their_user_after_migration_13() {
    let dir = std::env::temp_dir().join(format!("portrait-dates-{}", uuid::Uuid::new_v4().simple()));
    for (store, server) in fresh_databases(&dir).await {
        let backend = store.backend();
        Migrator::up(&store.db, Some(12)).await.unwrap();
        for (id, username) in [(1, "old-customer"), (2, "hand-made")] {
            let user = format!(
                "INSERT INTO users (id, username, display_name, role, active, token_version, created_at, updated_at) \
                 VALUES ({id}, '{username}', 'x', 'customer', TRUE, 0, 1000, 1000)"
            );
            store.db.execute_unprepared(&user).await.unwrap();
        }
        store.db.execute_unprepared("INSERT INTO customer_profiles (user_id, updated_at) VALUES (1, 2000)").await.unwrap();
        Migrator::up(&store.db, None).await.unwrap_or_else(|e| panic!("{backend:?}: {e}"));
        let old = CustomerRepository::get(&store, 1).await.unwrap().expect("profile");
        assert_eq!((old.created_at, old.updated_at), (1000, 2000), "{backend:?}");
        // A row written without the column (by hand, after the migration) reads its user's time.
        store.db.execute_unprepared("INSERT INTO customer_profiles (user_id, updated_at) VALUES (2, 3000)").await.unwrap();
        let hand_made = CustomerRepository::get(&store, 2).await.unwrap().expect("profile");
        assert_eq!((hand_made.created_at, hand_made.updated_at), (1000, 3000), "{backend:?}");
        drop_database(store, server).await;
    }
    std::fs::remove_dir_all(&dir).ok();
}
