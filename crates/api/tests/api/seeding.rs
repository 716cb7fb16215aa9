//! Demo data is idempotent; synthetic data is deterministic for a seed.

use portrait_domain::ports::PasswordHasher;
use portrait_domain::runs::BookSnapshot;
use portrait_infra::hashing::BcryptHasher;

use crate::each_backend;

async fn count(app: &crate::helpers::TestApp, table: &str) -> i64 {
    let row = sea_orm::ConnectionTrait::query_one_raw(
        &app.store.db,
        sea_orm::Statement::from_string(app.store.backend(), format!("SELECT COUNT(*) AS n FROM {table}")),
    )
    .await
    .ok()
    .flatten();
    row.and_then(|r| r.try_get::<i64>("", "n").ok()).unwrap_or(-1)
}

each_backend! {
    async fn running_the_demo_seed_twice_changes_nothing(app) {
        let before = (count(&app, "users").await, count(&app, "customer_tags").await, count(&app, "manager_tags").await);
        assert_eq!(before.0, 26, "admin, 20 customers, 5 managers");
        let hasher = BcryptHasher { cost: 4 };
        let report = app.store.seed_demo(hasher.hash("x").await.unwrap_or_default(), hasher.hash("y").await.unwrap_or_default(), 50).await;
        let report = report.unwrap_or_default();
        assert_eq!((report.admins, report.managers, report.customers), (0, 0, 0));
        let after = (count(&app, "users").await, count(&app, "customer_tags").await, count(&app, "manager_tags").await);
        assert_eq!(before, after);
        assert_eq!(app.login("customer1", "123456").await.status, 200, "passwords were not replaced");
    }
}

#[test]
fn synthetic_data_is_the_same_for_the_same_seed_and_differs_for_another() {
    actix_web::rt::System::new().block_on(async {
        let mut snapshots = Vec::new();
        for seed in [7, 7, 8] {
            let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await;
            let report = app.store.seed_synthetic(300, 6, 60, seed, &|_, _| {}).await;
            assert!(report.is_ok_and(|r| r.customers == 300 && r.managers == 6));
            let snapshot = app.store.snapshot().await.unwrap_or_default();
            let customers: Vec<(u64, Option<u8>, i64)> = snapshot.customers.iter().map(|c| (c.mask, c.age, c.assets_fen)).collect();
            let managers: Vec<(u64, u32)> = snapshot.managers.iter().map(|m| (m.mask, m.capacity)).collect();
            assert_eq!(customers.len(), 320, "300 synthetic customers beside the 20 demo ones");
            assert!(customers.iter().all(|(mask, age, assets)| {
                let needs = (mask & 0xFFFF_FFFF).count_ones();
                let hobbies = (mask >> 32).count_ones();
                (2..=5).contains(&needs)
                    && (3..=7).contains(&hobbies)
                    && age.is_some_and(|a| (25..=65).contains(&a))
                    && (10_000_000..=1_000_000_000).contains(assets)
            }));
            snapshots.push((customers, managers));
            app.cleanup().await;
        }
        assert_eq!(snapshots[0], snapshots[1], "same seed, same data");
        assert_ne!(snapshots[0], snapshots[2], "another seed, other data");
    });
}

each_backend! {
    async fn synthetic_data_loads_on_every_backend_and_refuses_the_same_seed_twice(app) {
        let first = app.store.seed_synthetic(50, 3, 40, 1, &|_, _| {}).await;
        assert!(first.is_ok(), "{first:?}");
        assert_eq!(count(&app, "customer_profiles").await, 70);
        let again = app.store.seed_synthetic(50, 3, 40, 1, &|_, _| {}).await;
        assert_eq!(again.err().map(|e| e.code().as_str()), Some("synthetic_exists"));
        let (admin, _) = app.login_as("admin").await;
        let run = app.post("/api/admin/auto-assign", &admin, serde_json::json!({})).await;
        assert_eq!(run.body["assigned_count"], 70, "{}", run.text);
        let registered = app.request("POST", "/api/auth/register", None, Some(serde_json::json!({"username": "after-seed", "password": "long-enough"}))).await;
        assert_eq!(registered.status, 201, "ids continue after the explicit synthetic ids: {}", registered.text);
    }
}
