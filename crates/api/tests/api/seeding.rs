//! Demo data is idempotent; synthetic data is deterministic for a seed, at the head office
//! or spread over a tree of synthetic units.

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
        let at_head_office = app.number("SELECT COUNT(*) FROM users u JOIN org_units o ON o.id = u.unit_id WHERE u.username LIKE 'syn-%' AND o.parent_id IS NULL").await;
        assert_eq!((at_head_office, count(&app, "org_units").await), (53, 6), "without units, as before: all at the head office, no new unit");
        let again = app.store.seed_synthetic(50, 3, 40, 1, &|_, _| {}).await;
        assert_eq!(again.err().map(|e| e.code().as_str()), Some("synthetic_exists"));
        let (admin, _) = app.login_as("admin").await;
        let run = app.post("/api/admin/auto-assign", &admin, serde_json::json!({})).await;
        assert_eq!(run.body["assigned_count"], 70, "{}", run.text);
        let registered = app.request("POST", "/api/auth/register", None, Some(serde_json::json!({"username": "after-seed", "password": "long-enough"}))).await;
        assert_eq!(registered.status, 201, "ids continue after the explicit synthetic ids: {}", registered.text);
    }
}

each_backend! {
    async fn seeding_with_units_spreads_the_accounts_over_a_tree_of_that_many_units(app) {
        let report = app.store.seed_synthetic_in_units(400, 12, 60, 4, Some(10), &|_, _| {}).await;
        assert!(report.as_ref().is_ok_and(|r| (r.customers, r.managers, r.units) == (400, 12, 10)), "{report:?}");
        let root = app.number("SELECT id FROM org_units WHERE parent_id IS NULL").await;
        let branches = app.number(&format!("SELECT COUNT(*) FROM org_units WHERE code LIKE 'B__' AND parent_id = {root} AND depth = 1")).await;
        let subs = app.number("SELECT COUNT(*) FROM org_units s JOIN org_units b ON b.id = s.parent_id WHERE s.code LIKE 'B__-__' AND b.code LIKE 'B__' AND s.depth = 2").await;
        assert_eq!((branches, subs), (3, 7), "about √10 branches under the head office, the rest below them");
        let placed = app.number("SELECT COUNT(*) FROM users u JOIN org_units o ON o.id = u.unit_id WHERE u.username LIKE 'syn-%' AND o.code LIKE 'B%'").await;
        assert_eq!(placed, 412, "every synthetic account is in one of the new units");
        let staffed = app.number("SELECT COUNT(DISTINCT unit_id) FROM users WHERE role = 'manager' AND username LIKE 'syn-%'").await;
        let unserved = app.number("SELECT COUNT(DISTINCT m.unit_id) FROM users m WHERE m.role = 'manager' AND m.username LIKE 'syn-%' AND NOT EXISTS (SELECT 1 FROM users c WHERE c.role = 'customer' AND c.unit_id = m.unit_id)").await;
        assert_eq!((staffed, unserved), (10, 0), "every unit has managers, and every unit with managers has customers");
        let (admin, _) = app.login_as("admin").await;
        let units = app.get("/api/admin/units", &admin).await.body["units"].as_array().cloned().unwrap_or_default();
        let new: Vec<&serde_json::Value> = units.iter().filter(|u| u["code"].as_str().is_some_and(|c| c.starts_with('B'))).collect();
        let sum = |key: &str| new.iter().filter_map(|u| u[key].as_u64()).sum::<u64>();
        assert_eq!((new.len(), sum("managers"), sum("customers")), (10, 12, 400));
        let again = app.store.seed_synthetic_in_units(40, 2, 60, 5, Some(10), &|_, _| {}).await;
        assert!(again.is_ok(), "{again:?}");
        assert_eq!(count(&app, "org_units").await, 16, "another seed uses the units with these codes");
    }
}

#[test]
fn synthetic_units_and_who_is_in_them_are_the_same_for_the_same_seed() {
    actix_web::rt::System::new().block_on(async {
        let mut placements = Vec::new();
        for seed in [3, 3, 9] {
            let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await;
            let report = app.store.seed_synthetic_in_units(200, 9, 60, seed, Some(5), &|_, _| {}).await;
            assert!(report.is_ok(), "{report:?}");
            let sql =
                "SELECT u.username, o.code FROM users u JOIN org_units o ON o.id = u.unit_id WHERE u.username LIKE 'syn-%' ORDER BY u.id";
            let rows = sea_orm::ConnectionTrait::query_all_raw(
                &app.store.db,
                sea_orm::Statement::from_string(app.store.backend(), sql.to_owned()),
            )
            .await;
            let rows = rows.unwrap_or_default();
            let pairs: Vec<(String, String)> =
                rows.iter().filter_map(|r| Some((r.try_get_by_index(0).ok()?, r.try_get_by_index(1).ok()?))).collect();
            assert_eq!(pairs.len(), 209);
            placements
                .push(pairs.into_iter().map(|(username, code)| (username.replace(&format!("-{seed}-"), "-"), code)).collect::<Vec<_>>());
            app.cleanup().await;
        }
        assert_eq!(placements[0], placements[1], "same seed, same units, same people in them");
        assert_ne!(placements[0], placements[2], "another seed spreads them otherwise");
    });
}
